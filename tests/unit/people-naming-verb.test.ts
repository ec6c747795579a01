import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a name the tagger left untagged right after a word that gives one (people-naming-verb)', () => {
  it.each([
    ['واعتقلت الشرطة رجلا يدعى ساوتي كوما يوم الأحد الماضي.', ['ساوتي كوما']],
    ['وقام أحد نجوم الإنستجرام ويدعى «بدران» بإقناع أصدقائه.', ['بدران']],
    ['ويدور المسلسل حول مقدمة برنامج تدعى نهال، تبحث عن الحقيقة.', ['نهال']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // A preposition on a known word or on the article after the naming word: a nickname, not a name.
    ['واشتهر العداء الملقب بالبرق في البطولة.', []],
    // The name stops before an adverb with its preposition.
    ['واقترح خبير اقتصادي يدعى ثوماس رايتز بهدوء حلا محتملا.', ['ثوماس رايتز']],
    // اسمه is no naming word here: a predicate follows it as often.
    ['وأصبح اسمها يرادف كل ما هو فاخر.', []],
    // A common word after يدعي ("claims"): no name.
    ['وهو يدعي أن الأمر انتهى.', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
