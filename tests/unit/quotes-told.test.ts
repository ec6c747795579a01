import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: words told to someone right after the verb and its pronoun (quotes-told)', () => {
  it.each([
    // قلت is weak on its own (the writer's "I said"); with له before the marks it introduces what was said.
    ['ولما سألني عن موعد السفر، فقلت له «ما زلت لا أعرف يا عمي»، ثم خرجت من الغرفة.', 'ما زلت لا أعرف يا عمي'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // Without the pronoun of the one spoken to, the weak قلت before a name is left as it was.
    ['وقلت في نفسي إن زيارة «متحف الفن الحديث» تستحق العناء.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
