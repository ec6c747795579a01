/**
 * A role the article gives without a name at the verb (حيث كتب خبير الاقتصاد الأميركي «…»، يقول
 * عضو البرلمان الهولندي «…»): held by the person the text has just named, when nobody was given
 * that role before.
 */
import { foldArabic } from './normalize';
import type { QuoteContext } from './quotes-context';
import { speakingPersonBefore } from './quotes-named-since';
import { isRoleWord } from './quotes-roles';
import { definiteByName } from './quotes-role-construct';
import type { PersonIndex } from './quotes-person-index';
import type { Speaker } from './quotes-speaker';

/** A preposition right after a role phrase (في، لدى، بـ، لـ): the role is placed, not bare. */
const PLACE_FOLLOWS = /^\s+(?:في|لدى|لدي|عن|من|[بل]\S)/;

/**
 * في and the occasion or the medium of the words, not the role's place (وقال المسؤول التركي في
 * مؤتمر صحافي، وأكد المسؤول الأمريكي في تغريدته، في تصريحات لـ…، في حديثه).
 */
const SAID_IN = /^\s+(?:في|فى)\s+(?:ال)?(?:مؤتمر|تصريح|حديث|مقابل[ةت]|كلم[ةت]|تغريد|بيان|رسال[ةت]|لقاء|اتصال|ختام|معرض|سياق|تعليق|حوار|ندو[ةت]|جلس[ةت]|خطاب|منشور|تدوين|اجتماع)/;

/**
 * A definite role and nothing more (الخبير، خبير الاقتصاد الأميركي، عضو البرلمان الهولندي):
 * every word after the role noun has the article, and a lone role noun has it too. Not an
 * indefinite one (مسؤول عسكري أميركي: someone new), nor one with a place or a name
 * (رئيس اللجنة الأمنية في الخالدية، الناطق باسم المقاومة علي الأحمدي).
 */
function isBareRole(words: string[]): boolean {
  const [head, ...rest] = words;
  // (a role in the dual or the sound plural as well: المحاميان، المسؤولين)
  if (!head || !(isRoleWord(head) || isRoleWord(head.replace(/(?:ان|ين)$/, '')))) return false;
  // (…or made definite by a place it governs: رئيس غرفة مكة — quotes-role-construct)
  return rest.length === 0 ? head.startsWith('ال') : rest.every((w) => w.startsWith('ال')) || definiteByName(rest);
}

/**
 * The person named just before a speaker that is a bare role phrase (no entity, headed by a
 * role noun); null when the speaker names someone or nobody eligible was named.
 * @example roleHolder(ctx, persons, { speaker: 'خبير الاقتصاد الاميركي', entity: null, … }) for 'انتقادات بول كروغمان …، حيث كتب خبير الاقتصاد الاميركي «…»' → { speaker: 'بول كروغمان', … }
 */
export function roleHolder(ctx: QuoteContext, persons: PersonIndex, s: Speaker): Speaker | null {
  if (s.entity || !isBareRole(s.speaker.split(' ').map(foldArabic))) return null;
  // (…رئيس اللجنة الأمنية في الخالدية: a role that goes on to where it serves is an office of its own.)
  if (PLACE_FOLLOWS.test(ctx.text.slice(s.end, s.end + 8)) && !SAID_IN.test(ctx.text.slice(s.end, s.end + 24))) return null;
  const named = speakingPersonBefore(ctx, persons, s.start);
  // (ليونيل ميسي مع رئيس الغابون علي بونجو … . وقال رئيس الغابون: the role was given since, to someone else.)
  if (!named || foldArabic(ctx.text.slice(named.end, s.start)).includes(foldArabic(s.speaker))) return null;
  return { ...named, start: s.start, end: s.end };
}
