/**
 * The agreement a speaker introduced by a source word carries (على حد قول برونهولتز، بحسب
 * الوزيرة): a source word has no verb form to agree with its subject, so without this a later
 * bare وأضاف would pass over the person just named as the source and return to an older قال.
 */
import { foldArabic } from './normalize';
import type { Speaker } from './quotes-speaker';
import type { SpeechWord } from './quotes-speech';

/**
 * The agreement of a person named after a source word: feminine when a word of the phrase ends
 * in ة (الوزيرة، فاطمة), masculine otherwise. Only a person entity is given one: an unnamed
 * source (مصادر، الوكالة) may be plural or a body, and a later وأضاف need not refer to it.
 * @example sourceAgreement({ speaker: 'مايك برونهولتز', entity: 'Q1', start: 0, end: 14 }) → 'm'
 * @example sourceAgreement({ speaker: 'المصادر', entity: null, start: 0, end: 7 }) → undefined
 */
export function sourceAgreement(s: Speaker): SpeechWord['agrees'] {
  if (!s.entity) return undefined;
  return foldArabic(s.speaker).split(' ').some((w) => /ة$/.test(w)) ? 'f' : 'm';
}
