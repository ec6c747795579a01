import { describe, expect, it } from 'vitest';
import { linkedFromSpans } from './person-mentions';

describe('spellingKey: one entity for the spellings of one name', () => {
  it('links a compound after عبد written as one word and as two', () => {
    const text = 'أكد الفنان عبد الله السدحان أن العمل جاهز. وقال عبدالله السدحان إن التصوير انتهى';
    expect(linkedFromSpans(text, ['عبد الله السدحان', 'عبدالله السدحان'])).toEqual(['عبد الله السدحان → عبد الله السدحان', 'عبدالله السدحان → عبد الله السدحان']);
  });

  it('links a family name written with a final ة and with ه', () => {
    const text = 'وقال الوزير بدر باسلمة إن الوضع صعب. ودعا بدر باسلمه المنظمات إلى الحضور';
    expect(linkedFromSpans(text, ['بدر باسلمة', 'بدر باسلمه'])).toEqual(['بدر باسلمة → بدر باسلمة', 'بدر باسلمه → بدر باسلمة']);
  });

  it('links a kunya in the genitive to the same kunya in the nominative', () => {
    const text = 'نقلت الصحيفة عن أبي مالك الشامي قوله إن المفاوضات متوقفة. وقال أبو مالك الشامي إن الأسرى بخير';
    expect(linkedFromSpans(text, ['أبي مالك الشامي', 'أبو مالك الشامي']).at(-1)).toBe('أبو مالك الشامي → أبي مالك الشامي');
  });

  it('keeps the father named after بن apart from a kunya of the same words', () => {
    const text = 'تحدث الخطيب عن علي بن أبي طالب طويلا. ثم ذكر عمه أبو طالب ودوره';
    expect(linkedFromSpans(text, ['علي بن أبي طالب', 'أبو طالب']).at(-1)).toBe('أبو طالب → أبو طالب');
  });
});
