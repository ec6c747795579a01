import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('predicate after a subject pronoun', () => {
  it.each([
    // An unlisted word after the pronoun is the predicate.
    ['ومات الرجل وهو جالس على الكرسي', ['جالس'], []],
    ['حيث كنا جالسين في البيت', ['جالسين'], []],
    // A word the lists know as a name stays (وهو محمد …).
    ['وكان في الصف الأول رجل، وهو محمد الذي جاء متأخرا', ['محمد'], ['محمد']],
    // A word of a fuller name of the page stays.
    ['وصل زيد جالسيان أمس. وسأل هو جالسيان عن الموعد', ['زيد جالسيان', 'جالسيان'], ['زيد جالسيان', 'جالسيان']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
});
