import { describe, expect, it } from 'vitest';
import { foldArabic } from '@/utils/nlp/normalize';
import { detectQuotes } from '@/utils/nlp/quotes';
import { speechWord } from '@/utils/nlp/quotes-speech';

const kindOf = (word: string) => speechWord(foldArabic(word))?.kind;

describe('speech verbs of replying, claiming, warning, proposing and criticising', () => {
  it.each([
    ['ردّ', 'verb'], ['فردّت', 'verb'], ['ردوا', 'verb'], ['يردّ', 'verb'], ['زعم', 'verb'], ['يزعم', 'verb'], ['نبّه', 'verb'],
    ['اقترحت', 'verb'], ['يقترح', 'verb'], ['منتقدًا', 'participle'], ['منتقدة', 'participle'],
  ])('%s is a speech word (%s)', (word, kind) => {
    expect(kindOf(word)).toBe(kind);
  });

  // ردًا على "in reply to", وردت "came" (ورد), زعمًا "allegedly"; the finite انتقد، شرح، نصح take an object that would pass for the speaker.
  it.each(['ردًا', 'وردت', 'وردوا', 'زعمًا', 'انتقد', 'ينتقد', 'شرح', 'يشرح', 'نصح'])('%s is not', (word) => {
    expect(kindOf(word)).toBeUndefined();
  });

  it('the bare forms that are as often nouns are weak', () => {
    expect(speechWord(foldArabic('رد'))?.strong).toBe(false);
    expect(speechWord(foldArabic('زعم'))?.strong).toBe(false);
    expect(speechWord(foldArabic('يرد'))?.strong).toBe(false);
  });

  it.each([
    ['يردّ المنتقدون أن "الصفقة ستجعل الولايات المتحدة أكثر ضعفاً".', 'الصفقة ستجعل الولايات المتحدة أكثر ضعفاً', 'المنتقدون'],
    ['وكتب الناقد سامر حداد رسالة طويلة منتقدة: «سباق ماراثوني من سماجة وهدر للوقت».', 'سباق ماراثوني من سماجة وهدر للوقت', null],
  ])('%s', (text, quote, speaker) => {
    const quotes = detectQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual([quote]);
    if (speaker) expect(quotes[0]?.speaker).toBe(speaker);
  });

  it('a manner adverb after the verb (يردّ بحماس) is not its subject: the speaker goes on', () => {
    const text = 'وقال الشيف غيوم غوميز: «مهنتنا قاسية ومتعبة جدا». وعن رأيه في الطعام يردّ بحماس: «لا أستطيع أن أقول بأنني راض تماما».';
    expect(detectQuotes(text).map((q) => q.speaker)).toEqual(['الشيف غيوم غوميز', 'الشيف غيوم غوميز']);
  });
});
