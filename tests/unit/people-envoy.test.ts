import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a name the tagger left untagged after an envoy and where they serve (people-envoy)', () => {
  it.each([
    ['وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور إن الاتفاق جيد.', ['سامنتا باور']],
    ['ودعت مندوبة واشنطن لدى الأمم المتحدة، سامانثا باور، إلى التهدئة.', ['سامانثا باور']],
    ['واستقبل الوزير سفير جمهورية باكستان لدى المملكة منظور الحق.', ['منظور الحق']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // No envoy before لدى: what follows where they serve is the sentence going on.
    ['وقدمت الوزارة طلبا لدى الأمم المتحدة أمس، وانتظرت الرد.'],
    // An envoy, but a phrase runs on after where they serve, not a name closed by a mark or إن.
    ['وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة إن الاتفاق جيد.'],
    ['وطلبت سفيرة الولايات المتحدة لدى الأمم المتحدة عقد جلسة طارئة للمجلس.'],
  ])('%s', (text) => {
    expect(peopleFromSpans(text, [])).toEqual([]);
  });
});
