import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: the speaker\'s wording deep inside the clause a speech verb reports (quotes-reported-far)', () => {
  it.each([
    // The verb is more than twenty words before the marks, but an أن between them says the marks are in what it reports.
    ['وأوضح المدير العام للشركة الوطنية للمياه في مؤتمر صحافي عقده مساء أمس في مقر الشركة بحضور عدد من المسؤولين والمهندسين أن تركيب العدادات الذكية في الأحياء الجديدة يعد «خطوة ضرورية جدا» في هذه المرحلة من المشروع.', 'خطوة ضرورية جدا'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // A definite name as far inside the reported clause is the writer's naming, not the speaker's words.
    ['وأوضح المدير العام للشركة الوطنية للمياه في مؤتمر صحافي عقده مساء أمس في مقر الشركة بحضور عدد من المسؤولين والمهندسين أن تركيب العدادات الذكية في الأحياء الجديدة يتم بالتعاون مع «الهيئة الوطنية للمقاييس» في هذه المرحلة.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
