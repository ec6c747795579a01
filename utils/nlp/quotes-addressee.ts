/**
 * The one a speaker talks to, written with ل between a speech verb and its subject or right after
 * the subject: وقالت لرويترز، وقال قائد قوات محلية لرويترز عبر الهاتف، صرح لوكالة الأنباء
 * الألمانية. News text names the agency or outlet it was told through; that outlet is not who speaks.
 */
import type { QuoteContext } from './quotes-context';

/** News agencies that news text names without a noun before them (folded): رويترز، فرانس برس … */
const AGENCIES = new Set(['رويترز', 'فرانس', 'اسوشيتد', 'اسوشييتد', 'اسوشتيد', 'بلومبرغ', 'بلومبيرغ', 'بلومبرج']);

/**
 * Whether a folded word is ل with a news agency (لرويترز، لفرانس برس): the one spoken to.
 * @example isToAgency('لرويترز') → true
 * @example isToAgency('لبنى') → false
 */
export function isToAgency(f: string): boolean {
  return f.startsWith('ل') && AGENCIES.has(f.slice(1));
}

/** Nouns of the news media a speaker talks to (folded): وكالة، صحيفة، تلفزيون، وسائل (إعلام) … */
const MEDIA = new Set(['وكالة', 'وكالات', 'صحيفة', 'صحيفه', 'صحف', 'جريدة', 'مجلة', 'قناة', 'قناه', 'فضائية', 'تلفزيون',
  'التلفزيون', 'اذاعة', 'اذاعه', 'موقع', 'شبكة', 'محطة', 'برنامج', 'وسائل', 'وسيلة', 'مراسل', 'مراسلي', 'مراسلة', 'صحفيين', 'صحافيين']);

/**
 * Whether a folded word, with or without the article, is a noun of the news media (صحيفة،
 * التلفزيون، وكالة): an outlet, which asks or is told, and does not speak.
 * @example isMediaNoun('القناة') → true
 */
export function isMediaNoun(f: string): boolean {
  return MEDIA.has(f) || (f.startsWith('ال') && MEDIA.has(f.slice(2)));
}

/**
 * Words that may go on an outlet's name: the rest of an agency's (فرانس برس), definite words
 * (الأنباء الألمانية), إعلام, and adjectives of origin (وسائل إعلام محلية ودولية).
 */
const continuesOutlet = (f: string): boolean => f === 'برس' || f.startsWith('ال') || AGENCIES.has(f) || /^و?[اإ]?علام$/.test(f) || /^و?\S{2,}(?:ية|يين)$/.test(f);

/** Longest outlet name skipped after its noun (لوكالة الأنباء السعودية الرسمية). */
const OUTLET_WORDS = 4;

/**
 * The token after the outlet a speech verb's words were told to, when token a starts one
 * (لرويترز، لوكالة الأنباء الألمانية، لتلفزيون رويترز); a when it does not.
 * @example addresseeEnd(ctx, a, limit) for 'وقال لرويترز مسؤول كبير' with a on لرويترز → the index of مسؤول
 */
export function addresseeEnd(ctx: QuoteContext, a: number, limit: number): number {
  const f = ctx.f(a);
  if (ctx.tokens[a]?.kind !== 'word' || !f.startsWith('ل') || f.startsWith('لل')) return a;
  if (!isToAgency(f) && !MEDIA.has(f.slice(1))) return a;
  let b = a + 1;
  while (b < limit && b - a <= OUTLET_WORDS && !ctx.breakBefore[b] && ctx.tokens[b]?.kind === 'word' && continuesOutlet(ctx.f(b))) b++;
  return b;
}

/** Circumstantial participles whose object is the one addressed (folded): مخاطبًا، مناشدًا، ممازحًا … */
const ADDRESSING = new Set(['مخاطبا', 'مناشدا', 'مطالبا', 'محذرا', 'مهنئا', 'معاتبا', 'منبها', 'مذكرا', 'مبلغا', 'ممازحا',
  'موجها', 'مداعبا', 'مستحثا', 'متوعدا', 'مهددا', 'مناديا', 'متوجها']);

/**
 * Whether a folded participle after a speech verb takes the one addressed as its object
 * (وأضاف مخاطبًا حبري، وهو يردد ممازحًا جمهوره): the name after it is spoken to, not speaking.
 * @example isAddressing('مخاطبا') → true
 * @example isAddressing('مبتسما') → false
 */
export function isAddressing(f: string): boolean {
  return ADDRESSING.has(f);
}
