import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('title word that is the given name before a bare name', () => {
  it.each([
    // أمين، أمير، سلطان before a listed name without the article: the person's given name.
    ['وكتب السيناريو أمين راضي للمسلسل الجديد', ['أمين راضي'], ['أمين راضي']],
    ['وشارك اللاعب أمير كردي في المباراة', ['أمير كردي'], ['أمير كردي']],
    ['وحضر اللقاء سلطان عبد الله الحسين مندوبا', ['سلطان عبد الله الحسين'], ['سلطان عبد الله الحسين']],
    // An unlisted family name with a feminine ending, after a description with the article.
    ['وكتب الصحافي المعروف أمين قمورية مقالا', ['أمين قمورية'], ['أمين قمورية']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // A title before a country, or with the article, or an academic title: trimmed as before.
    ['وصرح أمير قطر تميم بن حمد بأن', ['أمير قطر تميم بن حمد'], ['تميم بن حمد']],
    ['وزار البابا فرنسيس المدينة', ['البابا فرنسيس'], ['فرنسيس']],
    ['وأوضح العقيد دكتور عاطي بن عطية القرشي أن', ['دكتور عاطي بن عطية القرشي'], ['عاطي بن عطية القرشي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
