import { describe, expect, it } from 'vitest';
import { quotesWithPeople } from './person-mentions';

describe('quotes-as-said: «…» هذا ما يقوله فلان names the speaker after the words', () => {
  it('the subject of the verb after هذا ما', () => {
    const text = 'المكان هادئ جدا. «هنا تشعر بأنك في جزء آخر من العالم» هذا ما يقوله سامر حداد صاحب الفكرة.';
    const q = quotesWithPeople(text, [['سامر حداد', 'p:حداد']]);
    expect(q.map((x) => x.speaker)).toEqual(['سامر حداد']);
  });
  it('over a speaker named before the words', () => {
    const text = 'وقالت ليلى يوسف إن المكان جميل. «هنا تشعر بأنك في جزء آخر من العالم» ذلك ما يؤكده سامر حداد.';
    const q = quotesWithPeople(text, [['ليلى يوسف', 'p:يوسف'], ['سامر حداد', 'p:حداد']]);
    expect(q.map((x) => x.speaker)).toEqual(['سامر حداد']);
  });
});
