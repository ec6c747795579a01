/**
 * The one spoken to as a pronoun with ل right after a speech verb (قالت لي، قال لنا، قالت لهن):
 * never the speaker, and the subject, if the verb has one after it, comes after it (فقالت لي
 * الصديقة، تقول لي والدتي). Only a phrase that clearly names someone is read there; what else
 * follows such a pronoun is mostly the verb's object or an adverb (ذكر لنا كونها، قال لي بفرحة).
 */
import type { QuoteContext } from './quotes-context';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { isRoleWord } from './quotes-roles';
import { subjectAfter } from './quotes-subject';
import type { Token } from './tokenize';

/** Pronouns with ل of those spoken to (folded): لي، لنا، له، لها، لهم، لهن، لهما. */
export const ADDRESSED = new Set(['لي', 'لنا', 'له', 'لها', 'لهم', 'لهن', 'لهما']);

/** Kin nouns with "my"/"our" that name a speaker (تقول لي والدتي), and أحد with a pronoun (قالت لي أحداهما), folded. */
const NAMING = /^(?:والدتي|والدي|امي|ابي|اخي|اختي|زوجي|زوجتي|ابني|ابنتي|جدي|جدتي|عمي|عمتي|خالي|خالتي|والدتنا|والدنا|امنا|ابونا|احد|احدي|احدهم|احدهما|احداهما|احدهن|احداهن)$/;

/**
 * The subject after the pronoun of the one spoken to at token `i` (وقالت لي الصديقة → الصديقة),
 * when it starts with a person named there, a definite word, a role or a kin noun; null otherwise.
 * @example addressedSubject(ctx, i, limit, persons) for 'فقالت لي الصديقة «…»' (i on لي) → the range of الصديقة
 */
export function addressedSubject(ctx: QuoteContext, i: number, limit: number, persons: PersonIndex): [number, number] | null {
  if (!ADDRESSED.has(ctx.f(i)) || i + 1 >= limit || ctx.tokens[i + 1]?.kind !== 'word') return null;
  const range = subjectAfter(ctx, i + 1, limit);
  if (!range) return null;
  const f = ctx.f(range[0]);
  const at = (ctx.tokens[range[0]] as Token).start;
  const person = persons.mentions[firstFrom(persons.mentions, at)];
  const names = person?.start === at || (f.startsWith('ال') && f.length > 3) || isRoleWord(f) || NAMING.test(f);
  return names ? range : null;
}

/**
 * Whether token `a`, right after a speech verb, is ل joined to a person named on the page (قال
 * لبرينان: «…»، قالت لسعاد): the one spoken to, never the speaker; the subject is named elsewhere.
 * @example isToNamedPerson(ctx, a, persons) for 'حيث قال لبرينان: «…»' with a on لبرينان and برينان a person → true
 */
export function isToNamedPerson(ctx: QuoteContext, a: number, persons: PersonIndex): boolean {
  const t = ctx.tokens[a];
  if (t?.kind !== 'word' || !/^ل[^ل]/.test(t.text)) return false;
  const person = persons.mentions[firstFrom(persons.mentions, t.start + 1)];
  return person !== undefined && person.start === t.start + 1;
}
