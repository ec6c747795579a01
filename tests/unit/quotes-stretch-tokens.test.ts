import { describe, expect, it } from 'vitest';
import { foldArabic } from '@/utils/nlp/normalize';
import { stretchTokens } from '@/utils/nlp/quotes-stretch-tokens';
import { tokenize } from '@/utils/nlp/tokenize';

/** tokenize(text.slice(a, b)) with offsets in `text`: what stretchTokens must give. */
const sliced = (text: string, a: number, b: number) => tokenize(text.slice(a, b)).map((t) => ({ ...t, start: t.start + a, end: t.end + a }));

const TEXT = 'وقال الوزيرُ د. علي: «ارتفع 3.5% في 12/7... و1,000 ريال» 😀 ثم\nأضاف الـرئيس (ﻻ) "نعم".. Paris-Àé ٢٠١٥ م. انتهى';

describe('stretchTokens: a stretch of the page from its own tokens', () => {
  const tokens = tokenize(TEXT);
  const page = { tokens, folded: tokens.map((t) => foldArabic(t.text)) };

  it('gives exactly the tokens of the stretch tokenised alone, for every stretch', () => {
    for (let a = 0; a <= TEXT.length; a++) {
      for (let b = a; b <= TEXT.length; b++) expect(stretchTokens(TEXT, a, b, page).tokens).toEqual(sliced(TEXT, a, b));
    }
  });

  it('carries the page fold of the whole page tokens only, and their very objects', () => {
    const at = TEXT.indexOf('الوزير');
    const { tokens: got, folded } = stretchTokens(TEXT, at + 2, TEXT.indexOf('علي') + 3, page);
    expect(got.map((t) => t.text)).toEqual(['وزيرُ', 'د', '.', 'علي']);
    expect(folded).toEqual([undefined, 'د', '.', 'علي']);
    expect(got[1]).toBe(tokens[2]);
  });

  it('tokenises the stretch without the page', () => {
    expect(stretchTokens(TEXT, 3, 20).tokens).toEqual(sliced(TEXT, 3, 20));
  });
});
