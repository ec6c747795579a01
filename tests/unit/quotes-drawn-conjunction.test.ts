import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: فـ«…» is a conjunction drawn out, not لـ«…» or بـ«…» before a name', () => {
  it.each([
    ['أما المدينة فـ«الأمر محسوم خلال أيام قليلة وسننتهي من العمل»، حسبما يؤكد القائد.', 'الأمر محسوم خلال أيام قليلة وسننتهي من العمل'],
    ['لا خوف على الفريق فـ«اللاعبون جاهزون تماما للمباراة المقبلة»، كما يقول المدرب.', 'اللاعبون جاهزون تماما للمباراة المقبلة'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // لـ and بـ drawn out still mark a name.
    ['وقال المسؤول لـ«الصحيفة اليومية الكبرى» إن الاجتماع انتهى.'],
    ['ووصل الوفد بـ«الطائرة الخاصة الجديدة» صباح أمس.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
