import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

/** The speakers of the quotations of `text`, with the person `name` marked as a mention. */
const speakers = (text: string, name: string): Array<string | null> => quoteSpeakers(text, [[name, `p:${name}`]]);

describe('quotes-described-person: a definite description is the person last heard', () => {
  it.each([
    // «…» يقول الطباخ الإيطالي: the cook the article quoted just before, described anew.
    ['وقال ماركو روسي لمراسلنا: «المطبخ فن قبل أن يكون مهنة». «لا أحب تكرار الأطباق نفسها» يقول الشيف الإيطالي.', 'ماركو روسي', ['ماركو روسي', 'ماركو روسي']],
    ['قال سمير حداد إن «الأزمة طويلة». ويضيف الخبير اللبناني في شؤون الطاقة: «الأسعار لن تنخفض قريبا».', 'سمير حداد', ['سمير حداد', 'سمير حداد']],
    // Not linked: a body (no description of a person); an office (a new holder may come in by it);
    // a feminine description after a man; a description too far from the one last heard.
    ['قال سمير حداد إن «الأزمة طويلة». وقال الاتحاد الدولي في بيان: «الأسعار لن تنخفض قريبا».', 'سمير حداد', ['سمير حداد', 'الاتحاد الدولي']],
    ['قال سمير حداد إن «الأزمة طويلة». وقال الوزير اللبناني في حكومة تصريف الأعمال: «الأسعار لن تنخفض قريبا».', 'سمير حداد', ['سمير حداد', 'الوزير اللبناني']],
    ['قال سمير حداد إن «الأزمة طويلة». وقالت الخبيرة اللبنانية في شؤون الطاقة: «الأسعار لن تنخفض قريبا».', 'سمير حداد', ['سمير حداد', 'الخبيرة اللبنانية']],
    [`قال سمير حداد إن «الأزمة طويلة». ${'وتناول اللقاء ملفات كثيرة تخص المنطقة والتعاون بين البلدين في مجالات عدة. '.repeat(25)}وقال الخبير اللبناني في شؤون الطاقة: «الأسعار لن تنخفض قريبا».`, 'سمير حداد', ['سمير حداد', 'الخبير اللبناني']],
    ['قال سمير حداد إن «الأزمة طويلة». وقال الخبير اللبناني في شؤون الطاقة: «الأسعار لن تنخفض قريبا».', 'سمير حداد', ['سمير حداد', 'سمير حداد']],
  ])('%s', (text, name, expected) => {
    expect(speakers(text, name)).toEqual(expected);
  });
});
