import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-object-construct: a common noun governing a genitive after the subject is the object', () => {
  it('ونفى المسؤول صحة الأنباء: the subject ends before صحة', () => {
    const text = 'ونفى المسؤول صحة الأنباء المتداولة قائلا: «لا يوجد أي قرار بإغلاق المصنع حتى الآن».';
    expect(quoteSpeakers(text)).toEqual(['المسؤول']);
  });

  it('a given name after a title goes on with the subject (الوزير عادل الجبير)', () => {
    const text = 'وقال الوزير عادل الجبير: «العلاقات بين البلدين متينة وراسخة».';
    expect(quoteSpeakers(text)[0]).toBe('الوزير عادل الجبير');
  });
});
