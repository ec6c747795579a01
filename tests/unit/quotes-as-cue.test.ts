import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { quoteTexts } from './person-mentions';

describe('quotes-as-said: «…»، كما يقول فلان names the words as his', () => {
  it('a short phrase followed by كما يقول and a name is a quotation', () => {
    const text = 'وانتشرت الشائعات في القرية «مثل الريح»، كما يقول المزارع حمدان.';
    expect(detectQuotes(text).map((q) => [q.text, q.speaker])).toEqual([['مثل الريح', 'المزارع حمدان']]);
  });

  it('a semicolon before هكذا يقول', () => {
    const text = 'الحياة هنا صعبة جدا. «لم يبق لنا شيء نخسره»؛ هكذا يقول الصياد العجوز.';
    expect(quoteTexts(text)).toEqual(['لم يبق لنا شيء نخسره']);
  });

  it('كما وصفتها: a verb whose first letter is و is not a new sentence', () => {
    const text = 'وهي الخطة التي تهدف إلى «حماية الموارد المائية من الهدر»، كما وصفتها الوزارة.';
    expect(quoteTexts(text)).toEqual(['حماية الموارد المائية من الهدر']);
  });

  it('كما يقول المثل: a proverb stays nobody\'s words', () => {
    expect(detectQuotes('وأسرع الناس إلى الشراء «عند الشدائد»، كما يقول المثل.')).toEqual([]);
  });
});

describe('quotes-speech: إنك / بأنك introduce what was said', () => {
  it('قلت لي إنك «…»', () => {
    const text = 'وقال المدرب للاعب في المؤتمر إنك «أفضل من يلعب في هذا المركز».';
    expect(quoteTexts(text)).toEqual(['أفضل من يلعب في هذا المركز']);
  });
});
