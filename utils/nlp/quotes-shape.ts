/**
 * The shape of the words between a pair of marks, which the quotation cues read: whether they
 * open like a clause or call someone, are one or two words shaped like what a speaker says,
 * a list of terms, a name pages often set off in marks; how many words, and whether sentence
 * punctuation occurs inside.
 */
import { foldArabic } from './normalize';
import { isLetter } from './quotes-mark-chars';
import { isNameConnector } from './name-words';
import { isNameNoun } from './quotes-name-nouns';

const INNER_PUNCT = new Set(['.', '،', ',', '؟', '?', '!', ':', '؛', '…']);

/** First words that start a clause, not a name: إن، لقد، نحن، أنا، هل … */
const CLAUSE_START = new Set(['ان', 'انه', 'انها', 'اننا', 'انني', 'انا', 'نحن', 'لقد', 'هل', 'لن', 'لم', 'لا', 'قد', 'كنا', 'كنت',
  'هذا', 'هذه', 'هناك', 'ما', 'لماذا', 'كيف', 'متي', 'اين', 'ليس', 'لسنا', 'لست', 'سوف', 'يجب', 'علينا', 'اذا', 'لو', 'يا']);

/** True when the quoted text reads as an utterance: it opens like a clause or calls someone (يا). */
export function isClauseLike(text: string, a: number, b: number): boolean {
  const head = /^[\p{L}\p{M}]+/u.exec(text.slice(a, Math.min(b, a + 16)));
  if (head && CLAUSE_START.has(foldArabic(head[0]))) return true;
  return / يا /.test(text.slice(a, Math.min(b, a + 200)));
}

/** Names that pages often set off in marks (outlets, platforms, groups): never a speaker's words. */
export const MARKED_NAMES = new Set(['داعش', 'حماس', 'فتح', 'القاعدة', 'النصرة', 'الاخوان', 'تويتر', 'فيسبوك', 'فيس بوك', 'يوتيوب',
  'انستغرام', 'انستجرام', 'سناب شات', 'واتساب', 'واتس اب', 'جوجل', 'غوغل', 'ابل', 'سامسونج', 'ارامكو', 'سابك', 'عكاظ', 'سبق',
  'الوطن', 'الرياض', 'المدينة', 'الجزيرة', 'اليوم', 'الحياة', 'الشرق الاوسط', 'الاقتصادية', 'الوئام', 'العربية', 'الشرق',
  'الاهرام', 'رويترز', 'فرانس برس', 'الفرنسية', 'بي بي سي', 'سي ان ان', 'سكاي نيوز', 'نيويورك تايمز', 'واشنطن بوست', 'التايمز',
  'الغارديان', 'الجارديان', 'ساما', 'نزاهة', 'سدايا', 'حافز', 'ساهر', 'ابشر', 'نطاقات', 'الرؤية', 'البلاد', 'الجزيرة نت',
  // military operations the news name in marks
  'عاصفة الحزم', 'اعادة الامل', 'السهم الذهبي']);

/**
 * The quoted words text[a, b), folded, with the sentence punctuation that ends them dropped.
 * @example foldedQuote('«صعب جدا.»', 1, 9) → 'صعب جدا'
 */
export function foldedQuote(text: string, a: number, b: number): string {
  return foldArabic(text.slice(a, b)).replace(/[.!؟?،,]+$/, '');
}

/**
 * The words of `foldedQuote`.
 * @example quotedWords('«صعب  جدا.»', 1, 10) → ['صعب', 'جدا']
 */
export function quotedWords(text: string, a: number, b: number): string[] {
  return foldedQuote(text, a, b).split(/\s+/).filter((w) => w !== '');
}

/**
 * True for one or two words shaped like what a speaker says, not like a name: an imperfect verb
 * (سيتواصل، تتراجع) or an indefinite noun or adjective (انتحارية، انقساما، انفجارات).
 */
export function isWordLike(text: string, a: number, b: number, words: number): boolean {
  if (words > 2) return false;
  const folded = foldedQuote(text, a, b);
  if (MARKED_NAMES.has(folded)) return false;
  const first = folded.split(/\s+/)[0] ?? '';
  if (first.startsWith('ال') || first.length < 4 || /[^\u0621-\u064A]/.test(first) || isNameNoun(first) || isNameConnector(first)) return false;
  return (words === 1 && /^(?:س[يتن]|[يتن])[\u0621-\u064A]{3,}$/.test(first)) || /(?:ة|ات|ون|ين|ا)$/.test(first);
}

/** True for three or more comma-separated items of at most three words, each opening with the article (or و + the article). */
export function isListLike(text: string, a: number, b: number): boolean {
  const items = foldArabic(text.slice(a, b)).split(/[،,]/).map((x) => x.trim());
  return items.length >= 3 && items.every((x) => /^و?ال\S/.test(x) && x.split(/\s+/).length <= 3);
}

/** Words in text[a, b), and whether sentence punctuation occurs there. */
export function innerShape(text: string, a: number, b: number): { words: number; punct: boolean } {
  let words = 0;
  let punct = false;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const letter = isLetter(c);
    if (letter && !inWord) words++;
    inWord = letter;
    if (!letter && INNER_PUNCT.has(text[i] as string)) punct = true;
  }
  return { words, punct };
}

/**
 * True when the quoted text has no letter at all: a figure set off in marks (نقل "78,618" راكبًا،
 * إضافة "3,058" مقعدًا), which news text marks for emphasis; words said always have words.
 * @example isFigure('3,058', 0, 5) → true
 * @example isFigure('نعم 100%', 0, 8) → false
 */
export function isFigure(text: string, a: number, b: number): boolean {
  return !/\p{L}/u.test(text.slice(a, b));
}
