import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

describe('detectQuotes: عدد that counts is no title head (quotes-quantity)', () => {
  it('وعدد من المدن «…» after إن is what the speaker said', () => {
    const q = detectQuotes('وقال الوزير إن ما جرى في الشمال وعدد من المدن الساحلية «أمر لا يمكن السكوت عنه».')
      .find((x) => x.text === 'أمر لا يمكن السكوت عنه');
    expect(q).toBeDefined();
  });

  it('عدد «…» of a magazine is still a title', () => {
    expect(detectQuotes('ونشرت المجلة في عدد «الربيع الأخضر» صورا نادرة.').map((x) => x.text)).not.toContain('الربيع الأخضر');
  });
});
