import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

const found = (text: string) => detectQuotes(text).map((q) => [q.text, q.speaker]);

describe('detectQuotes: a verdict after اعتبره / ما سماه and its subject (quotes-considered)', () => {
  it.each([
    // اعتبره + subject + «…»: the subject after the verb judged the thing the pronoun refers to.
    ['وأثار القرار الذي اعتبره نواب معارضون «ضربة للاقتصاد» جدلا واسعا في البلاد.', 'ضربة للاقتصاد', 'نواب معارضون'],
    ['وأصيب عشرة أشخاص في الانفجار الذي تعتبره الشرطة «عملا مدبرا» منذ البداية.', 'عملا مدبرا', 'الشرطة'],
  ])('%s', (text, quoted, speaker) => {
    expect(found(text)).toEqual([[quoted, speaker]]);
  });

  it('ما سماه + subject + «…» is a quotation (its speaker, the subject after سماه, is not read yet)', () => {
    expect(detectQuotes('ومن بين ما سماه لاجئون سابقون «مخيم الصبر» خرجت الحركة.').map((q) => q.text)).toEqual(['مخيم الصبر']);
  });

  it('leaves the passive يُعتبر, with no pronoun, to the other cues: a classification', () => {
    expect(found('ويعتبر «المربع الذهبي» من أقدم أحياء المدينة.')).toEqual([]);
  });
});
