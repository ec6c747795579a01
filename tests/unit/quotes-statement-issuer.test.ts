import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-statement-issuer: "the statement" speaks for the body that issued it', () => {
  it.each([
    ['نددت هيئة الموانئ الوطنية في بيان بتأخر السفن. وقال البيان إن «التأخير غير مقبول ويضر بالتجارة».', 'هيئة الموانئ الوطنية'],
    ['أصدرت رابطة الصيادين المستقلة بيانا على موقعها أمس. وأضاف البيان أن «الموسم كان صعبا على الجميع».', 'رابطة الصيادين المستقلة'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('a statement with no issuer before it stays the statement', () => {
    expect(speakers('وقال البيان إن «التأخير غير مقبول ويضر بالتجارة».')).toEqual(['البيان']);
  });
});
