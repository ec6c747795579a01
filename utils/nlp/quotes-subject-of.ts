/**
 * The subject of a speech word as a token range (after a verb, after a source, or before it),
 * and the speaker such a range names: a role with its name set off by a comma, a role reaching
 * on to a name, and not a complement, a measure or an accusative object.
 */
import { hasAccusativeTanwin } from './name-words';
import type { QuoteContext } from './quotes-context';
import { isCameIn, speechAt } from './quotes-speech-at';
import { speakerOf, type Speaker } from './quotes-speaker';
import { isRolePhrase } from './quotes-roles';
import type { PersonIndex } from './quotes-person-index';
import { topicBefore } from './quotes-nearby';
import { subjectAfter } from './quotes-subject';
import { appositiveName } from './quotes-appositive';
import { isAccusativeOpener, isRelativeVerb, subjectBefore } from './quotes-subject-before';
import { hasObjectPronoun, type SpeechWord } from './quotes-speech';
import { hasPronounSubject } from './quotes-pronoun-subject';
import { addressedSubject, isToNamedPerson } from './quotes-addressed';
import { interviewee } from './quotes-interview';
import { joinedSubject } from './quotes-joined-verb';
import { ammaTopic } from './quotes-topic';
import { nameAfterPlace } from './quotes-role-place';
import { isMeasure } from './quotes-measure';
import { isPlausibleSpeaker, isPronounPreposition } from './quotes-plausible';
import { statementOwner } from './quotes-statement-owner';
import { isDescribedObject } from './quotes-described';
import { isObjectByForm } from './quotes-object-form';
import { isHalSubject } from './quotes-hal';
import type { Token } from './tokenize';

/**
 * Subject of the speech word at `at`: after a verb, after a source (بحسب، نقلًا عن، وفق ما نقلت …).
 * @example subjectOf(ctx, at, word, limit, persons) for 'وقال الوزير: «…»' (at on وقال) → the token range of الوزير
 */
export function subjectOf(ctx: QuoteContext, at: number, word: SpeechWord, limit: number, persons: PersonIndex): [number, number] | null {
  let i = at + 1;
  if (isCameIn(ctx, at)) i++;
  if (word.kind === 'source') {
    if (ctx.f(i) === 'ما') i++;
    if (speechAt(ctx, i)) i++;
    // ونقلت عنه قوله: the pronoun on عن stands for someone named before; nothing after it is the speaker.
    if (BACK_REFERENCE.has(ctx.f(i))) return null;
    if (ctx.f(i) === 'عن' || ctx.f(i) === 'ل') i++;
    const range = subjectAfter(ctx, i, limit, true);
    // ونقلت وكالة تسنيم للأنباء عن عباس عراقجي قوله: the agency carries the words; the one
    // after عن said them.
    if (range && /^[وف]?ي?نقل/.test(ctx.f(at))) {
      // (past where it was read, and a comma: ونقلت الصحف الأوروبية في بروكسل، عن المفوضية قولها)
      for (let k = range[1]; k < Math.min(limit, range[1] + 6) && (ctx.tokens[k]?.kind === 'word' || ctx.f(k) === '،'); k++) {
        if (ctx.f(k) === 'عن') return subjectAfter(ctx, k + 1, limit, true) ?? range;
      }
    }
    return range;
  }
  // أما فلان المدير العام للشركة، وهو …، فقال: the topic of أما, however far before (quotes-topic).
  const topic = ammaTopic(ctx, at);
  if (topic) return topic;
  const before = subjectBefore(ctx, at);
  // أما الائتلاف، فقد دعا الفصائل …، وصفوا توجيهه: the topic, or a plural verb's subject, is before; what follows is the object.
  if (before && (ctx.f(before[0] - 1) === 'اما' || ctx.f(before[0] - 1) === 'واما')) return before;
  // وكان خامنئي قال أول من أمس: كان, its subject, then the verb; what follows the verb is no subject.
  if (before && KANA.has(ctx.f(before[0] - 1))) return before;
  // (وهي تتابع المسلسلات: a subject pronoun before the verb leaves what follows it an object)
  // (وقالت لي الصديقة: past the one spoken to — quotes-addressed)
  const heard = word.agrees === 'p' || hasPronounSubject(ctx, at) ? null : subjectAfter(ctx, i, limit) ?? addressedSubject(ctx, i, limit, persons);
  // (وتابعت متحمسة، وقال محاولا إسدال الستار: a ḥāl or its object — quotes-hal)
  const read = heard && isHalSubject(ctx, persons, heard) ? null : heard;
  // (يصف الصفقة بأنها: what is described, not who describes — quotes-described)
  // (وناشدت السعوديين، ويطالب إيران: the object by its case or agreement — quotes-object-form)
  // (حيث قال لبرينان: the person after ل is spoken to — quotes-addressed; the subject is before
  // the verb or named earlier)
  if (read && isToNamedPerson(ctx, read[0], persons)) return before;
  const after = read && (isDescribedObject(ctx, persons, at, read) || isObjectByForm(ctx, at, word, read)) ? null : read;
  // يقول نوهانوفيتش، الذي يتحدث بإصرار، مطر الكواري الذي قال لتلفزيون رويترز: a verb right after
  // a relative pronoun, with no subject after it (only a phrase with ب or ل), is said by what the
  // pronoun refers to; الميليشيات التي صرح رئيس الوزراء بأن: a subject after it makes the relative
  // its object.
  // (…لمزارع الرياح التي وصفها بأنها: a verb with an object pronoun has the relative for its object.)
  if (before && isRelativeVerb(ctx, at) && (!after || /^[بل](?!ال)/.test(ctx.f(after[0])))) return hasObjectPronoun(ctx.f(at)) ? null : before;
  // تقول فيها، أعلن فيه: the verb's subject is who the statement it refers back to is from.
  const owner = after ? null : statementOwner(ctx, at);
  // (في مقابلة مع أحمد الفقيه، …، قال: the one interviewed — quotes-interview)
  return after ?? owner ?? before ?? interviewee(ctx, at) ?? topicBefore(ctx, persons, at) ?? joinedSubject(ctx, persons, at);
}

/** عن with a pronoun after a source verb (نقلت عنه، نقل عنها): the one it reports was named before. */
const BACK_REFERENCE = new Set(['عنه', 'عنها', 'عنهم', 'عنهما']);

/** كان in the forms that open a past-perfect clause (وكان الوزير قال، كانت الوزارة أعلنت). */
const KANA = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'فكان', 'فكانت']);

/** إنه، أنها، كأنها، لأنهم …: a particle that carries the subject of the verb after it. */
export const PRONOUN_PARTICLE = /^(?:[وف]?(?:ان|كان|لان|بان|لكن))(?:ه|ها|هم|هما|هن|ني|نا)$/;

/**
 * The speaker a subject range names; a role followed by a name set off by a comma gives the
 * name (نائب الرئيس لدى نيسان، فرد دياز: «…»), and a role may reach a person named before `limit`.
 * @example speakerIn(ctx, range, limit, persons) for the range of 'نائب الرئيس لدى نيسان، فرد دياز' → { speaker: 'فرد دياز', … }
 */
export function speakerIn(ctx: QuoteContext, range: [number, number], limit: number, persons: PersonIndex): Speaker | null {
  // وكان معي والدي فسأله، يشير إليه المراقبون: the one spoken with or of comes first; the subject follows.
  if (range[1] - range[0] > 1 && isPronounPreposition(ctx.f(range[0]))) range = [range[0] + 1, range[1]];
  // (…not another role set off by commas: الوزير مفوض تجاري علي الليثي، رئيس جهاز التمثيل التجاري، إلى
  // أن; or after where the role is held: السفير التونسي لدى روسيا علي قوطالي — quotes-role-place)
  const set = isRolePhrase(ctx, range) ? appositiveName(ctx, range, limit) : null;
  const name = set && !isRolePhrase(ctx, set) ? set : isRolePhrase(ctx, range) ? nameAfterPlace(ctx, range, limit) : null;
  // A role reaches on to a name before `limit` (a name in marks included), but not into a
  // quotation on the way.
  let reach = range[1];
  for (let end; reach < limit; reach++) if ((end = ctx.pairEnd.get(reach)) !== undefined && end - reach > 5) break;
  const s = speakerOf(ctx, name ?? range, persons, (ctx.tokens[reach - 1] as Token).end);
  if (!s || s.entity) return s;
  // وصف بالكاذب: after a passive verb, a phrase with بـ is its complement, not a subject (a
  // name such as بالوتيلي is a person entity); يعتبر تقدماً كبيراً: an accusative is an object
  // (but لكن متحدثًا باسم …: the accusative subject of لكن/إن).
  if (/^ب(?:ال|م)/.test(ctx.f(range[0]))) return null;
  // يبلغ عدد زبائنه: a measure (quotes-measure).
  if (isMeasure([ctx.f(range[0]), ctx.f(range[0] + 1), ctx.f(range[0] + 2)])) return null;
  if (hasAccusativeTanwin((ctx.tokens[range[0]] as Token).text) && !isAccusativeOpener(ctx.f(range[0] - 1))) return null;
  // قال عني، وأجاب جوابا: no speaker at all (quotes-plausible).
  return isPlausibleSpeaker(s.speaker) ? s : null;
}
