import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a rare surname spreads from a name the tagger was less sure of', () => {
  it.each([
    // A two-word name at low confidence; its rare surname stands again untagged.
    ['استقال زيغمونت كالاروفيتش من منصبه، وبعد تنحي كالاروفيتش تغيرت السياسة', ['زيغمونت كالاروفيتش'], ['زيغمونت كالاروفيتش', 'كالاروفيتش']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.45)).toEqual(expected);
  });
  it.each([
    // An inflected word read as a surname (a pronoun at its end, a feminine ending) spreads nowhere.
    ['وقال ماجد كتبيه إن الأمر انتهى، ثم رفع كتبيه عن الطاولة', ['ماجد كتبيه'], ['ماجد كتبيه']],
    ['ونشر ماجد تغريدة أمس، ثم حذف تغريدة أخرى', ['ماجد تغريدة'], ['ماجد تغريدة']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.45)).toEqual(expected);
  });
  it('a one-word name at low confidence spreads nowhere', () => {
    expect(peopleFromSpans('وصل كالاروفيتش أمس، وبعد تنحي كالاروفيتش تغيرت السياسة', ['كالاروفيتش'], 0.6)).toEqual(['كالاروفيتش']);
  });
});
