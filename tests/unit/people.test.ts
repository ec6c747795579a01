import { describe, expect, it } from 'vitest';
import { findPeople } from '@/utils/nlp/people';

function check(text: string) {
  const people = findPeople(text);
  for (const m of people) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.type).toBe('person');
    expect(m.entity.startsWith('p:')).toBe(true);
  }
  return people;
}

describe('findPeople', () => {
  it('links a surname to the full name: بلينكن → أنتوني بلينكن, without the clitic', () => {
    const text = 'التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره السعودي في الرياض. وقال بلينكن إن المحادثات كانت مثمرة، وأضاف وبلينكن يأمل في اتفاق قريب.';
    const people = check(text).filter((m) => m.name === 'أنتوني بلينكن');
    expect(people.map((m) => m.text)).toEqual(['أنتوني بلينكن', 'بلينكن', 'بلينكن']);
    expect(new Set(people.map((m) => m.entity))).toEqual(new Set(['p:انتوني بلينكن']));
    expect(people[0]!.role).toBe('وزير الخارجية الأمريكي');
  });

  it('links الرئيس ماكرون to إيمانويل ماكرون and keeps the title out of the name', () => {
    const text = 'قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستدعم المبادرة. وأوضح الرئيس ماكرون أن الحوار ضروري.';
    const people = check(text);
    const macron = people.filter((m) => m.text.includes('ماكرون'));
    expect(macron.map((m) => m.text)).toEqual(['إيمانويل ماكرون', 'ماكرون']);
    expect(macron.every((m) => m.name === 'إيمانويل ماكرون' && m.entity === 'p:ايمانويل ماكرون')).toBe(true);
    expect(macron[0]!.role).toBe('الرئيس الفرنسي');
  });

  it('links أردوغان to رجب طيب أردوغان', () => {
    const text = 'أكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تتراجع عن موقفها. وأضاف أردوغان أن بلاده مستعدة للحوار.';
    const names = check(text).filter((m) => m.text.includes('أردوغان'));
    expect(names).toHaveLength(2);
    expect(new Set(names.map((m) => m.name))).toEqual(new Set(['رجب طيب أردوغان']));
  });

  it('links a first and last name with the middle names left out: رجب أردوغان → رجب طيب أردوغان', () => {
    const text = 'أكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تتراجع عن موقفها. وقال رجب أردوغان إن بلاده مستعدة للحوار.';
    const names = check(text).filter((m) => m.text.includes('أردوغان'));
    expect(names.map((m) => m.text)).toEqual(['رجب طيب أردوغان', 'رجب أردوغان']);
    expect(new Set(names.map((m) => m.entity))).toEqual(new Set(['p:رجب طيب اردوغان']));
  });

  it.each([
    [
      'keeps the two-word honorific آية الله out of the name',
      'وقال المرشد الأعلى الإيراني آية الله علي خامنئي إن الاتفاق لن يغير شيئا. وأكد المرجع آية الله علي السيستاني أن الوضع خطير.',
      ['علي خامنئي', 'علي السيستاني'],
    ],
    [
      'does not find a name in a word written with the accusative tanwin (فرضاً is not ف + رضا)',
      'وقال الكاتب محمد رضا إن الأمر صعب جدا. وأتى كل شيء منظماً وكأنه فُرض عليك فرضاً يستحيل معه أن تبلو حسناً.',
      ['محمد رضا'],
    ],
  ])('%s', (_title, text, names) => {
    expect(check(text).map((m) => m.text)).toEqual(names);
  });

  it('does not spread a demonym surname (المصري) or an ordinal as a person', () => {
    const text = 'قال اللاعب أحمد المصري إن فريقه جاهز. وأكد الجيش المصري أن الحدود آمنة، فيما احتفل الفريق بلقبه الخامس.';
    const people = check(text);
    expect(people.some((m) => m.text === 'المصري' && m.start > text.indexOf('الجيش'))).toBe(false);
    expect(people.some((m) => m.text === 'الخامس')).toBe(false);
  });

  it('keeps two different people apart', () => {
    const text = 'اجتمع الرئيس الأمريكي جو بايدن مع الرئيس الصيني شي جين بينغ في بالي. وقال بايدن إن اللقاء كان صريحا.';
    const people = check(text);
    const ids = new Set(people.map((m) => m.entity));
    expect(ids.size).toBeGreaterThanOrEqual(2);
    const biden = people.filter((m) => m.text.includes('بايدن'));
    expect(new Set(biden.map((m) => m.entity)).size).toBe(1);
  });

  it('returns nothing for text without people', () => {
    expect(check('ارتفعت أسعار النفط في الأسواق العالمية اليوم بنسبة طفيفة.')).toEqual([]);
  });
});
