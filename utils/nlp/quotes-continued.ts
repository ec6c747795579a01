/**
 * A speech verb that goes on with what was being said (وأضاف، وتابعت، مضيفًا), and the speaker a
 * described continuation (وأضاف الخبير) goes on with.
 */
import { foldArabic } from './normalize';
import type { QuoteContext } from './quotes-context';
import { isRoleWord } from './quotes-roles';
import type { Speaker } from './quotes-speaker';
import type { SpeechWord } from './quotes-speech';
import type { Token } from './tokenize';

/** Speech verbs that go on with what was being said (folded, without و/ف): أضاف، تابع، مضيفًا … */
const CONTINUING = new Set(['اضاف', 'اضافت', 'يضيف', 'تضيف', 'مضيفا', 'مضيفة', 'تابع', 'تابعت', 'يتابع', 'تتابع', 'اردف',
  'اردفت', 'يردف', 'تردف', 'استطرد', 'استطردت', 'يستطرد', 'تستطرد', 'استدرك', 'استدركت', 'زاد', 'زادت', 'اكمل', 'اكملت']);
/** Whether the folded word goes on with what was being said (وأضاف، وتابعت، مضيفًا). */
export const isContinuing = (f: string): boolean => CONTINUING.has(f) || (/^[وف]/.test(f) && CONTINUING.has(f.slice(1)));

/** How far back (characters) the speaker a described continuation (وأضاف الخبير) goes on from may be. */
const CONTINUED_REACH = 1200;

/**
 * وأضاف الخبير، وتابع هداف الدوري: a continuing verb whose subject only describes someone, with
 * the article, and links to nobody, goes on with the speaker just read (قال تيد بيكون، الاختصاصي
 * في شؤون كوبا …. وأضاف الخبير أن «…»): the article varies how it names them. Null when the
 * verb does not continue, the subject names someone or is new (وأضاف مسؤول آخر), the verb's
 * gender is not the last speaker's, or no speaker is near.
 */
export function continuedSpeaker(ctx: QuoteContext, verb: number, s: Speaker, last: Speaker | null, agrees: SpeechWord['agrees'], lastAgrees: SpeechWord['agrees']): Speaker | null {
  if (s.entity || !last?.entity || !isContinuing(ctx.f(verb))) return null;
  const start = (ctx.tokens[verb] as Token).start;
  if (last.end > start || start - last.end > CONTINUED_REACH) return null;
  const words = s.speaker.split(' ').map(foldArabic);
  // The article on its head or, in a construct, on the word it governs (هداف الدوري) — but not an
  // office (وأضاف وزير الخارجية: a role of its own, likely someone new).
  const head = words[0] as string;
  const definite = head.startsWith('ال') || (words.length > 1 && !isRoleWord(head) && (words[1] as string).startsWith('ال'));
  // وتضيف الخبيرة after a man: a verb of the other gender goes on with someone new.
  if ((agrees === 'm' || agrees === 'f') && (lastAgrees === 'm' || lastAgrees === 'f') && agrees !== lastAgrees) return null;
  return definite ? { ...last, start: s.start, end: s.end } : null;
}
