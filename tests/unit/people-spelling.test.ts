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

describe('people-spelling-link: one entity for a foreign name the page spells two ways', () => {
  it('links a full name spelt with one letter more to the name first written', () => {
    const text = 'آرون بوشنيل: أصدقاء الطيار يتذكرونه. وقال آرون بوشنل في رسالته إن الأمر لا يحتمل';
    expect(linkedFromSpans(text, ['آرون بوشنيل', 'آرون بوشنل'])).toEqual(['آرون بوشنيل → آرون بوشنيل', 'آرون بوشنل → آرون بوشنيل']);
  });

  it('links a lone family name spelt another way to the one full name it ends', () => {
    const text = 'وقال المدير العام روبرتو أزيفيدو إن المحادثات مستمرة. ونقل البيان عن آزفيدو تأكيده ذلك';
    expect(linkedFromSpans(text, ['روبرتو أزيفيدو', 'آزفيدو']).at(-1)).toBe('آزفيدو → روبرتو أزيفيدو');
  });

  it('keeps apart Arabic given names one letter tells apart', () => {
    const text = 'استقبل الأمير سليمان الخالد الوفد. ثم وصل سلمان الخالد إلى القاعة';
    expect(linkedFromSpans(text, ['سليمان الخالد', 'سلمان الخالد'])).toEqual(['سليمان الخالد → سليمان الخالد', 'سلمان الخالد → سلمان الخالد']);
  });

  it('links a lone spelling to no one when two full names end in a spelling of it', () => {
    const text = 'تحدث آرون بوشنيل مع والدته إلدا بوشنيل طويلا. وقال بوشنل إن الأمر انتهى';
    expect(linkedFromSpans(text, ['آرون بوشنيل', 'إلدا بوشنيل', 'بوشنل']).at(-1)).toBe('بوشنل → بوشنل');
  });

  it('keeps apart names that differ in two words', () => {
    const text = 'وصل ماركوس بيترسون إلى المطار. وقال ماركو بيتيرسون إن الرحلة تأخرت';
    expect(linkedFromSpans(text, ['ماركوس بيترسون', 'ماركو بيتيرسون']).at(-1)).toBe('ماركو بيتيرسون → ماركو بيتيرسون');
  });
});

describe('people-spelling-link: a word in ي on the stem of a name is no spelling of it', () => {
  it('keeps a word ending in the pronoun ي apart from the family name on its stem', () => {
    const text = 'تروي الفنانة فاتن حمامة ذكرياتها. وأخذت حمامي ونمت';
    expect(linkedFromSpans(text, ['فاتن حمامة', 'حمامي']).at(-1)).toBe('حمامي → حمامي');
  });
});

describe('people-spelling-link: an entity spelt two ways is named as the page writes it most', () => {
  it('names the entity by the body spelling used three times, not the headline spelling used once', () => {
    const text = 'آرون بوشنيل: أصدقاء الطيار يتذكرونه. وقال آرون بوشنل إن الأمر صعب. وكتب آرون بوشنل رسالة. وترك آرون بوشنل وصية';
    expect(linkedFromSpans(text, ['آرون بوشنيل', 'آرون بوشنل', 'آرون بوشنل', 'آرون بوشنل'])).toEqual([
      'آرون بوشنيل → آرون بوشنل', 'آرون بوشنل → آرون بوشنل', 'آرون بوشنل → آرون بوشنل', 'آرون بوشنل → آرون بوشنل',
    ]);
  });

  it('names the entity by the spelling written first when both are used as often', () => {
    const text = 'وقال روبرتو أزيفيدو إن المحادثات مستمرة. وأكد روبرتو آزفيدو ذلك';
    expect(linkedFromSpans(text, ['روبرتو أزيفيدو', 'روبرتو آزفيدو']).at(-1)).toBe('روبرتو آزفيدو → روبرتو أزيفيدو');
  });
});

describe('people-spelling-link: a lone family name finds the entity through either spelling', () => {
  it('links a lone family name to the person whose other spelling it matches, not to a relative of that spelling', () => {
    const text = 'آرون بوشنيل: قصة الطيار. تقول والدته إلدا بوشنل إنه كان هادئا. وكتب آرون بوشنل رسالة. وقال بوشنل فيها إنه لن يصمت';
    expect(linkedFromSpans(text, ['آرون بوشنيل', 'إلدا بوشنل', 'آرون بوشنل', 'بوشنل']).at(-1)).toBe('بوشنل → آرون بوشنيل');
  });
});
