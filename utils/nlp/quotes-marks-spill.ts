/**
 * A quotation that runs on into the next paragraph without reopening its mark: the page breaks
 * the speaker's words in two and closes them once, in the next paragraph (وقال: «… المركزي.\n وقد
 * شارك ثلاثة فرق إسعافية …»). The first mark of the next paragraph can then only close, and has
 * nothing open in its own paragraph to close. Unless that paragraph opens with a speech verb of its
 * own (وأوضح الوزير أن …»): then it reports new words, whose opening mark the page dropped.
 */
import { foldArabic } from './normalize';
import { canClose, canOpen, isSpace, type Paragraph } from './quotes-mark-chars';
import { speechWord } from './quotes-speech';

/** True when the paragraph holds nothing but spaces. */
function isBlank(text: string, p: Paragraph): boolean {
  for (let i = p.start; i < p.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The mark (of the family whose marks by paragraph are `marks`) that closes the quotation left
 * open at the end of paragraph `k`, in the next paragraph with text, or -1: that paragraph's first
 * mark of the family when it is shaped to close and not to open.
 * @example spillCloser('قال: «نعم.\nوسنواصل»، ثم', paragraphs, marks, 0) → 17 (the »)
 */
export function spillCloser(text: string, paragraphs: Paragraph[], marks: Map<number, number[]>, k: number): number {
  let j = k + 1;
  while (j < paragraphs.length && isBlank(text, paragraphs[j] as Paragraph)) j++;
  const first = marks.get(j)?.[0];
  if (first === undefined || !canClose(text, first) || canOpen(text, first)) return -1;
  const p = paragraphs[j] as Paragraph;
  const lead = /[\p{L}\p{M}]+/u.exec(text.slice(p.start, Math.min(p.end, p.start + 40)));
  const verb = lead ? speechWord(foldArabic(lead[0])) : undefined;
  return verb && verb.kind !== 'noun' && verb.kind !== 'source' ? -1 : first;
}
