import { describe, expect, it } from 'vitest';
import { quotesWithPeople } from './person-mentions';

describe('quotes-attribution: a phrase carried on to a bare وأضاف is given low confidence', () => {
  it('an unnamed phrase carried on is low', () => {
    const q = quotesWithPeople('قال مصدر أمني إن «الوضع هادئ في المدينة». وأضاف: «لا توجد إصابات بين المدنيين».');
    expect(q.map((x) => x.speaker)).toEqual(['مصدر أمني', 'مصدر أمني']);
    expect(q[1]!.confidence).toBeLessThan(0.5);
  });
  it('a person carried on keeps its confidence', () => {
    const text = 'قال سمير حداد إن «الوضع هادئ في المدينة». وأضاف: «لا توجد إصابات بين المدنيين».';
    const q = quotesWithPeople(text, [['سمير حداد', 'p:حداد']]);
    expect(q.map((x) => x.speaker)).toEqual(['سمير حداد', 'سمير حداد']);
    expect(q[1]!.confidence).toBeGreaterThanOrEqual(0.6);
  });
});
