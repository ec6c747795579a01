/**
 * A family name the tagger left out after a lone given name where the page names the person in
 * full elsewhere (أعربت هيفاء [وهبي]، كان يوسف [وهبي] beside a mention of هيفاء وهبي): the family
 * word may read as a clitic and a noun (و + هبي), an adjective or a title, so the tagger stops
 * before it in some sentences and not in others. The same two words found as a name on the page
 * are the same name where they stand again; so with a given name left out before a family name
 * (ل[ابن] تيمية، وأشادت [أمل] بوشوشة beside ابن تيمية، أمل بوشوشة).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { isNotAName } from './people-not-names';

/** Classes that make the lone word no given name opening a name: a role, a verb of speech, a common word. */
export const NOT_GIVEN = LEX.TITLE | LEX.SPEECH | LEX.COMMON;
/** Plural endings (الفائزين، المشاركون), of no family name. */
export const PLURAL = /(ون|ين|ات)$/;

/**
 * Extends, in place, each one-word draft that a list knows as a given name by the word right
 * after it (white space only between them), when another draft of the page, of two words or
 * more, holds the two words in that order, or `more` (other pairs the page shows to be names,
 * as 'given family') holds them. `drafts` is sorted by start.
 * @example extendByPageNames(ctx of 'قالت هيفاء وهبي … وأعربت هيفاء وهبي عن', drafts 'هيفاء وهبي', 'هيفاء') → the second is 'هيفاء وهبي'
 */
export function extendByPageNames(ctx: BoundsContext, drafts: Draft[], more: () => ReadonlySet<string>): void {
  let pairs: Set<string> | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.tokenEnd !== d.tokenStart + 1 || d.words.length !== 1) continue;
    pairs ??= new Set([...pagePairs(drafts), ...more()]);
    if (!extendRight(ctx, d, drafts[i + 1], pairs)) extendLeft(ctx, d, drafts[i - 1], pairs);
  }
}

/** Whether the given name `d` took the word after it, the two named in a row elsewhere (هيفاء [وهبي]). */
function extendRight(ctx: BoundsContext, d: Draft, after: Draft | undefined, pairs: ReadonlySet<string>): boolean {
  const next = ctx.tokens[d.tokenEnd];
  if (next?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(d.end, next.start)) || after && after.tokenStart <= d.tokenEnd) return false;
  if (!pairs.has(`${d.words[0]} ${foldArabic(next.text)}`)) return false;
  const bits = ctx.classOf(d.words[0]!);
  if (!(bits & LEX.GIVEN) || bits & NOT_GIVEN) return false;
  d.end = next.end;
  d.tokenEnd++;
  d.words = [...d.words, foldArabic(next.text)];
  return true;
}

/**
 * Takes, in place, the given name before the one-word draft `d` (behind a conjunction or a
 * preposition of one letter, left out) when the two words stand in a row in another draft: إلى
 * [سامية] كمال beside سامية كمال. The given name may be a common word too (سامية، آسر): the page shows it is a name here.
 */
function extendLeft(ctx: BoundsContext, d: Draft, before: Draft | undefined, pairs: ReadonlySet<string>): void {
  const prev = ctx.tokens[d.tokenStart - 1];
  if (prev?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(prev.end, d.start)) || before && before.tokenEnd >= d.tokenStart || isNotAName(ctx, prev)) return;
  const whole = foldArabic(prev.text);
  const clitic = !pairs.has(`${whole} ${d.words[0]}`) && /^[وفلب]/.test(whole) ? 1 : 0;
  const g = whole.slice(clitic);
  if (!pairs.has(`${g} ${d.words[0]}`)) return;
  // العظيم الفيصل، أسماء الفائزين: an adjective with the article (not آل), a plural: no given name and no family name.
  const bits = ctx.classOf(g);
  if (!(bits & LEX.GIVEN) || bits & (LEX.TITLE | LEX.SPEECH) || g.length > 2 && g.startsWith('ال') || PLURAL.test(d.words[0]!)) return;
  // في خميس مشيط، في فيكتوريا كوليدج: after في the two words more likely name a place.
  if (!clitic && foldArabic(ctx.tokens[d.tokenStart - 2]?.text ?? '') === 'في') return;
  d.start = prev.start + clitic;
  d.tokenStart--;
  d.words = [g, ...d.words];
}

/** Every two words in a row of the drafts of two words or more, as 'first second'. */
function pagePairs(drafts: readonly Draft[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) for (let k = 1; k < d.words.length; k++) out.add(`${d.words[k - 1]} ${d.words[k]}`);
  return out;
}
