/**
 * A bounded memo of per-word work (a word's clitic readings, its lexicon classes, its tagger
 * features), in two generations: a word read again is kept on; when the young generation is full
 * it becomes the old one and the previous old one is let go, so the common words of a page stay
 * while memory stays bounded (about `size` words).
 */
export class RecentWords<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly size: number) {}

  /**
   * The value kept for `word`, made by `make` when none is.
   * @example new RecentWords<number>(100).get('مصر', (w) => w.length) → 3 (made once, then kept)
   */
  get(word: string, make: (word: string) => V): V {
    let v = this.young.get(word);
    if (v !== undefined) return v;
    v = this.old.get(word) ?? make(word);
    if (this.young.size >= this.size / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(word, v);
    return v;
  }
}
