/**
 * Words that open the clause around a name rather than belong to it, told by their shape: a verb
 * in the perfect of the third person feminine after the name (قالت إن فاطمة سارعت، إليزابيث ظهرت),
 * a verb in the imperfect of a derived form before it (تتساءل ناغوسكي، يلتحق أحمد), the particle
 * أم "or" and the first-person prepositions after it (طلب كريم مني). people-bounds.ts trims them
 * off the ends of the spans the tagger proposes.
 */
import { LEX } from './ner/lexicon';
import { NAME_CLASS } from './people-not-names';
import type { BoundsContext } from './people-context';

/**
 * Shapes of the perfect of the third person feminine, folded: فعلت (ظهرت، سرقت), فاعلت (سارعت)
 * and the hollow أفعلت (أشادت، أغارت). The root letters are no long vowel, which keeps out borrowed
 * names (جوست، مايت، بروزيت); names of the first shape (مدحت، طلعت) are in the lists.
 */
const FEMININE_PERFECT = /^(?:[^اوي]{3}|[^اوي]ا[^اوي]{2}|ا[^اوي]ا[^اوي])ت$/;

/**
 * Shapes of the imperfect of the derived verbs, folded, with the prefix ي or ت: يتفعّل and يتفاعل
 * (يتصدر، تتساءل), يفتعل (يلتحق، يشتري، تختصر), يستفعل (يستعرض), يفاعل (ينافس). The letters after
 * the prefix are no long vowel where the verb has none, which keeps out borrowed names (يانيس،
 * تياجو، توكل).
 */
const DERIVED_IMPERFECT = /^[يت](?:ت[^اوي]{3}|ت[^اوي]ا[^اوي]{2}|[^اويت]ت[^اوي][^او]|ست[^اوي]{3}|[^اويت]ا[^اوي]{2})$/;

/**
 * The first-person prepositions that close no name (طلب كريم مني، بيني وبين): not لي and بي,
 * which end names (بروس لي، إم بي). Written forms.
 */
const FIRST_PERSON_AFTER = new Set('مني عني معي بيني عندي لدي'.split(' '));

/** Particles joining two clauses or two choices, never a name's end: أم "or" (…سامية كمال أم أنه). */
const CHOICE_PARTICLES = new Set(['أم', 'ام']);

/** Whether the lists know a word, if at all, only as a common word: no name, title or place. */
const onlyCommon = (ctx: BoundsContext, f: string) => (ctx.classOf(f) & ~LEX.COMMON) === 0;

/**
 * Whether a word after a name (folded `f`, written `w`) opens the predicate or another clause:
 * a feminine perfect no list knows as a name, a first-person preposition, the particle أم.
 * @example isPredicateAfterName(ctx, 'سارعت', 'سارعت') → true
 */
export function isPredicateAfterName(ctx: BoundsContext, f: string, w: string): boolean {
  if (FIRST_PERSON_AFTER.has(w) || CHOICE_PARTICLES.has(w)) return true;
  return FEMININE_PERFECT.test(f) && onlyCommon(ctx, f);
}

/**
 * Whether a word before a name (folded, a conjunction off) is a derived imperfect no list knows:
 * the verb whose subject the name is (وتتساءل ناغوسكي), not the name's first word.
 * @example isVerbBeforeName(ctx, 'تتساءل') → true
 */
export function isVerbBeforeName(ctx: BoundsContext, f: string): boolean {
  if (ctx.classOf(f) & NAME_CLASS) return false;
  const bare = /^[وف][يت]/.test(f) ? f.slice(1) : f;
  return DERIVED_IMPERFECT.test(bare) && onlyCommon(ctx, bare);
}
