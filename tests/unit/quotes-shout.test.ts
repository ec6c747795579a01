import { describe, expect, it } from 'vitest';
import { quoteSpeakers, quoteTexts } from './person-mentions';

describe('detectQuotes: the words right after a shout or a chant (quotes-shout)', () => {
  it.each([
    ['ورفع اللاعب يديه وهتف «عاش الوطن»، ثم غادر الملعب.', 'عاش الوطن'],
    ['ووقف الأطفال على الرصيف يصفقون ويصيحون «مرحبا.. مرحبا»، ثم تفرقوا.', 'مرحبا.. مرحبا'],
    ['وتخللت الحفل هتافات الطلاب «نريد الملعب» قبل أن يتكلم المدير.', 'نريد الملعب'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it('a short name after a plain speech verb stays its subject', () => {
    expect(quoteTexts('وقال «كيري» إنه سيعود غدا.')).toEqual([]);
  });

  it('a pair between the shout word and a بـ word with a pair of its own is who shouted', () => {
    const text = 'وفي الجمعة الماضية هتف «أهل درعا» بعبارة «الشعب يريد إسقاط النظام» في الساحة.';
    expect(quoteTexts(text)).toEqual(['الشعب يريد إسقاط النظام']);
    expect(quoteSpeakers(text)).toEqual(['أهل درعا']);
  });
});
