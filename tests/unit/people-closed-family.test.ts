import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('unlisted family name after two given names, closed by what follows', () => {
  it.each([
    // The tagger stops at the given names; a family name opening with الم (as participles do), closed by أن of reported speech.
    ['وأكد مدير الفرع عبدالله نايف المريبض أن العمل مستمر', ['عبدالله نايف المريبض']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, ['عبدالله نايف'])).toEqual(expected);
  });
  it.each([
    // A family name the corpora know only in organisations' names is kept after two given names and a mark.
    ['وكتب كمال أفرام البستاني، في مقدمة الكتاب', ['كمال أفرام البستاني']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, ['كمال أفرام البستاني'])).toEqual(expected);
  });
  it.each([
    // Not closed: a participle describing the man (المعار لفريق) stays out.
    ['وشارك عبدالله نايف المعار لفريق الشباب', ['عبدالله نايف']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, ['عبدالله نايف'])).toEqual(expected);
  });
  it('reads no word before a two-word name: an epithet at the start of the text is dropped without error', () => {
    expect(peopleFromSpans('سلمان الحزم قادم', ['سلمان الحزم'])).toEqual(['سلمان']);
  });
});
