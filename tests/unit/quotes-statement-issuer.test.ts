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
    // (a letter and a resolution as well, whoever sent or adopted them; the subject ends at its apposition's comma, a time word is no part of it)
    ['وجه عشرون كاتبا وفنانا، منهم الروائي المعروف، رسالة مفتوحة إلى الوزارة. وجاء في الرسالة أن «إغلاق المكتبات خسارة للجميع».', 'عشرون كاتبا وفنانا'],
    ['تبنى مجلس الأمن الدولي أمس، قرارا يدعم الهدنة. ويدعو القرار إلى «وقف فوري لإطلاق النار» في المدينة.', 'مجلس الأمن الدولي'],
    // (نص القرار: the text of the resolution is the resolution)
    ['اعتمدت الجمعية العامة قرارا جديدا بشأن اللاجئين. وبحسب نص القرار، فإن «الدول ملزمة بالتعاون الكامل».', 'الجمعية العامة'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('a statement with no issuer before it stays the statement', () => {
    expect(speakers('وقال البيان إن «التأخير غير مقبول ويضر بالتجارة».')).toEqual(['البيان']);
  });

  it('a letter whose sender is a pronoun stays the letter', () => {
    expect(speakers('نشرت على موقعها رسالة طويلة. وجاء في الرسالة أن «إغلاق المكتبات خسارة للجميع».')).toEqual(['الرسالة']);
  });

  it('a text with no statement before it stays the text', () => {
    expect(speakers('وجاء في النص أن «المجلس يطلب درس الخيارات».')).toEqual(['النص']);
  });
});
