/**
 * Cues that a pair of marks names a title or a term rather than holding words said, gathered for
 * quotes-cues: a work's title or a headline (quotes-work-title), an event, programme or place
 * (quotes-named-thing), a term no one in particular used (quotes-termed), a concept's name in a
 * genitive slot (quotes-term-phrase).
 */
import type { QuoteContext } from './quotes-context';
import { isNamedThing } from './quotes-named-thing';
import { isTermed } from './quotes-termed';
import { isHeadline, isTitleSpeaking, isWorkTitle } from './quotes-work-title';
import { isTitleAfterColon } from './quotes-work-colon';
import { isTermPhrase } from './quotes-term-phrase';

/** Title and term cues of one pair of marks. */
export interface NameCues {
  /** The title of a work named just before, or a headline (كتاب العالم كارل ساجان «…»، عنوانه: «…»، بالعنوان التالي: «…»). */
  workTitle: boolean;
  /** An event, programme or place named after في / من / فعاليات (الزميل في «مبادرة …»). */
  namedThing: boolean;
  /** A term named by no one in particular (ما كان يسمى «…»، عُرف اصطلاحًا بـ«…»). */
  termed: boolean;
  /** A short definite noun phrase a noun or preposition takes as its genitive (حكم حول «عدم التدخل التجاري»). */
  termPhrase: boolean;
}

/**
 * The title and term cues of the pair whose opening mark is token `open`, holding text[span) of `words` words.
 * @example nameCuesOf(ctx, i, t, [a, b], 4, false) for 'قرأ كتاب العالم كارل ساجان «المخلوقات الذكية في الكون»' → { workTitle: true, … }
 */
export function nameCuesOf(ctx: QuoteContext, open: number, text: string, span: [number, number], words: number, colon: boolean): NameCues {
  return {
    workTitle: words <= 16 && (isWorkTitle(ctx, open) || isHeadline(ctx, open) || isTitleAfterColon(ctx, open) || isTitleSpeaking(ctx, open)),
    namedThing: !colon && isNamedThing(ctx, open, text, span[0], span[1]),
    termed: words <= 8 && isTermed(ctx, open),
    termPhrase: !colon && isTermPhrase(ctx, open, text, span),
  };
}
