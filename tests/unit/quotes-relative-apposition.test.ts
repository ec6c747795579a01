import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';
import { isInPlace } from '@/utils/nlp/quotes-relative-apposition';

describe('quotes-relative-apposition: الذي after a role whose company is somewhere refers to the name', () => {
  it.each([
    ['بلندن', true],
    ['بالقاهرة', true],
    ['بيرستيل', false],
  ])('isInPlace(%s) → %s', (f, yes) => {
    expect(isInPlace(f)).toBe(yes);
  });

  it('فلان، مدير متاجر «…» بباريس، الذي قال: the name speaks, not the city', () => {
    const text = 'ارتفعت المبيعات في الموسم. ومن جهة أخرى التقينا الحضور، ومنهم مارك دوفال، مدير متاجر «لافاييت» بباريس، الذي علق على ذلك بقوله إن «الطلب تضاعف هذا العام».';
    expect(quoteSpeakers(text)).toEqual(['مارك دوفال']);
  });
});
