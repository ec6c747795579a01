/**
 * The subject that "by saying" (بالقول، بقوله) closes: واكتفى الناطق باسمها إياد البزم بالقول،
 * إن «…». The verb heading the clause need not be a speech verb (اكتفى، ختم، علّق); what it says
 * is told by بالقول, so its subject, ending right before بالقول, is the speaker when it is a
 * person or a role (الناطق باسمها), named by the recogniser or not.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isHeadVerb } from './quotes-clause-head';
import type { PersonIndex } from './quotes-person-index';
import type { Speaker } from './quotes-speaker';
import { speakerIn } from './quotes-subject-of';
import { subjectAfter } from './quotes-subject';
import { isRolePhrase } from './quotes-roles';

/** "By his / her / their saying", whose pronoun goes back to the clause's subject (بقوله، بقولها، بقولهم), folded. */
const OWN_SAYING = /^بقول(?:ه|ها|هم|هما|هن)$/;

/** Tokens looked back over for the verb (a verb, then a subject of a role and a name). */
const REACH = 14;

/**
 * The speaker whose subject phrase, after the verb opening the clause, runs up to the بالقول at
 * `at`; null when something else (an object, a complement) stands between them.
 * @example subjectBySaying(ctx, persons, at) for 'واكتفى المتحدث باسمها سامي حداد بالقول إن «…»' (at on بالقول) → { speaker: 'سامي حداد', … }
 */
export function subjectBySaying(ctx: QuoteContext, persons: PersonIndex, at: number): Speaker | null {
  for (let k = at - 2; k >= 0 && at - k <= REACH; k--) {
    if (isSentenceEnd(ctx, k) || ctx.tokens[k]?.kind !== 'word') return null;
    if (!isHeadVerb(ctx.f(k))) continue;
    const range = subjectAfter(ctx, k + 1, at);
    // (a word of the name may look like a verb, إياد: the head is farther back)
    if (!range || range[0] !== k + 1) continue;
    // وتختصر دلال بدر المطيري تعليقها في كلمات محدودة بقولها: a بقوله/بقولها whose pronoun goes back to
    // the subject lets an object stand between them, when the subject is a person the recogniser named.
    const closes = range[1] === at;
    if (!closes && !OWN_SAYING.test(ctx.f(at))) continue;
    // (a person, or a role up to بالقول: not يريد خوض الانتخابات بقوله, whose object runs up to it)
    const s = speakerIn(ctx, range, at, persons);
    if (s && (s.entity || (closes && isRolePhrase(ctx, range)))) return s;
  }
  return null;
}
