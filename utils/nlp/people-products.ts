/**
 * When a tagged person span names a product, a model, a listed share or a virus: the word before
 * it, or its own first word, is a noun such names complement (أجهزة آيفون، هواتف سامسونغ، جهاز
 * أوكيلوس ريفت، سهم فريسنيلو، نظام التشغيل أندرويد، فيروس كورونا). After a noun a person may also
 * own (سيارة بوغاتي، ساعة تاج هوير، السفينة كيمرود وينج) only a name no list knows as a person's is a
 * brand (سيارة زياد stays a person's car). people-bounds.ts asks this before it keeps a name; the
 * words of such a name are then no person's anywhere on the page.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { words, type BoundsContext } from './people-context';
import { OPENING_MARKS } from './people-quoted-title';
import { NAME_CLASS } from './people-not-names';
import { NASAB } from './name-words';
import { procliticSplits } from './tokenize';

/**
 * Nouns whose complement in construct is a device, a model, an application, a share or a virus,
 * a hormone, an enzyme or a publication (مجلة شارلي إيبدو), not a person: a person's device is said otherwise (هاتفه، جهاز الضحية). Not سيارة، ساعة, which
 * a person may own in construct (سيارة محمد: OWNABLE_HEADS), nor جوال, which gives a person's number (جوال محمد البكيري).
 */
const PRODUCT_HEADS = words(`
  جهاز أجهزة جهازي هاتف هواتف كاميرا كاميرات طراز طرازات موديل سهم أسهم تطبيق تطبيقات
  متصفح منصة ماركة علامة فيروس فيروسات إصدار إصدارات هرمون هرمونات إنزيم إنزيمات
  مجلة مجلات صحيفة صحف جريدة جرائد
`);

/**
 * Nouns a person may own in construct (سيارة محمد), whose complement is a brand or a model when no
 * list knows it as a person's name: vehicles, watches, bags, perfumes, restaurants.
 */
const OWNABLE_HEADS = words(`
  سيارة سيارات سيارته ساعة ساعات طائرة طائرات مروحية مروحيات دراجة دراجات يخت حقيبة حقائب
  عطر عطور مطعم مطاعم مقهى سفينة سفن ناقلة باخرة قارب زورق
`);
/**
 * Nouns of sites and landmarks whose complement in construct is the site's own name when no list
 * knows it as a person's (محطة تشارينغ كروس، مبنى إمباير ستايت، معبد أولواتو، شاطئ القنطاوي); a site
 * named after a person (ساحة محمد الخامس) keeps its person. Not the institutions of
 * people-institutions.ts (جامعة، مسجد), which are often named after a person.
 */
const LANDMARK_HEADS = words(`
  محطة محطات مبنى معبد منتجع شاطئ شواطئ سهل ساحة كنيسة كاتدرائية قلعة بحيرة نهر وادي سوق
  صحراء مضيق خليج هضبة منجم
`);
/** Ship nouns after which, with the article, the ship's name stands in apposition (السفينة كيمرود). */
const SHIP_HEADS = words('سفينة ناقلة باخرة يخت بارجة فرقاطة غواصة');

/** Heads of two words (نظام التشغيل أندرويد). */
const TWO_WORD_HEADS = [['نظام', 'التشغيل'], ['انظمة', 'التشغيل']];

/** Whether a word, clitics off and without the article, is a product head (وأجهزة، بهواتف، لجهاز). */
function isProductHead(word: string): boolean {
  return procliticSplits(word).some((s) => !s.article && PRODUCT_HEADS.has(s.stem));
}

/** Whether a word, clitics off, is an ownable or landmark head in construct or a ship head with the article (سيارة، بمحطة، السفينة). */
function isOwnableHead(word: string): boolean {
  return procliticSplits(word).some((s) => (s.article ? SHIP_HEADS.has(s.stem) : OWNABLE_HEADS.has(s.stem) || LANDMARK_HEADS.has(s.stem)));
}

/** Whether no word of the span [ts, te) is one a list knows as a person's name, nor a nasab (بن، بنت). */
function namesNoKnownPerson(ctx: BoundsContext, ts: number, te: number): boolean {
  for (let k = ts; k < te; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') continue;
    const f = foldArabic(t.text);
    if (ctx.classOf(f) & NAME_CLASS || NASAB.has(f)) return false;
  }
  return true;
}

/**
 * Whether the span [ts, te) names a product: a product head stands right before it (an opening
 * quotation mark or parenthesis between allowed: كاميرات “هيرو4″، بمجلة (شارلي إيبدو)), or opens it (هواتف سامسونغ، هرمون الحليب), or is
 * the whole span (هرمون); or an ownable or landmark head stands right before a span, or opens it,
 * whose name no list knows as a person's (سيارة بوغاتي، شاطئ القنطاوي).
 * @example namesProduct(ctx of 'على أجهزة آيفون و آيباد', 2, 3) → true
 * @example namesProduct(ctx of 'قاد سيارة بوغاتي سريعة', 2, 3) → true
 */
export function namesProduct(ctx: BoundsContext, ts: number, te: number): boolean {
  const { tokens } = ctx;
  // هرمون الحليب, and the head alone where the tagger took it for the name (هرمون).
  const first = tokens[ts];
  if (first?.kind === 'word' && isProductHead(first.text)) return true;
  // شاطئ القنطاوي: an ownable or landmark head that opens the span, before a name no list knows.
  if (te - ts > 1 && first?.kind === 'word' && !(ctx.classOf(foldArabic(first.text)) & NAME_CLASS) && isOwnableHead(first.text) && namesNoKnownPerson(ctx, ts + 1, te)) return true;
  let j = ts - 1;
  const mark = tokens[j]?.text ?? '';
  if (OPENING_MARKS.has(mark) || mark === '(') j--;
  const before = tokens[j];
  if (before?.kind !== 'word') return false;
  if (isProductHead(before.text)) return true;
  const b = foldArabic(before.text), bb = tokens[j - 1];
  if (bb?.kind === 'word' && TWO_WORD_HEADS.some(([h, t]) => t === b && procliticSplits(bb.text).some((s) => !s.article && s.stem === h))) return true;
  return isOwnableHead(before.text) && namesNoKnownPerson(ctx, ts, te);
}

/**
 * The folded words of a name a naming cue showed to be no person's (a product, a group), to drop
 * it page-wide; none when a list knows a word as a person's name or surname, which may name its
 * bearer elsewhere on the page (جماعة الأسد … بإزالة الأسد).
 */
export function notPersonWords(ctx: BoundsContext, ts: number, te: number): string[] {
  const out: string[] = [];
  for (let k = ts; k < te; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || isProductHead(t.text)) continue;
    const f = foldArabic(t.text);
    if (ctx.classOf(f) & (LEX.PERSON | LEX.SURNAME)) return [];
    out.push(f);
  }
  return out;
}
