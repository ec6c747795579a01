/**
 * Brands and names of vehicles, ships, watches and restaurants read as people: a name no list
 * knows right after such a noun in construct (سيارة بوغاتي، ساعة تاج هوير، مطعم ذا جام) or after
 * a ship noun with the article (السفينة كيمرود وينج) names the thing. Unlike the product heads of
 * people-products.ts, a person may own these (سيارة زياد، ساعة محمد), so a name a list knows as a
 * person's stays one.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { words, type BoundsContext } from './people-context';
import { OPENING_MARKS } from './people-institutions';
import { procliticSplits } from './tokenize';

/** Nouns whose unlisted complement in construct is a brand or a model, not an owner. */
const VEHICLE_HEADS = words(`
  سيارة سيارات سيارته ساعة ساعات طائرة طائرات مروحية مروحيات دراجة دراجات يخت حقيبة حقائب
  عطر عطور مطعم مطاعم مقهى سفينة سفن ناقلة باخرة قارب زورق
`);
/** Ship nouns after which, with the article, the ship's name stands in apposition (السفينة كيمرود). */
const SHIP_HEADS = words('سفينة ناقلة باخرة يخت بارجة فرقاطة غواصة');

/** Classes that make a word a person's name: the curated lists and the corpora's persons. */
const PERSON_CLASS = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;

/** Whether a word, clitics off, is a vehicle head in construct or a ship head with the article. */
function isVehicleHead(word: string): boolean {
  return procliticSplits(word).some((s) => (s.article ? SHIP_HEADS.has(s.stem) : VEHICLE_HEADS.has(s.stem)));
}

/**
 * Whether the span [ts, te) names a brand, a vehicle or a restaurant: a vehicle head stands right
 * before it (an opening quotation mark between allowed) and no word of it is a known name.
 * @example namesVehicle(ctx of 'قاد سيارة بوغاتي سريعة', 2, 3) → true
 */
export function namesVehicle(ctx: BoundsContext, ts: number, te: number): boolean {
  const { tokens } = ctx;
  let j = ts - 1;
  if (OPENING_MARKS.has(tokens[j]?.text ?? '')) j--;
  const before = tokens[j];
  if (before?.kind !== 'word' || !isVehicleHead(before.text)) return false;
  for (let k = ts; k < te; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && ctx.classOf(foldArabic(t.text)) & PERSON_CLASS) return false;
  }
  return true;
}
