/**
 * A role subject whose name comes after where the role is held (وقال السفير التونسي لدى روسيا
 * علي قوطالي في حديث …، قالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنثا باور إن): the
 * subject ends at لدى, and the name after the place is who speaks even when no person was
 * recognised there. The name is two to four words without the article, ending the subject. The
 * place may be a definite word with its preposition joined on (وقال المدير التنفيذي للشركة فلان الفلاني:).
 */
import { hasAccusativeTanwin } from './name-words';
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isThat, speechWord } from './quotes-speech';
import { isNameNoun } from './quotes-name-nouns';
import { isStop } from './quotes-subject';
import { isRoleWord } from './quotes-roles';
import { isNameAli } from './quotes-name-stops';
import type { Token } from './tokenize';

/** Words that join a role to where it is held (folded): لدى، باسم. */
const PLACE_LINKS = new Set(['لدي', 'باسم', 'في']);
/** A definite place word with ل or ب joined to it (للشركة، بالخارجية), folded. */
const FUSED_PLACE = /^(?:لل|بال)[\u0621-\u064A]{2,}$/;
/** Words of a name after the place. */
const NAME_WORDS = 4;

/** Whether token k may be a word of a name (no article, not a stop, a role, a speech word or a name noun). */
function isNameWord(ctx: QuoteContext, k: number, first: boolean): boolean {
  const f = ctx.f(k);
  const t = ctx.tokens[k];
  if (t?.kind !== 'word') return false;
  // (علي is the name on a page that writes "on" as على: لدى روسيا علي قوطالي)
  if (isStop(f, first) && !isNameAli(ctx, t as Token, true)) return false;
  return !f.startsWith('ال') && !isRoleWord(f) && !speechWord(f) && !isNameNoun(f) && !hasAccusativeTanwin(t.text);
}

/**
 * The token range of the name after the place a role subject ending at `b` is held in, or null.
 * @example nameAfterPlace(ctx, range, limit) for the range of السفير التونسي in 'وقال السفير التونسي لدى روسيا علي قوطالي في حديث' → the range of علي قوطالي
 */
export function nameAfterPlace(ctx: QuoteContext, [, b]: [number, number], limit: number): [number, number] | null {
  // (…or the place is a definite word with its preposition on it: المدير التنفيذي للشركة، ضابط الإعلام بالخارجية)
  const joined = FUSED_PLACE.test(ctx.f(b)) && ctx.tokens[b]?.kind === 'word';
  if (!joined && (!PLACE_LINKS.has(ctx.f(b)) || b + 1 >= limit || ctx.breakBefore[b + 1] || ctx.tokens[b + 1]?.kind !== 'word')) return null;
  // The place: its first word, then the words with the article that go on with it (الأمم المتحدة).
  let k = joined ? b + 1 : b + 2;
  while (k < limit && ctx.tokens[k]?.kind === 'word' && !ctx.breakBefore[k] && ctx.f(k).startsWith('ال')) k++;
  const start = k;
  while (k < limit && k - start < NAME_WORDS && !ctx.breakBefore[k] && isNameWord(ctx, k, k === start)) k++;
  if (k - start < 2) return null;
  // The name ends the subject: a stop, إن/أن, a colon, a comma, a sentence end or the quotation follow it.
  const after = k < ctx.tokens.length ? ctx.f(k) : '.';
  const ends = k >= limit || after === ':' || after === '،' || isThat(after) || isStop(after, false) || isSentenceEnd(ctx, k);
  return ends ? [start, k] : null;
}
