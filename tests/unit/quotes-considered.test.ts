import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

describe('detectQuotes: a verdict after اعتبره / ما سماه and its subject (quotes-considered)', () => {
  it.each([
    // اعتبره + subject + «…»: the subject after the verb judged the thing the pronoun refers to.
    ['وأثار القرار الذي اعتبره نواب معارضون «ضربة للاقتصاد» جدلا واسعا في البلاد.', 'ضربة للاقتصاد', 'نواب معارضون'],
    ['وأصيب عشرة أشخاص في الانفجار الذي تعتبره الشرطة «عملا مدبرا» منذ البداية.', 'عملا مدبرا', 'الشرطة'],
    // ما سماه + subject + «…»: the name the subject gave.
    ['ومن بين ما سماه لاجئون سابقون «مخيم الصبر» خرجت الحركة.', 'مخيم الصبر', null],
  ])('%s', (text, quoted, speaker) => {
    const q = detectQuotes(text).find((x) => x.text === quoted);
    expect(q).toBeDefined();
    if (speaker) expect(q?.speaker).toBe(speaker);
  });

  it.each([
    // The passive يُعتبر with no pronoun: a classification, left to the other cues.
    ['ويعتبر «المربع الذهبي» من أقدم أحياء المدينة.', 'المربع الذهبي'],
  ])('%s', (text, quoted) => {
    expect(detectQuotes(text).map((x) => x.text)).not.toContain(quoted);
  });
});
