import { describe, expect, it } from 'vitest';
import { quotesWithPeople } from './person-mentions';

describe('quotes-carried-doubt: a person carried over to a bare verb is given low when it may be someone else', () => {
  it('a plural verb does not go on with one person', () => {
    const text = 'قال سمير حداد إن «الوضع هادئ في المدينة». وبعد الاجتماع وصل الأصدقاء إلى المكان. ويقولون: «الخطر ما زال قائما».';
    const q = quotesWithPeople(text, [['سمير حداد', 'p:حداد']]);
    expect(q.map((x) => x.speaker)).toEqual(['سمير حداد', 'سمير حداد']);
    expect(q[1]!.confidence).toBeLessThan(0.5);
  });
  it('a person named since as the subject of a new sentence', () => {
    const text = 'قال سمير حداد إن «الوضع هادئ في المدينة». لكن كريم منصور يعمل في الزراعة منذ سنوات، ولذا نجده يقول: «الخطر ما زال قائما».';
    const q = quotesWithPeople(text, [['سمير حداد', 'p:حداد'], ['كريم منصور', 'p:منصور']]);
    expect(q[1]!.confidence).toBeLessThan(0.5);
  });
  it('a person named after a definite title is spoken of: the carried speaker keeps its confidence', () => {
    const text = 'قال سمير حداد إن «الوضع هادئ في المدينة». وعن لقائه الوزير الفرنسي كريم منصور في باريس الأسبوع الماضي قال: «كان لقاء مثمرا».';
    const q = quotesWithPeople(text, [['سمير حداد', 'p:حداد'], ['كريم منصور', 'p:منصور']]);
    expect(q.map((x) => x.speaker)).toEqual(['سمير حداد', 'سمير حداد']);
    expect(q[1]!.confidence).toBeGreaterThanOrEqual(0.6);
  });
});
