/**
 * A bounded memo of per-word work (a word's clitic readings, its lexicon classes, its tagger
 * features): one map, emptied when it holds `size` words. Two generations (the recent words
 * kept over a turnover) were measured slower: three map operations for every word not met since
 * the turnover cost more than making the few common words again once per turnover.
 */
export class RecentWords<V> {
  private map = new Map<string, V>();

  constructor(private readonly size: number) {}

  /**
   * The value kept for `word`, made by `make` when none is.
   * @example new RecentWords<number>(100).get('مصر', (w) => w.length) → 3 (made once, then kept)
   */
  get(word: string, make: (word: string) => V): V {
    let v = this.map.get(word);
    if (v !== undefined) return v;
    v = make(word);
    if (this.map.size >= this.size) this.map = new Map();
    this.map.set(word, v);
    return v;
  }
}
