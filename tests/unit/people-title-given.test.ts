import { describe, expect, it } from 'vitest';
import { isTitleAsGivenName } from '@/utils/nlp/people-title-given';
import { boundsContextOf, peopleFromSpans } from './person-mentions';

/** isTitleAsGivenName at the first word of `text`. */
function titleIsGiven(text: string): boolean {
  return isTitleAsGivenName(boundsContextOf(text), 0);
}

describe('a title word before a name: the given name, or a title left out', () => {
  // Each row: the text, the tagger's spans, the names found.
  it.each([
    // سلطان before a family name with the article the lists know as a name or not at all.
    ['وغاب سلطان البيشي عن التدريب', ['سلطان البيشي'], ['سلطان البيشي']],
    // أمين، أمير، سلطان before a listed name without the article: the person's given name.
    ['وكتب السيناريو أمين راضي للمسلسل الجديد', ['أمين راضي'], ['أمين راضي']],
    ['وشارك اللاعب أمير كردي في المباراة', ['أمير كردي'], ['أمير كردي']],
    ['وحضر اللقاء سلطان عبد الله الحسين مندوبا', ['سلطان عبد الله الحسين'], ['سلطان عبد الله الحسين']],
    // An unlisted family name with a feminine ending, after a description with the article.
    ['وكتب الصحافي المعروف أمين قمورية مقالا', ['أمين قمورية'], ['أمين قمورية']],
    // ملك before a listed name: the given name of the Seljuk sultan.
    ['وحكم السلطان ملك شاه البلاد عشرين عاما', ['ملك شاه'], ['ملك شاه']],
    // A title before a country, or with the article, or an academic title: trimmed as before.
    ['وصرح أمير قطر تميم بن حمد بأن', ['أمير قطر تميم بن حمد'], ['تميم بن حمد']],
    ['وزار البابا فرنسيس المدينة', ['البابا فرنسيس'], ['فرنسيس']],
    ['وأوضح العقيد دكتور عاطي بن عطية القرشي أن', ['دكتور عاطي بن عطية القرشي'], ['عاطي بن عطية القرشي']],
    // شيخ written bare before a name is the honorific, not a given name.
    ['وألقى شيخ محمد العلي كلمة في الحفل', ['شيخ محمد العلي'], ['محمد العلي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});

describe('title word before a word with the article', () => {
  it('is a given name only when the corpora give it as a person\'s (سلطان البيشي), not a list\'s reading alone', () => {
    expect(titleIsGiven('سلطان البيشي')).toBe(true);
    // و + لي (a listed given name) and شيخ are no given names before what the title governs.
    expect(titleIsGiven('ولي العهد')).toBe(false);
    expect(titleIsGiven('شيخ العقل')).toBe(false);
  });
});
