import { describe, expect, it } from 'vitest';
import { isCopula } from '@/utils/nlp/quotes-copula';
import { quoteTexts } from './person-mentions';

describe('quotes-copula: words after كان are a predicate, not a title', () => {
  it.each([['كان', true], ['وكانت', true], ['ليس', true], ['ملتقي', false], ['قال', false]])('%s → %s', (w, yes) => {
    expect(isCopula(w)).toBe(yes);
  });

  it('قائلا إن ما جرى في المعرض كان «…»: the words are the speaker\'s', () => {
    const text = 'وكتب الناقد سامر الخطيب قائلا إن ما جرى على هامش ملتقى المثقفين الأخير كان «عارا على الفن».. وإنه لن يعود.';
    expect(quoteTexts(text)).toEqual(['عارا على الفن']);
  });
});
