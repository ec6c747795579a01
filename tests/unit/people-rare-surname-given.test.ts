import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('given name before a rare surname found alone', () => {
  it.each([
    // A nationality adjective announces the name; the foreign given name is unlisted.
    ['وانتشل البحار الليبي لوتشيا مهرتياب من الماء', ['مهرتياب'], ['لوتشيا مهرتياب']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
  it.each([
    // No cue before the word: it may be a verb or a noun of the clause.
    ['شهد لوتشيا مهرتياب الحفل', ['مهرتياب'], ['مهرتياب']],
    // The page names the person in full elsewhere.
    ['وقال جان مهرتياب إن الخطة جاهزة. وانتشل الليبي لوتشيا مهرتياب', ['جان مهرتياب', 'مهرتياب'], ['جان مهرتياب', 'مهرتياب']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
});
