import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: «…» in the speaker\'s own words (quotes-wording)', () => {
  it.each([
    ['ودعا النائب إلى عقد جلسة والتوقف عن التعطيل بذرائع واهية "لا تقنع حتى أصحابها"، بحسب تعبيره.', 'لا تقنع حتى أصحابها'],
    ['مشيرا إلى أن التجمهر يؤخر تقديم الخدمة الإسعافية في الدقائق «الذهبية» للمصابين على حد وصفه.', 'الذهبية'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // A source without a wording noun names where the news is from, not whose words these are.
    ['وانتقل اللاعب إلى «الهلال» بحسب الصحيفة.'],
    // …nor does one in a clause of its own after the pair.
    ['واختارت الممثلة روايته «حكاية حب وظلام» لأنها، حسب قولها، تعكس رغبة العيش المشترك.'],
    // The formula in the next sentence says nothing about this pair.
    ['وزار الوفد معرض «الكتاب». وقال إن الزيارة مفيدة، على حد تعبيره.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
