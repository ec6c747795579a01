/**
 * وصف الصفقة بأنها «…»: a verb of describing followed by a phrase and then بأنه / باعتباره has
 * that phrase for its object — what is described — and its subject is the pronoun in the verb
 * (someone named before: توم داشل، زعيم الأغلبية السابق، يصف الصفقة بأنها «انتصار شخصي»).
 * When the phrase names a person or starts with a role (ووصف الوزير الاتفاق بأنه), the subject is
 * written out and is kept.
 */
import type { QuoteContext } from './quotes-context';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { isRoleWord } from './quotes-roles';
import type { Token } from './tokenize';

/** Folded verbs of describing, without و/ف: وصف، يصف، تصف، وصفت … */
const DESCRIBE = new Set(['وصف', 'وصفت', 'يصف', 'تصف', 'وصفوا', 'يصفون']);

/** What introduces the description after the object: بأنه، بأنها، باعتباره (and بـ right before the marks: وصف الإسلام بـ«…»). */
const AS = /^ب(?:ان(?:ه|ها|هم|هما)?|اعتبار(?:ه|ها|هم)?)$/;

/**
 * Whether the subject range [a, b) read after the describing verb at `verb` is really its object:
 * the verb describes, the range is followed by بأنه/باعتباره, names no person and does not start
 * with a role word.
 * @example for 'يصف الصفقة بأنها «…»' (range on الصفقة) → true
 * @example for 'ووصف الوزير سامي الحمد الاتفاق بأنه «…»' (range on الوزير سامي الحمد) → false
 */
export function isDescribedObject(ctx: QuoteContext, persons: PersonIndex, verb: number, range: [number, number]): boolean {
  if (!DESCRIBE.has(ctx.f(verb).replace(/^[وف](?=[يتو])/, ''))) return false;
  // (the phrase may run a word or two past the range: قرار شركة «يونايتد» بحظر الأبحاث بأنه)
  let k = range[1];
  const isAs = (j: number): boolean => AS.test(ctx.f(j)) || (/^ب[ـ]?$/.test(ctx.f(j)) && /^[«"“]$/.test(ctx.tokens[j + 1]?.text ?? ''));
  while (k < range[1] + 3 && k < ctx.tokens.length && !isAs(k)) k++;
  if (!isAs(k) || isRoleWord(ctx.f(range[0]))) return false;
  const start = (ctx.tokens[range[0]] as Token).start;
  const end = (ctx.tokens[k] as Token).start;
  const m = persons.mentions[firstFrom(persons.mentions, start)];
  return !m || m.start >= end;
}
