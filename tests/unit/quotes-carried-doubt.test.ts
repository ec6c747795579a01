import { describe, expect, it } from 'vitest';
import { quotesWithPeople } from './person-mentions';

const speakers = (text: string, people: Array<[string, string]>) => quotesWithPeople(text, people).map((q) => [q.speaker, q.confidence]);

describe('quotes-carried-doubt: a person carried over to a bare verb is given low when it may be someone else', () => {
  it('a plural verb does not go on with one person', () => {
    const text = 'قال سمير حداد إن «الوضع هادئ في المدينة». وبعد الاجتماع وصل الأصدقاء إلى المكان. ويقولون: «الخطر ما زال قائما».';
    expect(speakers(text, [['سمير حداد', 'p:حداد']])).toEqual([['سمير حداد', 0.9], ['سمير حداد', 0.4]]);
  });
  it('a person named since as the subject of a new sentence', () => {
    const text = 'قال سمير حداد إن «الوضع هادئ في المدينة». لكن كريم منصور يعمل في الزراعة منذ سنوات، ولذا نجده يقول: «الخطر ما زال قائما».';
    expect(speakers(text, [['سمير حداد', 'p:حداد'], ['كريم منصور', 'p:منصور']])).toEqual([['سمير حداد', 0.9], ['سمير حداد', 0.4]]);
  });
  it.each([
    ['وعن لقائه الوزير الفرنسي كريم منصور في باريس الأسبوع الماضي قال: «كان لقاء مثمرا».'],
    // vowel marks do not hide the article
    ['وعن لقائه الوزيرَ الفرنسيَّ كريم منصور في باريس الأسبوع الماضي قال: «كان لقاء مثمرا».'],
  ])('a person named after a definite title is spoken of: the carried speaker keeps its confidence (%s)', (rest) => {
    const text = `قال سمير حداد إن «الوضع هادئ في المدينة». ${rest}`;
    expect(speakers(text, [['سمير حداد', 'p:حداد'], ['كريم منصور', 'p:منصور']])).toEqual([['سمير حداد', 0.9], ['سمير حداد', 0.7]]);
  });
});
