/**
 * The religious conventions of Arabic reporting: the eulogy after a name (رضي الله عنه، رحمه الله),
 * and how a subject names God (قال تعالى) or the Prophet (قال عليه الصلاة والسلام، قال رسول الله).
 */
import type { QuoteContext } from './quotes-context';
import { BLESSING_HEADS } from './name-words';

/** Whether a eulogy (رضي الله عنه، رحمه الله، طيب الله ثراه) starts at token i: the name ends before it. */
export const isEulogyAt = (ctx: QuoteContext, i: number): boolean => BLESSING_HEADS.has(ctx.f(i)) && ctx.f(i + 1) === 'الله';

/** Phrases that stand for God after a speech verb (folded). */
export const DIVINE = new Set(['تعالي', 'سبحانه', 'سبحانه وتعالي', 'عز وجل', 'جل وعلا', 'الله تعالي', 'الله عز وجل', 'الله سبحانه وتعالي', 'الحق تبارك وتعالي']);
/** The eulogies of the Prophet (folded). */
export const PROPHET_EULOGIES = ['صلي الله عليه وسلم', 'عليه الصلاة والسلام'];
/** Eulogies that stand for the Prophet after a speech verb (folded). */
export const PROPHETIC = new Set(['الصلاة والسلام', ...PROPHET_EULOGIES]);

/** Ways a subject names the Prophet (folded, eulogy after it dropped): النبي، الرسول الكريم، نبينا الكريم … */
export const PROPHET_TITLES = new Set(['النبي', 'الرسول', 'رسول الله', 'نبينا', 'رسولنا', 'المصطفي', 'النبي الكريم', 'الرسول الكريم',
  'نبينا الكريم', 'رسولنا الكريم', 'الحبيب المصطفي']);
/** A eulogy after the Prophet's title (folded). */
export const EULOGY_TAIL = new RegExp(` (?:${PROPHET_EULOGIES.join('|')})$`);
const PROPHET_NAMES = /(?<![\p{L}\p{M}])(?:[وفبل]?)(رسول الله|النبي|الرسول)(?![\p{L}\p{M}])/gu;
const MESSENGER_OF_GOD = /(?<![\p{L}\p{M}])[وفبل]?رسول الله(?![\p{L}\p{M}])/u;

/**
 * How the text names the Prophet: رسول الله, its fullest form, if it is written anywhere (a
 * speaker is named in the fullest form the article gives); else النبي / الرسول as the subject
 * (first word `head`, folded) has it, or as the text last had it before `at`, النبي if neither.
 */
export function prophetNamed(text: string, at: number, head: string): string {
  if (MESSENGER_OF_GOD.test(text)) return 'رسول الله';
  if (head === 'النبي' || head === 'الرسول') return head;
  let name = 'النبي';
  for (const m of text.slice(Math.max(0, at - 4000), at).matchAll(PROPHET_NAMES)) name = m[1] as string;
  return name;
}
