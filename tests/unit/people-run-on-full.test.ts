import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a word run on after a given name the page names in full with another word', () => {
  it.each([
    // The page calls the person هشام alone and writes هشام الرميثي twice: بخير is no family name.
    ['التقيت هشام الرميثي أمس، ثم اتصل هشام الرميثي مساء، وكان هشام مبتسما، وبدا هشام بخير',
      ['هشام الرميثي', 'هشام الرميثي', 'هشام', 'هشام بخير'], ['هشام الرميثي', 'هشام الرميثي', 'هشام', 'هشام']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // The given name never stands alone: a second person of that name may be meant.
    ['وقال هشام الرميثي إن الفريق جاهز، وأكد هشام الرميثي ذلك، وحضر هشام قنديلو أيضا',
      ['هشام الرميثي', 'هشام الرميثي', 'هشام قنديلو'], ['هشام الرميثي', 'هشام الرميثي', 'هشام قنديلو']],
    // A spelling variant of the page's family name stays whole.
    ['قالت أريانا هافينغتون إن الموقع نما، وأضافت أريانا هافينغتون ذلك، ثم تحدثت أريانا، ونقل عن أريانا هافنغتون',
      ['أريانا هافينغتون', 'أريانا هافينغتون', 'أريانا', 'أريانا هافنغتون'], ['أريانا هافينغتون', 'أريانا هافينغتون', 'أريانا', 'أريانا هافنغتون']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
