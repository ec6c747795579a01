/**
 * How the country rules (countries-rules.ts) read a candidate's surroundings: the candidate and
 * the token context, the words just before and after, cue words nearby, given names before a
 * demonym, and the page's spelling of final ي.
 */
import type { Token } from './tokenize';
import { procliticSplits } from './tokenize';
import { foldArabic } from './normalize';

/** What the matcher found before the rules look at it. */
export interface Candidate {
  iso: string;
  demonym: boolean;
  confidence: number;
  /** Folded surface (without the clitics). */
  surface: string;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** True when a clitic (و، ب، ل …) was cut off the first word. */
  clitic: boolean;
  /** True when the surface carries the article (الروسي, not روسي or ألمان). */
  definite: boolean;
}

/** Read access to the tokens around a candidate. */
export interface RuleContext {
  text: string;
  tokens: Token[];
  /** Folded text of token i ('' for punctuation). */
  fold(i: number): string;
  givenNames: Set<string>;
  /** The country the folded word (or a clitic reading of it) names by itself, if any. */
  entryOf(folded: string): { iso: string; demonym: boolean } | undefined;
  /** True for a folded city or capital name (الكويت is both). */
  isPlace(folded: string): boolean;
}

const set = (...w: string[]) => new Set(w.map(foldArabic));

/** Folded readings of word i (whole word first, then clitic-stripped stems), or [] for punctuation. */
export function stems(ctx: RuleContext, i: number): string[] {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return [];
  return procliticSplits(t.text).map((s) => s.stem);
}

/** The word just before token i, unless a punctuation mark or a line break separates them. */
export function prevWord(ctx: RuleContext, i: number): number {
  const p = i - 1;
  const t = ctx.tokens[p];
  if (!t || t.kind !== 'word' || ctx.text.slice(t.end, ctx.tokens[i]!.start).includes('\n')) return -1;
  return p;
}

/** The word just after token i, unless a punctuation mark or a line break separates them. */
export function nextWord(ctx: RuleContext, i: number): number {
  const n = i + 1;
  const t = ctx.tokens[n];
  if (!t || t.kind !== 'word' || ctx.text.slice(ctx.tokens[i]!.end, t.start).includes('\n')) return -1;
  return n;
}

export const prevHas = (ctx: RuleContext, i: number, words: Set<string>) => stems(ctx, prevWord(ctx, i)).some((s) => words.has(s));
export const nextIs = (ctx: RuleContext, i: number, words: Set<string>) => words.has(ctx.fold(nextWord(ctx, i)));

const wholeText = new WeakMap<RuleContext, Map<Set<string>, number>>();

/** Counts the cue words within `radius` tokens of i (the whole text, once per text, when radius is Infinity). */
export function cues(ctx: RuleContext, i: number, radius: number, words: Set<string>): number {
  if (radius === Infinity) {
    let memo = wholeText.get(ctx);
    if (!memo) wholeText.set(ctx, (memo = new Map()));
    const known = memo.get(words);
    if (known !== undefined) return known;
    const n = cues(ctx, -1, ctx.tokens.length, words);
    memo.set(words, n);
    return n;
  }
  let n = 0;
  const from = Math.max(0, i - radius);
  const to = Math.min(ctx.tokens.length - 1, i + radius);
  for (let k = from; k <= to; k++) if (k !== i && stems(ctx, k).some((s) => words.has(s))) n++;
  return n;
}

const COMPOUND_TAIL = set('الله', 'الدين', 'الرحمن', 'العزيز', 'الكريم', 'الرحيم', 'الحميد', 'المجيد', 'اللطيف', 'الباسط', 'الناصر', 'الإله');
const COMPOUND_HEAD = set('عبد', 'نور', 'عز', 'صلاح', 'بدر', 'شمس', 'سيف', 'علاء', 'جمال', 'محيي', 'تقي', 'ضياء', 'بهاء', 'زين', 'خير', 'نصر', 'عماد', 'حسام', 'فخر');

/** Token p ends a given name: «أحمد», or the tail of «عبد الله»، «نور الدين» (not «حزب الله»). */
export function isGivenName(ctx: RuleContext, p: number): boolean {
  const f = ctx.fold(p);
  if (COMPOUND_TAIL.has(f)) {
    const q = prevWord(ctx, p);
    return q >= 0 && COMPOUND_HEAD.has(ctx.fold(q));
  }
  return ctx.givenNames.has(f);
}

const alifMaqsura = new WeakMap<RuleContext, boolean>();

function isPlainDemonym(ctx: RuleContext, f: string): boolean {
  const e = ctx.entryOf(f);
  return !!e && e.demonym && e.iso !== 'YE' && e.iso !== 'HU';
}

export const isCountryWord = (ctx: RuleContext) => (f: string) => ctx.entryOf(f) !== undefined;

const EGYPTIAN_SPELLING = new Set(['فى', 'الذى', 'التى', 'والتى', 'والذى', 'وفى']);

/** True when the text spells final ي as ى (Egyptian usage: «فى»، «الذى»، «المصرى»). */
export function spellsFinalYaAsAlifMaqsura(ctx: RuleContext, at: number): boolean {
  let known = alifMaqsura.get(ctx);
  if (known === undefined) {
    known = false;
    for (let k = 0; k < ctx.tokens.length && !known; k++) {
      const t = ctx.tokens[k]!;
      if (t.kind !== 'word' || !t.text.endsWith('ى')) continue;
      known = EGYPTIAN_SPELLING.has(t.text) || (k !== at && isPlainDemonym(ctx, ctx.fold(k)));
    }
    alifMaqsura.set(ctx, known);
  }
  return known;
}
