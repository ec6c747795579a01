/**
 * Does a text read like news reporting? News prose attributes (قال، أعلن، أكد، وفقا لـ …),
 * dates itself by weekday (أمس، الأحد …) and names officials (وزير، رئيس، المتحدث), far more
 * often than forum talk, directories or an association's pages. Pure: text in, numbers out.
 */

const MARKERS = [
  'قال', 'قالت', 'يقول', 'تقول', 'أعلن', 'أعلنت', 'اعلن', 'اعلنت', 'يعلن', 'أكد', 'أكدت', 'اكد', 'اكدت', 'يؤكد',
  'أضاف', 'أضافت', 'اضاف', 'اضافت', 'أوضح', 'أوضحت', 'اوضح', 'أشار', 'أشارت', 'اشار', 'صرح', 'صرحت', 'ذكر', 'ذكرت',
  'أفاد', 'أفادت', 'افاد', 'كشف', 'كشفت', 'نقلت', 'دعا', 'دعت', 'وفقا', 'وفقاً', 'بحسب', 'حسب', 'نقلا', 'مصادر', 'مصدر',
  'المتحدث', 'الناطق', 'وكالة', 'بيان', 'تصريحات', 'تصريح', 'مسؤول', 'مسؤولون', 'أمس', 'امس', 'اليوم', 'الأحد',
  'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'رئيس', 'وزير',
  'وزيرة', 'وزارة', 'الحكومة', 'الرئيس', 'الوزير', 'مجلس', 'العاصمة', 'مراسل',
];
const MARKER_SET = new Set(MARKERS);
const WORD = /[\u0621-\u064a\u0670-\u06d3]+/g;

/** Counts of news-register words in a text. */
export interface NewsProse {
  words: number;
  markers: number;
}

/**
 * Counts Arabic words and the news-register markers among them (a leading و or ف is allowed).
 * @example countNewsProse('وقال الوزير أمس إن المحادثات ستستمر') → { words: 6, markers: 3 }
 */
export function countNewsProse(text: string): NewsProse {
  let words = 0;
  let markers = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    words++;
    if (MARKER_SET.has(w) || ((w.startsWith('و') || w.startsWith('ف')) && MARKER_SET.has(w.slice(1)))) markers++;
  }
  return { words, markers };
}

/** Share of marker words above which a text of enough words reads as news (see bench figures). */
export const NEWS_PROSE_RATE = 0.02;
/** Fewest Arabic words before the rate means anything. */
export const NEWS_PROSE_MIN_WORDS = 120;

/**
 * True when a text is long enough and its share of news-register words is at least NEWS_PROSE_RATE.
 * @example isNewsProse('قال وزير الخارجية أمس …') → true
 */
export function isNewsProse(p: NewsProse): boolean {
  return p.words >= NEWS_PROSE_MIN_WORDS && p.markers / p.words >= NEWS_PROSE_RATE;
}
