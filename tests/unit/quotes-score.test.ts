import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: the subject slot right after a speech verb (quotes-score)', () => {
  it('words that call someone or open a clause are said, not a subject: صاح «يا ساتر»', () => {
    expect(quoteTexts('وسقطت اللوحة على المراسل التلفزيوني الذي صاح "يا ساتر" وتعرض المتواجدان لحرج كبير.')).toEqual(['يا ساتر']);
  });

  it.each([
    // A name there is the verb's subject.
    ['وقال "كيري" إنه يختلف مع الأمير في هذا الشأن.'],
    ['وطبقا للوكالة، قال "كريس فيليرز" إن الرحلة هبطت بسلام.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
