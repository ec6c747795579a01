/**
 * A ḥāl right after a speech verb (وتابعت متحمسة، وقال لها محاولا إسدال الستار): an indefinite
 * participle saying how the words were said, by a subject the verb carries. Neither it nor the
 * phrase it governs is the subject.
 */
import type { QuoteContext } from './quotes-context';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import type { Token } from './tokenize';

/** An indefinite participle of the form مُفعِل/مُتفعِّل, masculine (…ا) or feminine (…ة), folded. */
export const HAL_MASCULINE = /^م[\u0621-\u064A]{3,}ا$/;
export const HAL_FEMININE = /^م[\u0621-\u064A]{3,}[ةه]$/;

/** و with a subject pronoun: a clause of state (وأنا أناوله، وهي تبتسم), folded. */
const STATE_CLAUSE = new Set(['وانا', 'وهو', 'وهي', 'وهم', 'ونحن']);

/** Whether token k is inside a recognised person's name (مونيكا برادفورد, منيرة سالم). */
function inPerson(ctx: QuoteContext, persons: PersonIndex, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  const m = persons.mentions[firstFrom(persons.mentions, t.start + 1) - 1];
  return m !== undefined && m.start <= t.start && t.end <= m.end;
}

/**
 * Whether the subject read at `range` after a verb is no subject: a masculine ḥāl stands right
 * before it (وقال لها محاولا إسدال الستار → إسدال الستار is the ḥāl's object), or it is a lone
 * feminine participle ending the clause (وتابعت متحمسة: «…»).
 * @example isHalSubject(ctx, persons, range) for 'وتابعت متحمسة: «…»' with range on متحمسة → true
 */
export function isHalSubject(ctx: QuoteContext, persons: PersonIndex, range: [number, number]): boolean {
  const [a, b] = range;
  if (a > 0 && ctx.tokens[a - 1]?.kind === 'word' && HAL_MASCULINE.test(ctx.f(a - 1)) && !inPerson(ctx, persons, a - 1) && !inPerson(ctx, persons, a)) return true;
  // (…or a clause of state after it: قلت له مقاطعة وأنا أناوله المفاتيح)
  const ends = b === a + 1 ? !ctx.tokens[b] || ctx.tokens[b]?.kind !== 'word' || ctx.breakBefore[b] === true : STATE_CLAUSE.has(ctx.f(a + 1));
  return ends && HAL_FEMININE.test(ctx.f(a)) && !inPerson(ctx, persons, a);
}
