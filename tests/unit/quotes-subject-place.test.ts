import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-subject-place: a role subject before its verb, with where it serves in between', () => {
  it('لكن أحد المسؤولين في … يقول: the official speaks', () => {
    const text = 'لم تعلق الحكومة على الأمر، لكن أحد المسؤولين الأمنيين في المدينة الساحلية يقول إن الشرطة «مستعدة لكل الاحتمالات».';
    expect(quoteSpeakers(text)).toEqual(['أحد المسؤولين الأمنيين']);
  });

  it('a phrase that does not open its clause is no subject: the minister it follows speaks', () => {
    const text = 'وتحدث الوزير عن أحد المسؤولين في المدينة الساحلية يقول إن الشرطة «مستعدة لكل الاحتمالات».';
    expect(quoteSpeakers(text)).toEqual(['الوزير']);
  });
});
