import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people: the honorific آية الله behind a clitic', () => {
  it('leaves الله out of the name after وآية or لآية', () => {
    expect(peopleFromSpans('وتحدث عن الفكر السياسي لآية الله الطباطبائي', ['الله الطباطبائي'])).toEqual(['الطباطبائي']);
    expect(peopleFromSpans('وزار الوفد المرجع الشيرازي وآية الله الطباطبائي', ['الله الطباطبائي'])).toEqual(['الطباطبائي']);
  });

  it('keeps a name that ends in الله (فضل الله) whole', () => {
    expect(peopleFromSpans('وقال محمد حسين فضل الله إن الأمر محسوم', ['محمد حسين فضل الله'])).toEqual(['محمد حسين فضل الله']);
  });
});
