/**
 * Descriptions the tagger takes into the head of a name: a nationality or another adjective of
 * relation with the article (الأرمني دوزيان، الأوروجوياني كارينو، الخليفة العباسي الناصر), which
 * in news text stands after a role noun and before the name it describes. people-bounds.ts
 * trims it off the span.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isNotAName } from './people-not-names';
import type { BoundsContext } from './people-context';

/** The shortest nisba with the article taken for a description (ال + three letters + ي). */
const MIN_NISBA_LENGTH = 6;

/** The opening of an imperfect verb, also in the future (يهاجم، تقول، سأرميه): what a surname before it does. */
const IMPERFECT = /^(?:[يت]|س[يتناأ])/;

/**
 * Whether token i is a nisba with the article (الأرمني، الكندي) that no list knows but as a
 * nationality, or that no list knows at all, before another word of the name that is no verb (so
 * not المالكي يهاجم, a surname and its verb): a description of the person, not the start of the
 * name. A given name with the article (الهادي، الحربي as listed) stays.
 * @example isNisbaBeforeName(ctx of 'كما عيّن الأرمني دوزيان مديرا', 2) → true
 */
export function isNisbaBeforeName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], next = ctx.tokens[i + 1];
  if (t?.kind !== 'word' || next?.kind !== 'word') return false;
  // والكندي ميلوس راونيتش: the conjunction before a description of the second of two people.
  const f = foldArabic(t.text).replace(/^[وف](?=ال)/, '');
  // Written with ي, not ى: الموسى is a family name, not a nisba.
  if (f.length < MIN_NISBA_LENGTH || !f.startsWith('ال') || !/ي$/.test(t.text)) return false;
  const bits = ctx.classOf(f);
  if (bits !== 0 && !(bits & LEX.DEMONYM) || bits & LEX.GIVEN) return false;
  // النصراوي الأول: an ordinal or a common word after it makes a phrase, not a name.
  const n = foldArabic(next.text);
  return !IMPERFECT.test(n) && !(ctx.classOf(n) & (LEX.MODIFIER | LEX.COMMON)) && !isNotAName(ctx, next);
}
