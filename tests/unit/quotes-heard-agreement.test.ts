import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-speaker-tracker: a person heard without a verb agrees as their name does', () => {
  it('يستدرك goes on with the person whose view was just given, not an older قال', () => {
    const text = 'قال سمير حداد إن «الأزمة طويلة جدا». أما بالنسبة للكاتب ماهر زيدان: «الحل في الحوار بين الجميع»، قبل أن يستدرك: «لكن الحوار بطيء للغاية».';
    expect(quoteSpeakers(text, [['سمير حداد', 'p:حداد'], ['ماهر زيدان', 'p:زيدان']])).toEqual(['سمير حداد', 'ماهر زيدان', 'ماهر زيدان']);
  });
});
