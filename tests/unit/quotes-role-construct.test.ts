import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';
import { definiteByName } from '@/utils/nlp/quotes-role-construct';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);
const LEAD = 'وصل خالد المنصوري إلى المطار صباح اليوم. ';
const SAID = ': «سنفتتح الحديقة الجديدة قبل نهاية الشهر».';

describe('quotes-role-construct: a role made definite by the place it governs', () => {
  it.each([
    ['وقال رئيس بلدية دبي'],
    ['وقال مدرب منتخب مصر السابق'],
  ])('%s is the person just named', (subject) => {
    expect(speakers(`${LEAD}${subject}${SAID}`)).toEqual(['خالد المنصوري']);
  });

  it('an indefinite role brings in someone new', () => {
    expect(speakers(`${LEAD}وقال قائد قوات محلية${SAID}`)).toEqual(['قائد قوات محلية']);
  });

  it('tells a construct ending in a place from an indefinite phrase or a placed role', () => {
    expect(definiteByName(['غرفة', 'مكة'])).toBe(true);
    expect(definiteByName(['دفاع', 'اميركي'])).toBe(false);
    expect(definiteByName(['في', 'مكة'])).toBe(false);
  });
});
