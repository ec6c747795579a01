/**
 * What the document pass (doc-pass.ts) reads words and chunks with: how a word is read (its
 * folded form, the forms it may stand for, a mask of their hashes), which single words may
 * spread, the confident chunks of a tagged page, and the retagging of its untagged words.
 */
import { foldArabic } from '../normalize';
import { procliticSplits } from '../tokenize';
import { hashString, idBit } from './hash';
import { LEX, type NerLexicon } from './lexicon';
import type { TaggedWords } from './tagger';

const NEVER_SPREAD = new Set(
  'بن ابن بنت ابو ابي ام عبد ال دي دا فان فون لا لي الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الاكبر الاصغر الابن الاب الجد'.split(' '),
);
const BLOCKING = LEX.TITLE | LEX.MODIFIER | LEX.SPEECH | LEX.DEMONYM | LEX.COUNTRY | LEX.ORG_CUE | LEX.PLACE_CUE;

/**
 * How the pass reads a word: its folded form and the forms it may stand for (whole word and
 * clitic-stripped stems). `si` and `i` say where the word stands (sentence, token), for a
 * reader that has already looked the words up.
 */
export interface WordReader {
  folded(word: string, si: number, i: number): string;
  forms(word: string, si: number, i: number): readonly string[];
  /**
   * idBit (hash.ts) of the hashString hash of each of the word's forms of three letters or more
   * (other bits may be set), when the reader has it: a word that lacks every bit of the names'
   * forms is passed over without reading its forms.
   */
  idMask?(word: string, si: number, i: number): number;
  /** The same with idBit's second part (other bits of the same hashes), when the reader has it. */
  idMask2?(word: string, si: number, i: number): number;
}

/** The idBit mask of some folded forms (see WordReader.idMask); `part` as for idBit. */
export function maskOf(forms: Iterable<string>, part = 0): number {
  let mask = 0;
  for (const f of forms) mask |= idBit(hashString(f), part);
  return mask;
}

/**
 * The masks of the names' forms (each of three letters or more), against which the reader's
 * masks of a word rule it out without reading its forms; with no forms given, nothing is ruled out.
 */
export class FormMasks {
  private readonly mask: number;
  private readonly mask2: number;
  constructor(private readonly reader: WordReader, forms: readonly string[] | null) {
    this.mask = forms && reader.idMask ? maskOf(forms) : 0;
    this.mask2 = forms && reader.idMask2 ? maskOf(forms, 1) : 0;
  }
  /** Whether the word at token i of sentence si certainly has none of the forms. */
  rulesOut(word: string, si: number, i: number): boolean {
    if (this.mask && !(this.reader.idMask!(word, si, i) & this.mask)) return true;
    return this.mask2 !== 0 && !(this.reader.idMask2!(word, si, i) & this.mask2);
  }
}

export const PLAIN_READER: WordReader = {
  folded: foldArabic,
  forms: (word) => procliticSplits(word).filter((s) => !s.article).map((s) => s.stem),
};

export function isSpreadable(f: string, lexicon: NerLexicon): boolean {
  if (f.length < 3 || NEVER_SPREAD.has(f)) return false;
  if (lexicon.classOf(f) & BLOCKING) return false;
  // ال…ي: demonyms and family names of origin (المصري), too ambiguous to spread.
  return !(f.startsWith('ال') && (f.endsWith('ي') || f.endsWith('ية')));
}
/**
 * Calls `visit` for every chunk of `type` (B- then I- tags) whose weakest token is at least
 * `min` sure, with the chunk's token range [start, end) and that confidence.
 */
export function forEachSureChunk(
  sentences: readonly (readonly string[])[],
  tagged: readonly TaggedWords[],
  type: 'PERS' | 'ORG',
  min: number,
  visit: (words: readonly string[], si: number, start: number, end: number, conf: number) => void,
): void {
  const begin = `B-${type}`, inside = `I-${type}`;
  sentences.forEach((words, si) => {
    const { tags, confidence } = tagged[si]!;
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== begin) continue;
      let end = i + 1;
      let conf = confidence[i]!;
      while (end < words.length && tags[end] === inside) conf = Math.min(conf, confidence[end++]!);
      if (conf >= min) visit(words, si, i, end, conf);
    }
  });
}

/** The tags of one sentence being retagged: copied on the first change, so that a sentence left as it is is not. */
class SentenceEdit {
  tags: string[] = [];
  confidence: Float32Array = new Float32Array(0);
  private before: TaggedWords | null = null;
  start(before: TaggedWords): void {
    this.before = before;
    this.tags = before.tags;
    this.confidence = before.confidence;
  }
  set(j: number, tag: string, conf: number): void {
    if (this.tags === this.before!.tags) {
      this.tags = [...this.tags];
      this.confidence = Float32Array.from(this.confidence);
    }
    this.tags[j] = tag;
    this.confidence[j] = conf;
  }
  result(): TaggedWords {
    return this.tags === this.before!.tags ? this.before! : { tags: this.tags, confidence: this.confidence, folded: this.before!.folded };
  }
}

/**
 * Retags the untagged words of every sentence: `retag` is asked at each O and returns how many
 * words from there it tags (0 for none), writing them through `edit.set`.
 */
export function retagSentences(
  sentences: readonly (readonly string[])[],
  tagged: readonly TaggedWords[],
  retag: (words: readonly string[], si: number, i: number, edit: SentenceEdit) => number,
): TaggedWords[] {
  // One edit serves every sentence (no closure made per sentence).
  const edit = new SentenceEdit();
  return sentences.map((words, si) => {
    edit.start(tagged[si]!);
    for (let i = 0; i < words.length; i++) {
      if (edit.tags[i] === 'O') i += Math.max(0, retag(words, si, i, edit) - 1);
    }
    return edit.result();
  });
}

