import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';
import { nameBeforeRole } from '@/utils/nlp/quotes-name-role';

describe('quotes-name-role: a missed name, then its role', () => {
  it.each([
    ['بدرة قعلول رئيسة مركز الدراسات', 'بدرة قعلول'],
    ['العمري وزير الإسكان', 'العمري'],
    ['نائب رئيس الوزراء', null],
    ['مكتب رئيس الوزراء', null],
    ['الجامعي التونسي ومدير معهد الدراسات', null],
    ['مصدر أمني', null],
  ])('nameBeforeRole(%s) → %s', (phrase, name) => {
    expect(nameBeforeRole(phrase)).toBe(name);
  });

  it('the name goes back to the fuller name met before', () => {
    const text = 'قال الكاتب عبدالحميد العمري إن الأسعار ترتفع. وخاطب "العمري" وزير الإسكان بقوله: "سيأتي اليوم الذي تجد نفسك فيه أمام قرارات صعبة".';
    expect(analyse(text).quotes.map((q) => q.speaker)).toEqual(['عبدالحميد العمري']);
  });
});
