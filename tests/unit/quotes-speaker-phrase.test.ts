import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-subject: عام after a role noun is "general", not "year"', () => {
  it('the subject runs on past مدير عام to the office', () => {
    const text = 'ونقلت الوكالة عن مدير عام مديرية شرطة العاصمة قوله: "إن عملا إرهابيا وقع بقرية العكر مساء أمس".';
    expect(quoteSpeakers(text)).toEqual(['مدير عام مديرية شرطة العاصمة']);
  });

  it('عام as a year still ends the subject', () => {
    const text = 'وقال المدير عام 2014 إن "الشركة ستتوسع في الخليج".';
    expect(quoteSpeakers(text)).toEqual(['المدير']);
  });
});

describe('quotes-speaker: the و of a clause the subject opens stays out of the speaker', () => {
  it('وخريطة وصفت … → خريطة', () => {
    const text = 'وأثارت التدريبات قلق السكان، وخريطة وصفت تكساس ويوتاه بـ"أراض معادية" زادت من مخاوفهم.';
    expect(quoteSpeakers(text)).toEqual(['خريطة']);
  });
});
