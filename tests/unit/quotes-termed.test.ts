import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a term named by no one in particular is not a quotation (quotes-termed)', () => {
  it.each([
    ['وقال المحلل إن البلاد ستخرج من خانة ما كان يسمى في عهد الرئيس السابق «الدول الفاشلة» قريبا.'],
    ['وطالب بتغيير المناهج، وهو ما عُرف اصطلاحًا بـ«الثورة التعليمية الكبرى» في تلك السنوات.'],
    ['وأكد الخبراء أن الفوضى ناتجة عما يمكن وصفه بـ«تضارب المصالح» بين الدول.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it.each([
    // The speaker's own label stays a quotation (hard case 2).
    ['ودعا الوزير إلى وقف ما سماه «الاتفاق الخطير على المنطقة».', 'الاتفاق الخطير على المنطقة'],
    ['ووصف الرئيس القرار بـ«الحازم والضروري».', 'الحازم والضروري'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
