import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropSheikhPlaces: a town named الشيخ + a word is no sheikh', () => {
  it('drops the word after الشيخ that the page also writes after في الشيخ', () => {
    const text = 'وقعت اشتباكات في الشيخ كرنوب أمس، وأغلقت الشرطة طرق الشيخ كرنوب كلها';
    expect(peopleFromSpans(text, ['كرنوب', 'كرنوب'])).toEqual([]);
  });

  it('drops a listed given name after a district noun and الشيخ, alone', () => {
    const text = 'انقطعت الكهرباء عن أحياء الشيخ سالم، وقال سكان بالشيخ سالم إن الانقطاع طويل';
    expect(peopleFromSpans(text, ['سالم', 'سالم'])).toEqual([]);
  });

  it('keeps a sheikh after في when the lists know his name', () => {
    const text = 'قال الإمام رأيه في الشيخ سالم بن راشد أمس';
    expect(peopleFromSpans(text, ['سالم بن راشد'])).toEqual(['سالم بن راشد']);
  });
});
