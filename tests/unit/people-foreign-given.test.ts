import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('unlisted foreign given name before a lone surname', () => {
  it.each([
    // The surname's first mention, and the page names the person by it alone later.
    ['وكان تغران سوليان قد أسس الشركة، وقال سوليان إن الفكرة جاءت مبكرا', ['سوليان', 'سوليان'], ['تغران سوليان', 'سوليان']],
    // Right after a role, which announces a full name, though the surname stands once (and فيلبي is not ف + يلبي).
    ['وتجسست الوكالة على الرئيس المكسيكي السابق فيلبي كالديرون لسنوات', ['كالديرون'], ['فيلبي كالديرون']],
    ['وقال النائب العام هاكان لارسون للصحيفة إن المتهمين اعتنيا بالنباتات', ['لارسون'], ['هاكان لارسون']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // A common noun with a cluster before the surname is no given name.
    ['وعلى حد قول غوميز فإن الأسعار ترتفع، وأضاف غوميز أن الطلب كبير', ['غوميز', 'غوميز'], ['غوميز', 'غوميز']],
    // The surname stood before: the word before a later mention is no given name.
    ['وقال سوليان إن الفكرة جاءت مبكرا، وكان تغران سوليان قد أسس الشركة', ['سوليان', 'سوليان'], ['سوليان', 'سوليان']],
    // The surname stands once only, after no role: nothing on the page shows the word before as a given name.
    ['وكان تغران سوليان قد أسس الشركة قبل سنوات', ['سوليان'], ['سوليان']],
    // After a role, a preposition's reading of a known word is no given name (ب + أداء).
    ['وأشاد المدرب بأداء فهد في المباراة', ['فهد'], ['فهد']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});

describe('foreign given name the corpora know as a place', () => {
  it.each([
    ['التقى المبعوث الأممي برناردينو ليون الوفود، وقال ليون إن الحوار يتقدم', ['برناردينو ليون', 'ليون'], ['برناردينو ليون', 'ليون']],
    // The second word alone nowhere, but a surname the lists know as a person's: the head is the given name.
    ['التقى المبعوث الأممي برناردينو ليون الوفود في الصخيرات', ['برناردينو ليون'], ['برناردينو ليون']],
    ['وخسرت بترا كفيتوفا مباراتها الأولى أمس', ['بترا كفيتوفا'], ['بترا كفيتوفا']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // A frequent place word before a given name stays out of it.
    ['وقال سيدي سعود إن الطريق طويل، وأضاف سعود أن الأمل باق', ['سيدي سعود', 'سعود'], ['سعود', 'سعود']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
