/**
 * A verb of going or concluding with "to saying" after it is a speech verb: يذهب الفراهيدي إلى
 * القول: «…»، وخلص أمير المنطقة إلى القول «…»، ويخلص الكاتب في مقدمة كتابه إلى القول إن «…»،
 * وينتقلون إلى القول بأنه «…». Alone these verbs are "went", "ended", "moved"; إلى القول makes
 * them the words' introduction, their subject the speaker.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import type { SpeechWord } from './quotes-speech';

/** The forms of ذهب، خلص، انتهى، انتقل (folded) and how each agrees. */
const FORMS = new Map<string, NonNullable<SpeechWord['agrees']>>();
for (const [past, present] of [['ذهب', 'ذهب'], ['خلص', 'خلص'], ['انتهي', 'نتهي'], ['انتقل', 'نتقل']] as const) {
  const pastStem = past.endsWith('ي') ? past.slice(0, -1) : past;
  for (const [form, agrees] of [[past, 'm'], [`${pastStem}ت`, 'f'], [`${pastStem}وا`, 'p'], [`ي${present}`, 'm'], [`ت${present}`, 'f'],
    [`ي${present.endsWith('ي') ? present.slice(0, -1) : present}ون`, 'p']] as const) FORMS.set(form, agrees);
}

/** Tokens after the verb within which إلى القول must come (a subject and a phrase between). */
const SAYING_REACH = 12;

/**
 * The speech reading of token i when it is such a verb and إلى القول follows in its sentence; undefined otherwise.
 * @example toSayingAt(ctx, i) for 'وخلص أمير منطقة حائل إلى القول «…»' (i on وخلص) → { kind: 'verb', strong: true, agrees: 'm' }
 */
export function toSayingAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  const f = ctx.f(i);
  const agrees = FORMS.get(f) ?? (/^[وف]/.test(f) ? FORMS.get(f.slice(1)) : undefined);
  if (!agrees) return undefined;
  for (let k = i + 1; k < ctx.tokens.length && k <= i + SAYING_REACH && !isSentenceEnd(ctx, k); k++) {
    if (ctx.f(k) === 'الي' && ctx.f(k + 1) === 'القول') return { kind: 'verb', strong: true, agrees };
  }
  return undefined;
}
