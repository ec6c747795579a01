import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a name after a kinship noun that the page writes again after a cue', () => {
  it('a name shaped as a noun, found again after a speech verb', () => {
    expect(peopleFromSpans('حضرت الحفل مع ابنتي نادية وزوجي. ثم قالت نادية إنها سعيدة.', [])).toEqual(['نادية', 'نادية']);
  });
  it('a rare name found again after another kinship noun', () => {
    expect(peopleFromSpans('سافر مع زميلي كرومبار إلى الجبل، ثم عاد زميلي كرومبار وحده.', [])).toEqual(['كرومبار', 'كرومبار']);
  });
  it.each([
    // Said once only: the kinship noun alone does not tell a name from a description.
    'حضرت الحفل مع ابنتي نادية وزوجي.',
    // A common word after the noun, written again after a speech verb.
    'سافر مع ابنه في الصيف، وقال في حديثه إنه سعيد.',
  ])('%s', (text) => {
    expect(peopleFromSpans(text, [])).toEqual([]);
  });
});
