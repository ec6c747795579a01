/**
 * A quotation that a eulogy of the Prophet introduces before its colon (مثل قوله صلى الله عليه
 * وسلم: «…»، متمثلين هدي الرسول صلى الله عليه وسلم: "…"): the Prophet's words.
 */
import type { QuoteContext } from './quotes-context';
import { PROPHET_EULOGIES, PROPHET_TITLES, prophetNamed } from './quotes-religious';
import { speechWord } from './quotes-speech';
import type { Speaker } from './quotes-speaker';
import type { Token } from './tokenize';

/** The eulogies of the Prophet, folded, word by word. */
const EULOGIES = PROPHET_EULOGIES.map((e) => e.split(' '));

/**
 * The Prophet, when the words before the colon at token `colon` are a eulogy of his after his
 * title (الرسول، النبي …) or after a speech noun (قوله); null otherwise.
 * @example prophetBeforeColon(ctx, colon) for 'مثل قوله صلى الله عليه وسلم: "…"' → { speaker: 'النبي', … }
 */
export function prophetBeforeColon(ctx: QuoteContext, colon: number): Speaker | null {
  if (ctx.f(colon) !== ':') return null;
  for (const eulogy of EULOGIES) {
    const a = colon - eulogy.length;
    if (a < 1 || !eulogy.every((w, k) => ctx.f(a + k) === w && !ctx.breakBefore[a + k])) continue;
    const head = ctx.f(a - 1);
    const title = PROPHET_TITLES.has(head) ? head : PROPHET_TITLES.has(`${ctx.f(a - 2)} ${head}`) ? ctx.f(a - 2) : null;
    if (title === null && speechWord(head)?.kind !== 'noun') return null;
    const start = (ctx.tokens[title === head || title === null ? a - 1 : a - 2] as Token).start;
    return { speaker: prophetNamed(ctx.text, start, title ?? ''), entity: null, start, end: (ctx.tokens[colon - 1] as Token).end };
  }
  return null;
}
