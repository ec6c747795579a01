import { describe, expect, it } from 'vitest';
import { quotesWithPeople } from './person-mentions';

describe('quotes-hal: a ḥāl after the speech verb is not its subject', () => {
  it('a lone feminine participle before the colon', () => {
    const text = 'تحدثت سلمى النجار عن دورها الجديد. وتابعت متفائلة: «سأقدم شخصية مختلفة تماما هذا الموسم».';
    const q = quotesWithPeople(text, [['سلمى النجار', 'p:النجار']]);
    expect(q.map((x) => x.speaker)).toEqual(['سلمى النجار']);
  });
  it('a masculine participle and its object', () => {
    const text = 'زار كريم الحداد المعرض أمس. وقال لهم مستعيدا ذكريات الطفولة: «كنت آتي إلى هنا مع أبي كل أسبوع».';
    const q = quotesWithPeople(text, [['كريم الحداد', 'p:الحداد']]);
    expect(q.map((x) => [x.speaker, x.confidence])).toEqual([['كريم الحداد', 0.6]]);
  });
  it('a person named right after the participle is the subject', () => {
    const text = 'وقال مبتسما سامر حداد: «سنعود إلى الملعب أقوى من قبل في الموسم القادم».';
    const q = quotesWithPeople(text, [['سامر حداد', 'p:حداد']]);
    expect(q.map((x) => [x.speaker, x.confidence])).toEqual([['سامر حداد', 0.9]]);
  });
  it('a person whose name has the shape of a participle is still the subject', () => {
    const text = 'وقالت منيرة: «سأقدم شخصية مختلفة تماما هذا الموسم».';
    const q = quotesWithPeople(text, [['منيرة', 'p:منيرة']]);
    expect(q.map((x) => x.speaker)).toEqual(['منيرة']);
  });
});
