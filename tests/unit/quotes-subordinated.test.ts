import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-reported: a bare speech verb after حيث / عندما shares its sentence\'s subject', () => {
  it('حيث قال: the person the sentence opened with, not the speaker before', () => {
    const text = 'وقال الوزير سامي الحربي: «الحكومة لن تتدخل في شؤون الناس الدينية أبدا». من جهته، عبر الشيخ حسن المالكي عن الفكرة ذاتها، لكن على نحو مختلف؛ حيث قال: «إن الدين الغاضب ينفر الناس من حوله».';
    expect(speakers(text)).toEqual(['سامي الحربي', 'حسن المالكي']);
  });

  it('إذ قال after a statement noun: not the statement, a person only', () => {
    const text = 'قال المرشد علي خامنئي: «لن نتراجع عن مواقفنا». وتعكس تصريحات خامنئي انعدام الثقة؛ إذ قال إن الرؤساء الأميركيين سعوا «لإخضاع الأمة».';
    expect(speakers(text)[1]).not.toBe('تصريحات خامنئي');
  });
});
