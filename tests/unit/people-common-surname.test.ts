import { describe, expect, it } from 'vitest';
import { otherArticleForm } from '@/utils/nlp/people-common-surname';
import { peopleFromSpans } from './person-mentions';

describe('surnames the page also writes as common words (people-common-surname.ts)', () => {
  it('switches the article of a folded word', () => {
    expect(otherArticleForm('الحلوي')).toBe('حلوي');
    expect(otherArticleForm('مشهد')).toBe('المشهد');
  });

  it('does not spread a surname the page also writes with the article switched (مشهد beside المشهد)', () => {
    expect(peopleFromSpans('وقال المخرج محمود مشهد إن التصوير انتهى. وبعد انتهاء المشهد الأول لم يفتني مشهد واحد من الفيلم.', ['محمود مشهد'])).toEqual(['محمود مشهد']);
    expect(peopleFromSpans('وقال الوزير أحمد الحلوى إن الاجتماع كان مثمرا. ثم قدمت حلوى العيد للضيوف، وكانت الحلوى لذيذة.', ['أحمد الحلوى'])).toEqual(['أحمد الحلوى']);
  });

  it('still spreads it after a speech verb (وأضاف الحلوى)', () => {
    expect(peopleFromSpans('وأكد الطاهي سامي الحلوى أن المطعم جديد. وأضاف الحلوى أن حلوى العيد جاهزة.', ['سامي الحلوى'])).toEqual(['سامي الحلوى', 'الحلوى']);
  });
});
