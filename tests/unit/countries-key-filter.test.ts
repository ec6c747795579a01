import { describe, expect, it } from 'vitest';
import { buildKeyFilter, mayBeKey } from '@/utils/nlp/countries-key-filter';

describe('countries-key-filter: a test that rules out words that are no key', () => {
  const keys = ['روسيا', 'الولايات', 'مصر', 'ال', 'ع'];
  const filter = buildKeyFilter(keys);

  it('lets every key through, whole, behind a clitic, and as ل + ال with its ا restored', () => {
    expect(keys.map((k) => mayBeKey(filter, k, 0))).toEqual(keys.map(() => true));
    expect(mayBeKey(filter, 'وروسيا', 1)).toBe(true);
    expect(mayBeKey(filter, 'وبمصر', 2)).toBe(true);
    expect(mayBeKey(filter, 'للولايات', 1, 'ا')).toBe(true);
  });

  it('rules out most words that are no key', () => {
    const others = ['قال', 'الوزير', 'المؤتمر', 'الصحفي', 'اليوم', 'الحكومة', 'وأضاف', 'المدينة', 'الرئيس', 'الاقتصاد'];
    expect(others.filter((w) => mayBeKey(filter, w, 0))).toEqual([]);
  });
});
