/**
 * Names the tagger leaves untagged right before the person's age in apposition, as news gives
 * it: "ويب (50 عاما)"، "فاننيج، 34 عاما،". Only a person is given an age so (a thing's age is
 * written منذ 53 عاما or عمره), and foreign or rare names are common there. The name is one or two
 * words taken by the test of people-demonym.ts (foreignNameAt), or a listed given name and a
 * family name; a common noun or an adjective (المتهم (26 سنة)، القبطان الشاب، 27 عاما) is no such
 * word and is left alone, and so is an indefinite noun in the accusative after إن or أن (بأن
 * شرطيا، 47 عاما،).
 */
import { LEX } from './ner/lexicon';
import { foldedOffset } from './normalize';
import { AFTER_DEMONYM_CONFIDENCE, foreignNameAt, isFamilyWithArticle } from './people-demonym';
import { words, type BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { roleBefore } from './people-role';
import { classAt, foldedAt } from './people-word-table';
import { procliticSplits } from './tokenize';

/** Words of an age in years (folded: عامًا and عاماً fold to عاما). */
const YEARS = words('عاما سنة');
/** Marks that open and close an apposition. */
const OPENERS = new Set(['(', '،', ',']);
const CLOSERS = new Set([')', '،', ',']);
/** Words after which an indefinite noun takes the accusative ا that foreign names also end in (as written). */
const ACCUSATIVE_AFTER = new Set(['إن', 'أن', 'ان', 'بأن', 'بان', 'لأن', 'لان', 'كأن', 'لكن', 'ولكن', 'وأن', 'وإن']);
/** Clitics read off the first word of the name, when the page writes the rest bare too (لكاسيا … كاسيا). */
const CLITICS = new Set(['ل', 'ب', 'ك']);

/**
 * Whether tokens k… are an age in apposition: an opening mark, a number of two digits at most, a
 * word of years and the closing mark of the same kind (a bracket, or a comma after a comma).
 * @example isAgeAt(ctx of 'ويب (50 عاما)،', 1) → true
 */
export function isAgeAt(ctx: BoundsContext, k: number): boolean {
  const { tokens } = ctx;
  const open = tokens[k], n = tokens[k + 1], unit = tokens[k + 2], close = tokens[k + 3];
  if (open?.kind !== 'punct' || !OPENERS.has(open.text) || n?.kind !== 'number' || n.text.length > 2) return false;
  if (unit?.kind !== 'word' || !YEARS.has(foldedAt(ctx, k + 2))) return false;
  return close?.kind === 'punct' && CLOSERS.has(close.text) && (open.text === '(') === (close.text === ')');
}

/** Whether token k is a listed given name and nothing else (no title, no common word). */
function isGivenOnly(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word' || t.text.startsWith('و')) return false;
  const bits = classAt(ctx, k);
  return (bits & LEX.GIVEN) !== 0 && !(bits & ~NAME_CLASS);
}

/** The token range [a, k) of a name that ends right before token k, or null. */
function nameEndingAt(ctx: BoundsContext, k: number, covered: Uint8Array): [number, number] | null {
  if (k < 1 || covered[k - 1]) return null;
  if (k >= 2 && !covered[k - 2]) {
    const two = foreignNameAt(ctx, k - 2, covered);
    if (two && two[1] === k) return two;
    // ملك الخطيب (14 عاما): a given name the lists know, then a family name.
    if (isGivenOnly(ctx, k - 2) && isFamilyWithArticle(ctx, ctx.tokens[k - 1])) return [k - 2, k];
  }
  const one = foreignNameAt(ctx, k - 1, covered);
  if (!one || one[1] !== k) return null;
  const before = ctx.tokens[k - 2];
  // بأن شرطيا، 47 عاما: an indefinite noun in the accusative, not a name ending in ا (كاسيا).
  if (foldedAt(ctx, k - 1).endsWith('ا') && before?.kind === 'word' && ACCUSATIVE_AFTER.has(before.text)) return null;
  return one;
}

/**
 * The clitic reading of the name's first word: one whose stem the page writes bare elsewhere
 * (للدعيع … الدعيع); the whole word (no prefix) otherwise, unless a clitic could as well stand
 * before a name of four letters or more (لكاسيا with no كاسيا on the page: null, left alone).
 */
function firstWordReading(ctx: BoundsContext, k: number): { prefix: string; stem: string } | null {
  let doubt = false;
  for (const r of procliticSplits(ctx.tokens[k]!.text)) {
    // (ل، ب and ك open the reading: و and ف come before them, never after)
    if (!r.prefix || !CLITICS.has(r.prefix[0]!)) continue;
    if (ctx.bareWords().has(r.stem)) return r;
    if (r.stem.length >= 4) doubt = true;
  }
  return doubt ? null : { prefix: '', stem: foldedAt(ctx, k) };
}

/**
 * Adds a draft for each name right before an age in apposition that no draft covers yet, and
 * marks its tokens in `covered`.
 * @example addNamesBeforeAge(ctx of 'وسلم ويب (50 عاما)، وهو', drafts, covered) → a draft 'ويب'
 */
export function addNamesBeforeAge(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens } = ctx;
  for (let k = 1; k < tokens.length - 3; k++) {
    // (the number first: most tokens of a page are no age)
    if (tokens[k + 1]!.kind !== 'number' || !isAgeAt(ctx, k)) continue;
    const range = nameEndingAt(ctx, k, covered);
    if (!range) continue;
    const [a, b] = range, first = tokens[a]!;
    const reading = firstWordReading(ctx, a);
    if (!reading) continue;
    const names = [reading.stem];
    for (let n = a + 1; n < b; n++) names.push(foldedAt(ctx, n));
    drafts.push({ start: first.start + foldedOffset(first.text, reading.prefix.length), end: tokens[b - 1]!.end, words: names, confidence: AFTER_DEMONYM_CONFIDENCE, tokenStart: a, tokenEnd: b, role: roleBefore(ctx.text, tokens, a, ctx.classOf) });
    covered.fill(1, a, b);
  }
}
