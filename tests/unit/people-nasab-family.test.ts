import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isCommonFamilyNameAfterNasab: a common word as the family name after a nasab', () => {
  it('takes a nationality closing the name before أن', () => {
    const text = 'وأوضح منسق الدورة خالد بن ناصر المصري أن التسجيل مفتوح';
    expect(peopleFromSpans(text, ['خالد بن ناصر'])).toEqual(['خالد بن ناصر المصري']);
  });

  it('leaves out a word of time and a relative pronoun', () => {
    expect(peopleFromSpans('وصل الأمير فيصل بن سلمان اليوم، إلى جدة', ['فيصل بن سلمان'])).toEqual(['فيصل بن سلمان']);
    expect(peopleFromSpans('زار الشيخ موسى بن عيسى الذي ألف الكتاب', ['موسى بن عيسى'])).toEqual(['موسى بن عيسى']);
  });
});

describe('endsInNasabName: a nasab to a compound name written in two words', () => {
  it('takes the family name after بن عبد الله', () => {
    const text = 'وتعيين المهندس سالم بن عبد الله الرويلي مديرًا للإدارة';
    expect(peopleFromSpans(text, ['سالم بن عبد الله'])).toEqual(['سالم بن عبد الله الرويلي']);
  });

  it('leaves out a relative pronoun after بن عبد الرحمن', () => {
    expect(peopleFromSpans('زار الشيخ سالم بن عبد الرحمن الذي ألف الكتاب', ['سالم بن عبد الرحمن'])).toEqual(['سالم بن عبد الرحمن']);
  });
});
