import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-described: the phrase between وصف and بأنه is what is described, not who describes', () => {
  it('فلان، …، يصف الخطة بأنها «…»: the person who opens the sentence', () => {
    const text = 'رامي العلي، المستشار السابق في البنك المركزي، يصف الخطة بأنها «خطوة شجاعة».';
    expect(quoteSpeakers(text, [['رامي العلي', 'p:رامي العلي']])).toEqual(['رامي العلي']);
  });

  it('وأعلن فلان … ووصف الشبكة بأنها «…»: the subject of the sentence', () => {
    const text = 'وأعلن المدعي العام نبيل حداد التهم أمس ووصف الشبكة بأنها «أكبر عصابة في البلاد».';
    expect(quoteSpeakers(text, [['نبيل حداد', 'p:نبيل حداد']])).toEqual(['نبيل حداد']);
  });

  it('ووصف الوزير … الاتفاق بأنه «…»: a subject written out is kept', () => {
    const text = 'ووصف الوزير سامي الحمد الاتفاق بأنه «إنجاز كبير».';
    expect(quoteSpeakers(text, [['سامي الحمد', 'p:سامي الحمد']])).toEqual(['سامي الحمد']);
  });

  it('فلان … ووصف الحزب بـ«…»: بـ before the marks introduces the description too', () => {
    const text = 'وانتقد النائب كريم الشامي الحكومة أمس ووصف الحزب بـ«الخطر الأكبر».';
    expect(quoteSpeakers(text, [['كريم الشامي', 'p:كريم الشامي']])).toEqual(['كريم الشامي']);
  });
});
