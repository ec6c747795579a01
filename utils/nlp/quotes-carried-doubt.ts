/**
 * When a person carried over from an earlier sentence to a quotation with no speaker of its own
 * (وأضاف، يقول، قالت) is doubtful: the finder keeps the carried person, as it cannot tell who
 * else it would be, but gives it low.
 */
import type { QuoteContext } from './quotes-context';
import { foldArabic } from './normalize';
import { namedSince } from './quotes-named-since';
import type { PersonIndex } from './quotes-person-index';
import type { Speaker } from './quotes-speaker';
import type { SpeechWord } from './quotes-speech';

/** A definite word right before a name (الرئيس الفرنسي فرنسوا هولاند, الملك سلمان), folded. */
const DEFINITE_BEFORE = /(?:^|\s)[وفبل]?ال[\u0621-\u064A\u0640]{2,}\s+$/;

/**
 * Whether carrying the person `s` to a bare speech word that agrees as `agrees`, just before
 * offset `at`, is doubtful:
 * - the verb is plural and `s` one person: someone else speaks (…قال كيري. أشخاص مقربون منه
 *   يقولون «…»);
 * - another person who may speak was named since `s` (not after a preposition, not inside reported
 *   speech or an earlier quotation): a new subject was likely introduced (…قال نيتشه «…». فإن
 *   كانط يقدمها بوصفها أسلوبا، ولذا نجده يقول: «…»).
 * @example isDoubtfulCarry(ctx, persons, { speaker: 'جون كيري', entity: 'p:جون كيري', … }, at, 'p') → true
 */
export function isDoubtfulCarry(ctx: QuoteContext, persons: PersonIndex, s: Speaker, at: number, agrees: SpeechWord['agrees']): boolean {
  if (agrees === 'p') return true;
  const other = namedSince(ctx, persons, s, at);
  if (!other || other.entity === s.entity) return false;
  // (a name after a definite title or adjective is set in a phrase about them, most often an
  // object or a genitive: بحضور وزير النفط الإيراني بيجان زنجنة، لدى الرئيس الفرنسي فرنسوا هولاند;
  // folded, so that vowel marks do not hide the article: الوزيرَ الفرنسيَّ)
  return !DEFINITE_BEFORE.test(foldArabic(ctx.text.slice(Math.max(0, other.start - 30), other.start)));
}
