import { describe, expect, it } from 'vitest';
import { isSomeone, someone } from '@/utils/nlp/quotes-someone';
import { quoteSpeakers } from './person-mentions';

describe('quotes-someone: "one of them" after an أن is the subject a joined speech verb speaks for', () => {
  it.each([
    ['ثم ما السلاسة في هذه اللفظة حتى تلقى هذا الزخم؟ المهم أن أحدهم شخّص العلة وقال ” لفظة الرفدة عاشت في أماكن أقل هياطا من العانية ” .', 'أحدهم'],
    ['وقال المدرب إن الفريق جاهز. والغريب أن أحد اللاعبين خرج من الملعب وقال: «لن ألعب تحت هذه الظروف أبدا».', 'أحد اللاعبين'],
  ])('%s', (text, speaker) => {
    expect(quoteSpeakers(text).at(-1)).toBe(speaker);
  });

  it.each([['أحدهم', true], ['إحداهن', true], ['أحد الحاضرين', true], ['بعضهم', true], ['الاتفاق', false], ['أحمد', false]])('isSomeone(%s) → %s', (speaker, expected) => {
    expect(isSomeone(speaker)).toBe(expected);
  });

  it('a pronoun-suffixed form is a whole noun phrase: the words read after it are cut', () => {
    expect(someone({ speaker: 'أحدهم شخّص العلة', entity: null, start: 0, end: 16 })?.speaker).toBe('أحدهم');
    expect(someone({ speaker: 'أحد اللاعبين', entity: null, start: 0, end: 12 })?.speaker).toBe('أحد اللاعبين');
    expect(someone({ speaker: 'الاتفاق', entity: null, start: 0, end: 7 })).toBeNull();
  });
});
