import { describe, expect, it } from 'vitest';
import { countryKeyOf } from '@/utils/nlp/countries';
import { isOtherNation } from '@/utils/nlp/quotes-role-nation';
import { crossesClause } from '@/utils/nlp/quotes-role-reach';
import { quoteSpeakers } from './person-mentions';

describe('quotes-role-nation: a role with a demonym stands for a person of that nation only', () => {
  it.each([
    [['وزير', 'خارجية', 'امريكي'], 'اسرائيلي', true],
    [['رئيس', 'سوري'], 'روسي', true],
    // (the same nation, spelt either way)
    [['وزير', 'طاقة', 'اسرائيلي'], 'اسرائيلي', false],
    [['وزير', 'خارجية', 'اميركي'], 'امريكي', false],
    // (no demonym in the phrase, or none in the person's role words)
    [['وزير', 'خارجية', 'امريكي'], 'سابق', false],
    [['وزير', 'خارجية'], 'اسرائيلي', false],
  ])('%j for %s → %s', (roles, adjective, other) => {
    expect(isOtherNation(new Set(roles), countryKeyOf(adjective))).toBe(other);
  });

  const people: Array<[string, string]> = [['يوفال شتاينتز', 'p:يوفال شتاينتز'], ['جون كيري', 'p:جون كيري']];

  it('وقال الوزير الإسرائيلي مشيرا إلى كيري: the Israeli minister, not the American one he points at', () => {
    const text = 'وقال وزير الطاقة الإسرائيلي يوفال شتاينتز إنه يرفض قول وزير الخارجية الأمريكي جون كيري إنه لا اتفاق أفضل. وقال الوزير الإسرائيلي مشيرا إلى كيري “سمعت وزير الخارجية يزعم أن اتفاقا أفضل هو مجرد خيال”.';
    expect(quoteSpeakers(text, people)).toEqual(['يوفال شتاينتز']);
  });

  it('وقال الوزير الأمريكي: the American minister is still the one the role stands for', () => {
    const text = 'وقال وزير الطاقة الإسرائيلي يوفال شتاينتز إنه يرفض قول وزير الخارجية الأمريكي جون كيري إنه لا اتفاق أفضل. وقال الوزير الأمريكي “لم يكن ممكنا التوصل إلى اتفاق أفضل مع إيران”.';
    expect(quoteSpeakers(text, people)).toEqual(['جون كيري']);
  });
});

describe('quotes-role-reach: a speech participle ends the role phrase', () => {
  it.each([
    [' مشيرا إلى ', true],
    [' قائلا لـ ', true],
    [' في وزارة الطاقة ', false],
  ])('%s → %s', (gap, crosses) => {
    expect(crossesClause(gap)).toBe(crosses);
  });
});
