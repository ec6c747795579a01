import { describe, expect, it } from 'vitest';
import data from '@/assets/data/countries.json';
import { buildLexiconSteps, type CountryData } from '@/utils/nlp/countries-lexicon';
import { buildKeyFilter, mayBeKey } from '@/utils/nlp/countries-key-filter';
import { runSteps } from '@/utils/steps';

describe('countries-key-filter: a test that rules out words that are no key', () => {
  const lexicon = runSteps(buildLexiconSteps(data as CountryData));
  const keys = [...lexicon.byFirst.keys()];

  it('lets every key of the shipped lexicon through, whole, behind a clitic, and as ل + ال', () => {
    const { filter } = lexicon;
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.filter((k) => !mayBeKey(filter, k, 0))).toEqual([]);
    expect(keys.filter((k) => !mayBeKey(filter, `و${k}`, 1) || !mayBeKey(filter, `وب${k}`, 2))).toEqual([]);
    // للولايات: the ا of the article is restored before the stem
    const definite = keys.filter((k) => k.startsWith('ال'));
    expect(definite.filter((k) => !mayBeKey(filter, `ل${k.slice(1)}`, 1, 'ا'))).toEqual([]);
  });

  it('rules out words whose shape no key has', () => {
    const filter = buildKeyFilter(['روسيا', 'الولايات', 'مصر']);
    const others = ['قال', 'الوزير', 'المؤتمر', 'الصحفي', 'اليوم', 'الحكومة', 'وأضاف', 'المدينة', 'الرئيس', 'الاقتصاد'];
    expect(others.filter((w) => mayBeKey(filter, w, 0))).toEqual([]);
    expect(['روسيا', 'مصر'].map((w) => mayBeKey(filter, w, 0))).toEqual([true, true]);
  });
});
