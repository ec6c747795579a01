/**
 * An event, programme, initiative, fund, journal or place named in marks where the sentence
 * speaks of being in it, from it or about it (الزميل في «مبادرة الحد من التسلح»، إطلاق فعاليات
 * «البرنامج الصيفي 2015»، المساهمة في «وقف زاد الخير»): the words open with the noun that heads a
 * name and hold no clause, so they are a name, not words said.
 */
import { foldArabic } from './normalize';
import type { QuoteContext } from './quotes-context';

/** Nouns that head the name of an event, programme, body, publication or place (folded, without ال). */
const HEADS = new Set(['مبادرة', 'برنامج', 'مشروع', 'حملة', 'قمة', 'مؤتمر', 'مهرجان', 'جائزة', 'مسابقة', 'وقف', 'صندوق',
  'منتدي', 'ملتقي', 'ندوة', 'ورشة', 'معرض', 'دورية', 'مجلة', 'نزل', 'منتجع', 'فندق', 'مطعم', 'معهد', 'دوري', 'كاس',
  'بطولة', 'مبادرات', 'برامج']);
// (not عملية، يوم: قُتلوا في «عملية إرهابية جبانة»، في «يوم أسود» are as often words said)
/** Words right before the marks that put a name there: being in it, from it, about it, its events. */
const BEFORE = new Set(['في', 'من', 'عن', 'ضمن', 'لدي', 'فعاليات', 'انطلاق', 'اطلاق', 'اطار', 'باطار', 'نسخة', 'دورة']);
/** Most words a name of this kind runs to. */
const MAX_WORDS = 7;

/**
 * True when the pair whose opening mark is token `open`, holding text[a, b), is a named event,
 * programme, body or place after a word that puts a name there.
 * @example isNamedThing(ctx, i, t, a, b) for 'الزميل في «مبادرة الحد من التسلح»' → true
 * @example isNamedThing(ctx, i, t, a, b) for 'أشار إلى «عملية إرهابية تم تلافيها»' → false
 */
export function isNamedThing(ctx: QuoteContext, open: number, text: string, a: number, b: number): boolean {
  if (open === 0 || ctx.breakBefore[open] || !BEFORE.has(ctx.f(open - 1))) return false;
  const inner = text.slice(a, b);
  // (a clause or a list of sentences is words said: في «مشروع ضخم، وسننجزه قبل العام المقبل»)
  if (/[.،,:؛!؟?]/.test(inner.replace(/[.!؟?]+\s*$/, ''))) return false;
  const words = foldArabic(inner).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const first = words[0] as string;
  return HEADS.has(first.replace(/^(?:ال)/, '')) || HEADS.has(first.replace(/^و(?:ال)?/, ''));
}
