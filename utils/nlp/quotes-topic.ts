/**
 * The topic of أما as the subject of a speech verb with ف further on in its sentence (أما
 * بيرنهارد كوفاتش الشريك المؤسس للمبادرة فقال "…"، أما رئيس الرابطة نمير عبد الحسين، وهو أحد
 * من شملهم الاعتقال، فقال: «…»): however long the topic and whatever stands between, the ف
 * answers أما and the verb is said by the topic. A topic with a preposition (أما عن الشعر، فقال)
 * is what is talked about, not who talks: no subject here.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { speechWord } from './quotes-speech';
import { subjectAfter } from './quotes-subject';

/** أما with or without و (folded). */
const AMMA = new Set(['اما', 'واما']);
/** Particles with ف that answer أما before the verb (فقد قال، فإنه يقول). */
const ANSWERS = new Set(['فقد', 'فانه', 'فانها']);
/** Words that make the topic what is talked about (أما بالنسبة للاقتصاد، أما بخصوص …), folded. */
const ABOUT = new Set(['بالنسبة', 'بخصوص', 'بشان', 'فيما', 'حول']);
/** Tokens looked back over from the verb for أما. */
const TOPIC_REACH = 40;

/**
 * The token range of the topic that أما opens, when the speech verb at `verb` answers it with ف
 * (فقال، فأوضحت، فقد قال) and no other verb or answer comes between them; else null.
 * @example ammaTopic(ctx, k) for k on فقال in 'أما فلان الفلاني المدير العام للشركة فقال «…»' → the range of فلان الفلاني المدير العام
 * @example ammaTopic(ctx, k) for k on فقال in 'أما عن الشعر، فقال: «…»' → null
 */
export function ammaTopic(ctx: QuoteContext, verb: number): [number, number] | null {
  const f = ctx.f(verb);
  const answered = ANSWERS.has(ctx.f(verb - 1)) ? verb - 1 : f.startsWith('ف') ? verb : -1;
  if (answered < 0) return null;
  for (let k = answered - 1; k >= 0 && answered - k <= TOPIC_REACH && !ctx.breakBefore[k + 1]; k--) {
    // (a quotation on the way belongs to the sentence)
    const open = ctx.pairStart.get(k);
    if (open !== undefined && open < k) { k = open; continue; }
    const w = ctx.f(k);
    if (isSentenceEnd(ctx, k)) return null;
    if (AMMA.has(w)) return ABOUT.has(ctx.f(k + 1)) ? null : subjectAfter(ctx, k + 1, answered, true);
    // Another verb or ف-answer between them: the verb answers something else.
    if (k < answered - 1 && (speechWord(w)?.kind === 'verb' || ANSWERS.has(w))) return null;
  }
  return null;
}
