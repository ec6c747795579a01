/**
 * Asides that news text writes between a speech verb and what is said, or right after the one
 * who says it, and that are no part of a speaker phrase: how the words were said (قال بصوت
 * منخفض، أجاب بلهجة آمرة، قالت بغيظ) and the wish not to be named (مصدر حكومي طلب عدم الكشف
 * عن اسمه، تحدث بشرط عدم الكشف عن هويته). A subject ends where one starts, and a verb followed
 * straight by one has no subject written after it.
 */
import type { QuoteContext } from './quotes-context';

/**
 * Nouns that, after بـ, say how something was said (folded): voice, tone, manner, feeling.
 * Not a name: a person entity never starts with these words.
 */
const MANNER = new Set(['صوت', 'لهجة', 'لهجت', 'نبرة', 'نبرت', 'لغة', 'طريقة', 'طريقت', 'اسلوب', 'غيظ', 'غضب', 'خبث',
  'حنين', 'سخرية', 'تهكم', 'حماسة', 'اندفاع', 'ابتسامة', 'بساطة', 'اختصار', 'دهشة', 'استغراب', 'تحد', 'تحدي',
  'عفوية', 'حسم', 'انفعال', 'حرقة', 'ألم', 'الم', 'همس', 'خجل', 'لفظ', 'نفس',
  // …and the measure of a feeling (قالت بكثير من الحماس، بشيء من المرارة، بنوع من السخرية).
  'كثير', 'شيء', 'قليل', 'نوع']);

/** Possessive endings a manner noun may carry (بلهجته، بصوتها، بنفسه). */
const POSSESSIVE = /(?:ه|ها|هم|هما|ي|ك)$/;

/**
 * Whether a folded word is بـ with a noun of manner (بصوت، بلهجة آمرة، بغيظ، بنفسه) or بلا (بلا
 * حماس): it says how the words were said, not who said them.
 * @example isMannerWord('بلهجة') → true
 * @example isMannerWord('بوتين') → false
 */
export function isMannerWord(f: string): boolean {
  if (!f.startsWith('ب') || f.length < 3) return false;
  if (f === 'بلا') return true;
  const rest = f.slice(1);
  return MANNER.has(rest) || (POSSESSIVE.test(rest) && (MANNER.has(rest.replace(POSSESSIVE, '')) || MANNER.has(rest.replace(POSSESSIVE, '').replace(/ت$/, 'ة'))));
}

/** Verbs of asking or refusing that open the wish not to be named (طلب، رفض، فضّل، اشترط), folded. */
const UNNAMED_VERBS = new Set(['طلب', 'طلبت', 'طالبا', 'رفض', 'رفضت', 'رافضا', 'رافضة', 'فضل', 'فضلت', 'مفضلا', 'مفضلة',
  'اشترط', 'اشترطت', 'مشترطا', 'مشترطة', 'بشرط', 'شريطة', 'شرط']);
/** What such a verb asks or refuses: not being named (عدم، الكشف، ذكر، نشر …), folded. */
const UNNAMED_OBJECTS = new Set(['عدم', 'الكشف', 'كشف', 'ذكر', 'نشر', 'الافصاح', 'الاشارة', 'تسميته', 'تسميتها', 'ذكره', 'ذكرها']);

/**
 * Whether token k opens the wish not to be named (طلب عدم الكشف عن اسمه، بشرط عدم ذكر اسمه،
 * رفض الكشف عن هويته): the source it follows is unnamed on purpose, and the clause is not part of it.
 * @example isUnnamedAside(ctx, k) for k on طلب in 'وقال مصدر حكومي طلب عدم الكشف عن اسمه' → true
 */
export function isUnnamedAside(ctx: QuoteContext, k: number): boolean {
  const f = ctx.f(k);
  // (…and after و: وقال أحد المسؤولين ورفض نشر اسمه)
  return (UNNAMED_VERBS.has(f) || (f.startsWith('و') && UNNAMED_VERBS.has(f.slice(1)))) && UNNAMED_OBJECTS.has(ctx.f(k + 1));
}

/** The name or identity the wish not to be named is about (اسمه، هويتها), folded. */
const WITHHELD = new Set(['اسمه', 'اسمها', 'اسمهم', 'اسمي', 'هويته', 'هويتها', 'هويتهم', 'هويتي']);

/**
 * Whether token k ends the wish not to be named (…طلب عدم نشر اسمه: «…»): there اسمه is what is
 * withheld, not a noun that names the words in marks after it, as in اسمه «…» "his name is …".
 * @example endsUnnamedAside(ctx, k) for k on اسمه in 'قال مصدر طلب عدم نشر اسمه: «…»' → true
 */
export function endsUnnamedAside(ctx: QuoteContext, k: number): boolean {
  if (!WITHHELD.has(ctx.f(k))) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (isUnnamedAside(ctx, j)) return true;
  return false;
}

/** Tokens a parenthetical aside after a speech verb may span, brackets included. */
const PARENTHESIS_REACH = 7;
/** What opens an adverbial phrase (folded): a preposition, or بـ/لـ with the article (باللغة، للمرة). */
const ADVERBIAL = /^(?:[بل]ال|في$|عن$|من$|علي$|مع$|عبر$|خلال$)/;

/**
 * The token after a short parenthesis at token `a` that says how or where something was said,
 * else `a`: وكتب (باللغة الإنجليزية) فلان: the subject comes after it. A parenthesis that opens
 * with anything else may be the subject itself (وقال (أبو محمد):) and is left alone.
 * @example afterParenthesis(ctx, a, limit) for 'وكتب (باللغة الإنجليزية) سامي:' (a on '(') → the token of سامي
 */
export function afterParenthesis(ctx: QuoteContext, a: number, limit: number): number {
  if (ctx.tokens[a]?.text !== '(' || !ADVERBIAL.test(ctx.f(a + 1))) return a;
  for (let k = a + 2; k < Math.min(limit, a + PARENTHESIS_REACH); k++) {
    if (ctx.tokens[k]?.text === ')') return k + 1;
    if (ctx.tokens[k]?.kind !== 'word') return a;
  }
  return a;
}
