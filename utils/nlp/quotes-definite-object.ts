/**
 * Where a definite subject after a speech verb ends because a definite object starts: وفسر المدرب
 * الخسارة بـ…، اتهمت النقابة الإدارة بـ…، يلفت الكتاب الانتباه. After a word with the article, a
 * second word with the article can only be an adjective agreeing with it (الأمم المتحدة، الأمين
 * العام، الهيئة العامة، المستثمرون الأجانب) or a name in apposition (ولي العهد الأمير، الفلكي
 * الزعاق); a construct-state genitive follows a head without the article (وزارة الخارجية), never
 * one with it. So a definite word with none of the shapes of an adjective, no name or title, is
 * the verb's object when its form shows it is a noun: a verbal noun (الإدارة، الاتفاق، الترحيب),
 * a feminine noun after a masculine head it cannot agree with (المدرب الخسارة), or a word the
 * lexicon knows as a common noun (الكتاب الانتباه).
 */
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';
import type { QuoteContext } from './quotes-context';
import { NAME_OR_TITLE } from './quotes-object-construct';

/** A word with the article only (not و/ف/ب/ل before it: الطبقة الاجتماعية ومستوى … goes on). */
const DEFINITE = /^ال[\u0621-\u064A]{3,}$/;
/** The head: a definite word, also after و/ف. */
const DEFINITE_HEAD = /^[وف]?ال[\u0621-\u064A]{2,}$/;

/**
 * Adjective shapes after the article (folded: أ/إ/آ → ا, ى → ي): a nisba (الأمريكي، الرسمية،
 * الغربيين); a participle with م (المتحدة، المعالج، المكلف); an elative أفعل or a word ending
 * in ا (الأعلى، الأكبر، العليا); فاعل (السابق، الحاكم، العامة، الثالث); فعيل (الكبير، الجديدة،
 * الشريفين); فعلان (الغضبان); الآخر; a broken plural أفعال or أفاعل (الأكراد، الأجانب) and الأعضاء in
 * apposition (الدول الأعضاء); the rank الركن (اللواء الركن); الصنع (الإيراني الصنع).
 */
const ADJECTIVE_SHAPES = [
  /(?:ي|ية|يه|يين|يون|يات|يتين|يان)$/,
  /^الم/,
  /^الا[\u0621-\u064A]{3}$/,
  /ا$/,
  /^ال[\u0621-\u064A]ا[\u0621-\u064A]{1,2}(?:ة|ه|ان|ين|ون|ات)?$/,
  /^ال[\u0621-\u064A]{2}ي[\u0621-\u064A](?:ة|ه|ان|ين|ون|ات)?$/,
  /ان$/,
  /^الاخر/,
  /^الا[\u0621-\u064A]{2}ا[\u0621-\u064A]$/,
  /^الا[\u0621-\u064A]ا[\u0621-\u064A]{2}$/,
  /^الاعضاء$/,
  /^الركن$/,
  /^الصنع$/,
];

/**
 * Verbal nouns, never adjectives nor family names (raw text, the hamza read): إفعالة (الإدارة)، إفعال
 * (الإعلان)، افتعال/انفعال/استفعال (الاتفاق، الانسحاب، الاستقبال)، تفعيل (الترحيب، التحقيق; not التقنية).
 */
const VERBAL_NOUN = [/^الإ[\u0621-\u064A]ا[\u0621-\u064A]ة$/, /^الإ[\u0621-\u064A]{2}ا[\u0621-\u064A]$/, /^الا[\u0621-\u064A]{3,4}ا[\u0621-\u064A]$/, /^الت[\u0621-\u064A]{2}ي[\u0621-\u0628\u062A-\u064A]$/];

/** Whether the folded definite word has the shape of an adjective or an ordinal. */
const isAdjectiveShaped = (f: string): boolean => ADJECTIVE_SHAPES.some((re) => re.test(f));

/** A feminine or plural head an ة adjective agrees with (الشركة، البيانات). */
const FEMININE_HEAD = /(?:ة|ه|ات)$/;

/**
 * Whether token b, the subject so far being tokens [a, b) and ending in a definite word, starts
 * a definite object of the verb.
 * @example for 'وفسر المدرب الخسارة بسوء الحظ' with b on الخسارة → true
 * @example for 'وقالت الأمم المتحدة' with b on المتحدة → false
 * @example for 'وقال ولي العهد الأمير' with b on الأمير → false
 */
export function startsDefiniteObject(ctx: QuoteContext, a: number, b: number): boolean {
  if (b <= a || ctx.tokens[b]?.kind !== 'word' || ctx.tokens[b - 1]?.kind !== 'word') return false;
  const f = ctx.f(b);
  const raw = ctx.tokens[b]?.text ?? '';
  const head = ctx.f(b - 1);
  // (أليكسيس: a foreign name with أل is no article)
  if (!raw.startsWith('ال') || !DEFINITE.test(f) || !DEFINITE_HEAD.test(head)) return false;
  const model = loadNerModel();
  const bits = model.classOf(f) | model.classOf(f.slice(2));
  if ((bits & (NAME_OR_TITLE | LEX.MODIFIER)) !== 0) return false;
  if (VERBAL_NOUN.some((re) => re.test(raw.replace(/[\u064B-\u0652\u0640]/g, '')))) return true;
  if (isAdjectiveShaped(f)) return false;
  // (المدرب الخسارة: a feminine word cannot agree with a masculine singular head)
  if (/ة$/.test(f)) return !FEMININE_HEAD.test(head);
  return (bits & LEX.COMMON) !== 0;
}
