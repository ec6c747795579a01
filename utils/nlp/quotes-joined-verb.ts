/**
 * A speech verb that و joins to the clause before it (قام بتجريب أدوات التحكم وقال إنها …): it
 * goes on with that clause and shares its subject. The words right before it end that clause (an
 * object, a phrase of place or time), and are never its subject: a subject written before its
 * verb has no و between them (الوزير قال، not الوزير وقال).
 */
import type { QuoteContext } from './quotes-context';
import { speechWord } from './quotes-speech';
import { clauseSubject } from './quotes-subject-before';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import type { Token } from './tokenize';
import { opensWithIntransitive } from './quotes-intransitive-head';

/**
 * Whether the speech verb at token `verb` carries the conjunction و (وقال، وأضافت), as opposed to a
 * verb whose root starts with و (وصف، واصل).
 * @example isJoinedVerb(ctx, verb) for 'قام بتجريب أدوات التحكم وقال إنها' (verb on وقال) → true
 * @example isJoinedVerb(ctx, verb) for 'الوزير وصف الاتفاق' (verb on وصف) → false
 */
export function isJoinedVerb(ctx: QuoteContext, verb: number): boolean {
  const f = ctx.f(verb);
  return f.length > 3 && f.startsWith('و') && !f.startsWith('ورد') && speechWord(f.slice(1)) !== undefined;
}

/** Tokens of the shared subject a person's name may start after (a title: الفنان راغب علامة). */
const TITLE_REACH = 3;

/**
 * The person a joined speech verb shares as subject with the clause it goes on from: named right
 * after the verb that opens its sentence (وأشاد روحاني بالاتفاق ووصفه بأنه → روحاني). Only a
 * person: what follows the opening verb is as often its object (فضحكت ضحكتها العالية، وقالت).
 * Null when the verb is not joined by و, the sentence does not open with a verb, or no person is
 * named at the start of what follows it.
 * @example joinedSubject(ctx, persons, verb) for 'وأشاد روحاني بالاتفاق ووصفه بأنه' (verb on ووصفه) → the token range of روحاني
 */
export function joinedSubject(ctx: QuoteContext, persons: PersonIndex, verb: number): [number, number] | null {
  const range = isJoinedVerb(ctx, verb) ? clauseSubject(ctx, verb) : null;
  if (!range) return null;
  const m = persons.mentions[firstFrom(persons.mentions, (ctx.tokens[range[0]] as Token).start)];
  const reach = ctx.tokens[Math.min(range[1], range[0] + TITLE_REACH) - 1] as Token;
  // (…or whatever follows a verb that takes no object: فقام أكبر المساجين … وقال — quotes-intransitive-head)
  if (!m || m.start >= reach.end) return opensWithIntransitive(ctx, verb) ? range : null;
  let end = range[0];
  while (end < range[1] && (ctx.tokens[end] as Token).end < m.end) end++;
  return end < range[1] ? [range[0], end + 1] : null;
}
