import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a few words no one said, with no cue of speech, are a term (quotes-unowned-term)', () => {
  it.each([
    // The writer names a crime; the speech verb far before reports the whole sentence, not these words.
    ['يقول هذا الكاتب إن جريمة «قتل الحارس الأمين» هزت البلدة كلها.'],
    // A word discussed as a word.
    ['وكثيرا ما نسمع الناس يقولون: عند الفوضى في المجالس «هَرْجَلَة» وهي كلمة فصيحة.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it.each([
    // A colon introduces them.
    ['فقالت: «نعم»', 'نعم'],
    // They open a clause inside reported speech.
    ['وقال إن المحنة «قد زادت من إنتاجيته» نظرا لتفرغه.', 'قد زادت من إنتاجيته'],
    // Their speaker is found.
    ['وحمل المتظاهرون لافتات كتب عليها «لا للفساد».', 'لا للفساد'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
