/**
 * The page's words by token index, folded once and classified on first use. The people rules walk
 * the same tokens many times (six cues per token, the untagged pairs, the repeats, the spread
 * surnames), and each walk used to fold and look up the same words again; through the token index
 * they read this table instead.
 */
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';
import type { Token } from './tokenize';

/** The folded form of every token of a page, and its lexicon classes once asked for. */
export interface WordTable {
  /** foldArabic(tokens[k].text), for every token k. */
  readonly folded: readonly string[];
  /** classOf(folded[k]), or -1 until first asked. */
  readonly classes: Int32Array;
  /** isDefiniteTitle of token k (people-title-name): 1 or 0, or -1 until first asked (a cue is looked for up to three times per token). */
  readonly definiteTitles: Int8Array;
}

/**
 * foldArabic of every token's text, by token index. The pipeline makes it once per piece of text
 * and hands it to the country finder and to this table, which would each fold every word again.
 * @example foldTokens(tokenize('إلى مصر')) → ['الي', 'مصر']
 */
export function foldTokens(tokens: readonly Token[]): string[] {
  const folded = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) folded[k] = foldArabic(tokens[k]!.text);
  return folded;
}

/**
 * The table of `tokens` (one fold per token, unless the caller has them: `folded`; classes and
 * definite titles are looked up when first asked).
 * @example buildWordTable(tokenize('قال أردوغان')).folded → ['قال', 'اردوغان']
 */
export function buildWordTable(tokens: readonly Token[], folded: readonly string[] = foldTokens(tokens)): WordTable {
  return { folded, classes: new Int32Array(tokens.length).fill(-1), definiteTitles: new Int8Array(tokens.length).fill(-1) };
}

/**
 * The folded text of token k, which must exist.
 * @example foldedAt(ctx of 'قال أردوغان', 1) → 'اردوغان'
 */
export function foldedAt(ctx: BoundsContext, k: number): string {
  return ctx.table.folded[k]!;
}

/**
 * The lexicon classes of token k's folded text (ctx.classOf), which must exist.
 * @example classAt(ctx of 'قال الرئيس', 1) → LEX.TITLE | …
 */
export function classAt(ctx: BoundsContext, k: number): number {
  const table = ctx.table;
  let bits = table.classes[k]!;
  if (bits < 0) bits = table.classes[k] = ctx.classOf(table.folded[k]!);
  return bits;
}

/** The set of the page's folded words, `perStep` words between two yields. */
export function* foldedWordsSteps(folded: readonly string[], perStep: number): Generator<void, Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < folded.length; i++) {
    out.add(folded[i]!);
    if (i % perStep === perStep - 1) yield;
  }
  return out;
}
