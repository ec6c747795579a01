import { describe, expect, it } from 'vitest';
import { mentionsFromTypedSpans } from './person-mentions';

const peopleFrom = (text: string, names: Array<[string, 'PERS']>) => mentionsFromTypedSpans(text, names).map((m) => m.text);

describe('a person whose fullest name is a known city of two words or more', () => {
  it('is the city (خميس مشيط), everywhere on the page', () => {
    const text = 'وصل الوفد بخميس مشيط صباحا، ثم غادر خميس مشيط مساء.';
    expect(peopleFrom(text, [['خميس مشيط', 'PERS'], ['خميس مشيط', 'PERS']])).toEqual([]);
  });

  it('leaves a person whose one-word name is also a city, and a name that only holds a city', () => {
    expect(peopleFrom('وقالت فيكتوريا إن الحفل ناجح.', [['فيكتوريا', 'PERS']])).toEqual(['فيكتوريا']);
    expect(peopleFrom('وقال خميس العتيبي إن الحفل ناجح.', [['خميس العتيبي', 'PERS']])).toEqual(['خميس العتيبي']);
  });
});
