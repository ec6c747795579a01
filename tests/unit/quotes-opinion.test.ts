import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: words set off in the that-clause of a view verb (quotes-opinion)', () => {
  it.each([
    ['وتحدث الخبير عن السوق، ويرى أن خطة الشركة الجديدة «حلم بعيد».', 'حلم بعيد'],
    ['في حين ترى الهيئة المستقلة أن المؤشرات «تتراجع بشكل مقلق».', 'تتراجع بشكل مقلق'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // زاد "increased" with a later بعد أن is no view.
    ['زاد الإقبال بعد أن عرضت الصالات فيلم «حلم بعيد» في الموسم.'],
    // The writer's own قلت إن stays the writer's voice.
    ['ولا أبالغ إذا قلت إن الرحلة كانت «مغامرة كبيرة».'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
