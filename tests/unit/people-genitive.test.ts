import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('headsIndefiniteGenitive: a given name heading an indefinite genitive phrase', () => {
  it('drops حسن before a common noun', () => {
    const text = 'قال المحلل إنه لا يوجد حسن نية لدى الطرفين';
    expect(peopleFromSpans(text, ['حسن'])).toEqual([]);
  });

  it('drops حسن after a preposition before a noun with a pronoun', () => {
    const text = 'وشكر اللاعب إدارة النادي على حسن تعاملها معه';
    expect(peopleFromSpans(text, ['حسن'])).toEqual([]);
  });

  it('keeps the name after a verb of speech', () => {
    const text = 'وقال حسن إن الفريق جاهز';
    expect(peopleFromSpans(text, ['حسن'])).toEqual(['حسن']);
  });
});
