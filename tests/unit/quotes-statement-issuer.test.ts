import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-statement-issuer: "the statement" speaks for the body that issued it', () => {
  it.each([
    ['نددت هيئة الموانئ الوطنية في بيان بتأخر السفن. وقال البيان إن «التأخير غير مقبول ويضر بالتجارة».', 'هيئة الموانئ الوطنية'],
    ['أصدرت رابطة الصيادين المستقلة بيانا على موقعها أمس. وأضاف البيان أن «الموسم كان صعبا على الجميع».', 'رابطة الصيادين المستقلة'],
    // (the issuer's name in marks: the closing mark does not part it from its في تقرير)
    ['وحسب «مجموعة الأزمات الدولية» في تقرير فإن الشرطة المحلية فشلت. وجاء في التقرير أن الأمر «الأكثر شيوعا هو الشكوى».', 'مجموعة الأزمات الدولية'],
    // (النص: the text of the statement named before)
    ['ووفقا لبيان صدر عن مجلس وزراء الخارجية الأوروبيين الذي عقد أمس فإن المبادرة ممكنة. وجاء في النص أن «المجلس يطلب درس الخيارات».', 'مجلس وزراء الخارجية الأوروبيين'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('a statement with no issuer before it stays the statement', () => {
    expect(speakers('وقال البيان إن «التأخير غير مقبول ويضر بالتجارة».')).toEqual(['البيان']);
  });

  it('a text with no statement before it stays the text', () => {
    expect(speakers('وجاء في النص أن «المجلس يطلب درس الخيارات».')).toEqual(['النص']);
  });
});
