import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

describe('detectQuotes: عدد that counts is no title head (quotes-quantity)', () => {
  it('وعدد من المدن «…» after إن is what the speaker said', () => {
    const quotes = detectQuotes('وقال الوزير إن ما جرى في الشمال وعدد من المدن الساحلية «أمر لا يمكن السكوت عنه».');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['أمر لا يمكن السكوت عنه', 'الوزير']]);
  });

  it('عدد «…» of a magazine is still a title', () => {
    expect(detectQuotes('ونشرت المجلة في عدد «الربيع الأخضر» صورا نادرة.')).toEqual([]);
  });
});
