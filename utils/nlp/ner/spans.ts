/**
 * From a text to named spans: sentences of tokens, the tagger with its document pass, BIO
 * chunks, and offsets in the original text that leave attached clitics out (وبلينكن → بلينكن).
 */
import { runSteps } from '../../steps';
import { foldArabic, normalizeArabic } from '../normalize';
import { procliticSplits, tokenize, type Token } from '../tokenize';
import { LEX } from './lexicon';
import type { NerTagger } from './tagger';

/** The four coarse types of the tagger. */
export type NamedSpanType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/** A name in the text: `text.slice(start, end)` is its surface without attached clitics. */
export interface NamedSpan {
  start: number;
  end: number;
  text: string;
  type: NamedSpanType;
  /** 0..1: the lowest tag probability over the name's tokens. */
  confidence: number;
  /** Token indices [tokenStart, tokenEnd) in the token list used. */
  tokenStart: number;
  tokenEnd: number;
}

/** Whether a word may open with a proclitic: و ف ب ل ك, or anything outside the basic letters (presentation forms fold to them). */
function mayCarryClitic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x621 || c > 0x64a || c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644 || c === 0x643;
}
/** Whether a token ends a sentence: . ! ? ؟ ؛ … or ... (a test of one character: it runs on every token). */
function isSentenceEnd(t: string): boolean {
  if (t.length !== 1) return t === '...';
  const c = t.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x61b || c === 0x2026;
}
const MAX_SENTENCE = 120;
const CURATED_BITS = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.COUNTRY | LEX.PLACE;
const NAME_BITS = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.COUNTRY | LEX.PLACE;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Token-index ranges of the sentences of a text: after . ! ? ؟ ؛ …, at a line break, and at most
 * 120 tokens long (the tagger was trained on sentences).
 * @example sentenceRanges('قال. ثم ذهب', tokenize('قال. ثم ذهب')) → [[0, 2], [2, 4]]
 */
export function sentenceRanges(text: string, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const lineBreak = i + 1 < tokens.length && hasLineBreak(text, tokens[i]!.end, tokens[i + 1]!.start);
    if (isSentenceEnd(tokens[i]!.text) || lineBreak || i + 1 - start >= MAX_SENTENCE || i + 1 === tokens.length) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  return out;
}

/**
 * How many original characters of `word` are attached clitics to leave out of a name: none
 * when the whole word is a listed name; else a reading is stripped when its stem is a known
 * name or stands bare in the text, or when the word opens with و and is not itself known (ف
 * only with a known stem: فاتن، فراج are names); never when `inner` (words the page's names
 * hold after a first name) has the whole word.
 * @example cliticLength('وبلينكن', new Set(['بلينكن']), () => 0) → 1
 * @example cliticLength('وليد', new Set(), (w) => (w === 'وليد' ? LEX.GIVEN : 0)) → 0
 */
export function cliticLength(word: string, bare: { has(folded: string): boolean }, classOf: (w: string) => number, inner?: ReadonlySet<string>): number {
  const splits = procliticSplits(word);
  const whole = splits[0]!.stem;
  // Only the curated lists may veto: corpus lists also hold clitic-bearing forms (وبوش); so
  // may the page, when the whole word follows a first name in one of its names (دانيال ويلينغام).
  if (classOf(whole) & CURATED_BITS || inner?.has(whole)) return 0;
  const readings = splits.slice(1).filter((s) => !s.article);
  let prefix = readings.find((s) => bare.has(s.stem) || (classOf(s.stem) & NAME_BITS) !== 0)?.prefix;
  if (prefix === undefined && /^و/.test(whole) && whole.length >= 4 && !(classOf(whole) & NAME_BITS)) prefix = whole[0];
  if (!prefix) return 0;
  const n = normalizeArabic(word);
  return n.starts[prefix.length] ?? 0;
}

/** The texts of tokens [from, to), in one array (a slice, then a map, made two). */
function textsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = new Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = tokens[i]!.text;
  return out;
}

/** Named spans of `text` from a tagger (the whole text is one document). */
export function namedSpans(tagger: NerTagger, text: string, tokens: Token[] = tokenize(text)): NamedSpan[] {
  return runSteps(namedSpansSteps(tagger, text, tokens));
}

/** `namedSpans` with the tagging done a few hundred words at a time, yielding between them. */
export function* namedSpansSteps(tagger: NerTagger, text: string, tokens: Token[]): Generator<void, NamedSpan[]> {
  const ranges = sentenceRanges(text, tokens);
  const sentences = ranges.map(([a, b]) => textsOf(tokens, a, b));
  // Spans and the document pass read confidences inside names only.
  const tagged = yield* tagger.tagDocumentSteps(sentences, true);
  // The tagger folded every word already: its forms are read rather than made again.
  const folded = tagged.map((t, si) => t.folded ?? sentences[si]!.map(foldArabic));
  // The words of the text as they stand bare, folded: only needed when a name opens with a clitic letter.
  let bare: WordsOfText | null = null;
  const bareWords = () => (bare ??= new WordsOfText(folded));
  // The words inside the page's person names after their first word, as written there.
  let inner: Set<string> | null = null;
  const innerWords = () => (inner ??= innerNameWords(tagged, folded));
  const classOf = (w: string) => tagger.classOf(w);
  const spans: NamedSpan[] = [];
  ranges.forEach(([a], si) => {
    const { tags, confidence } = tagged[si]!;
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] === 'O') continue;
      const type = tags[i]!.slice(2) as NamedSpanType;
      let j = i + 1;
      let conf = confidence[i]!;
      while (j < tags.length && tags[j] === `I-${type}`) conf = Math.min(conf, confidence[j++]!);
      const first = tokens[a + i]!, last = tokens[a + j - 1]!;
      const start = first.start + (first.kind === 'word' && mayCarryClitic(first.text) ? cliticLength(first.text, bareWords(), classOf, innerWords()) : 0);
      if (start < last.end) spans.push({ start, end: last.end, text: text.slice(start, last.end), type, confidence: conf, tokenStart: a + i, tokenEnd: a + j });
      i = j - 1;
    }
  });
  return spans;
}

/** Questions a WordsOfText answers by reading the words before it builds a set of them. */
const READS_BEFORE_SET = 8;

/**
 * Whether a folded word stands in the text, over its sentences' folded words. A text is asked
 * about a few words only (about one per hundred tokens): reading the words answers that sooner
 * than a set of them is built; a text asked more often gets the set.
 */
class WordsOfText {
  private set: Set<string> | null = null;
  private reads = 0;
  constructor(private readonly sentences: ReadonlyArray<readonly string[]>) {}
  has(folded: string): boolean {
    if (!this.set && ++this.reads > READS_BEFORE_SET) {
      // (added sentence by sentence: flat() would copy every word into one more array first)
      this.set = new Set();
      for (const words of this.sentences) for (const w of words) this.set.add(w);
    }
    if (this.set) return this.set.has(folded);
    for (const words of this.sentences) if (words.includes(folded)) return true;
    return false;
  }
}

/** Folded words tagged I-PERS anywhere in the document (the second and later words of its person names). */
function innerNameWords(tagged: ReadonlyArray<{ tags: readonly string[] }>, folded: ReadonlyArray<readonly string[]>): Set<string> {
  const out = new Set<string>();
  tagged.forEach(({ tags }, si) => tags.forEach((tag, i) => tag === 'I-PERS' && out.add(folded[si]![i]!)));
  return out;
}
