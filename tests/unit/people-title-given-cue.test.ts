import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a title word used as the given name after a role or a nationality (people-title-given isTitleGivenAfterCue)', () => {
  it.each([
    ['وعرض فيلم قيت القاهرة للمخرج أمير رمسيس، في الجزائر.', ['رمسيس'], ['أمير رمسيس']],
    ['في حين حصد المصري أمير رمسيس جائزة أفضل سيناريو.', ['رمسيس'], ['أمير رمسيس']],
    ['وحضر الحفل د. مساعد العيبان، وعدد من المسؤولين.', ['العيبان'], ['مساعد العيبان']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // No role, nationality or د. before the title word: it is left to the tagger.
    ['وفاز أمير رمسيس بالجائزة.', ['رمسيس'], ['رمسيس']],
    ['وقال إن أمير رمسيس فاز بالجائزة.', ['رمسيس'], ['رمسيس']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
