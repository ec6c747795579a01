import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { quoteTexts } from './person-mentions';

const withSpeakers = (text: string) => detectQuotes(text).map((q) => [q.text, q.speaker]);

describe('detectQuotes: bare كتب with the place written in is the verb (quotes-wrote-in)', () => {
  it.each([
    ['وكان اللاعب كتب في صفحته على موقع «إنستغرام» أنه ينوي «الاعتزال نهاية الموسم».', 'الاعتزال نهاية الموسم', 'اللاعب'],
  ])('%s', (text, quoted, speaker) => {
    expect(withSpeakers(text)).toEqual([[quoted, speaker]]);
  });

  it.each([
    // كتب "books" on a subject: no speech.
    ['وتعرض المكتبة كتب في التاريخ منها «رحلة الشتاء» و«مدن الملح».'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
