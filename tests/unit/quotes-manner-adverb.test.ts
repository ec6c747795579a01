import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-subject: a manner adverb after a speech verb is not its subject', () => {
  it('ثم قال بأسى: «…»: the one speaking before, not بأسى', () => {
    const text = 'وقال المدرب هشام النجار: «خسرنا اليوم». ثم قال بأسى: «لم نستحق هذه النتيجة».';
    expect(quoteSpeakers(text, [['هشام النجار', 'p:هشام النجار']])).toEqual(['هشام النجار', 'هشام النجار']);
  });

  it('قالت له بعدها الموظفة: «…»: بعدها is skipped and the subject follows', () => {
    const text = 'ورن الهاتف في الغرفة وقالت له بعدها الموظفة: «الغرفة جاهزة الآن».';
    expect(quoteSpeakers(text)).toEqual(['الموظفة']);
  });
});
