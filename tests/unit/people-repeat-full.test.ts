import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people: a confident full name found again untagged', () => {
  it('finds the whole name again where the tagger left it bare (not its surname alone)', () => {
    const text = 'قال المصمم راف سيمونز إن المجموعة جاهزة، ثم ظهر راف سيمونز في الحفل مع فريقه.';
    expect(peopleFromSpans(text, ['راف سيمونز'])).toEqual(['راف سيمونز', 'راف سيمونز']);
  });

  it('finds it behind a conjunction or a preposition, which stays out of the name (لراف سيمونز)', () => {
    const text = 'قال المصمم راف سيمونز إن المجموعة جاهزة، وصفق الجمهور طويلا لراف سيمونز في الحفل.';
    expect(peopleFromSpans(text, ['راف سيمونز'])).toEqual(['راف سيمونز', 'راف سيمونز']);
  });

  it('finds it behind ل where the ل meets the article (للوليد بن طلال)', () => {
    const text = 'قال الأمير الوليد بن طلال إن الشركة رابحة، وأكد المدير أن للوليد بن طلال حصة كبيرة';
    expect(peopleFromSpans(text, ['الوليد بن طلال'])).toEqual(['الوليد بن طلال', 'لوليد بن طلال']);
  });

  it('leaves the whole name, and its surname, alone after an institution noun or before a connector of a longer name', () => {
    const text = 'قال المصمم راف سيمونز إن دار راف سيمونز تعرض اليوم، وكان راف سيمونز بن علي حاضرا.';
    expect(peopleFromSpans(text, ['راف سيمونز'])).toEqual(['راف سيمونز']);
  });
});
