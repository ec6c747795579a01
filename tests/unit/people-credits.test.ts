import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people-credits: names in the credits of a song, a film or a show', () => {
  it('takes a listed given name and a family name right after a credit noun, closed by a mark or the next credit', () => {
    expect(peopleFromSpans('وطرحت أغنية (روح رده) من كلمات فراس الحبيب وألحان عادل العراقي، في الألبوم.', [])).toEqual(['فراس الحبيب', 'عادل العراقي']);
    expect(peopleFromSpans('والمسرحية من تأليف إسراء الصحبي، وإخراج خالد الحربي، للنساء فقط.', [])).toEqual(['إسراء الصحبي', 'خالد الحربي']);
  });

  it('leaves a credit noun before words that are no name', () => {
    expect(peopleFromSpans('والمخدرات بكثرة سواء توزيع أو تعاطي. كالحشيش.', [])).toEqual([]);
    expect(peopleFromSpans('وكان الدافع الأول في تقديم أفضل العروض وأبدوا إعجابهم.', [])).toEqual([]);
    expect(peopleFromSpans('وشارك في بطولة كأس العالم، منتخب البرازيل.', [])).toEqual([]);
  });
});
