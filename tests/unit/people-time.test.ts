import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isPartOfDayAt: a part of the day before a day word', () => {
  it('leaves the time out of the name before it', () => {
    const text = 'غادر الأمير خالد بن فيصل صباح اليوم مدينة جدة متوجها إلى الرياض';
    expect(peopleFromSpans(text, ['خالد بن فيصل صباح'])).toEqual(['خالد بن فيصل']);
  });

  it('drops a lone part of the day read as a name', () => {
    const text = 'وكان أمير المنطقة قد استقبل مساء أمس في مكتبه وفدا من رجال الأعمال';
    expect(peopleFromSpans(text, ['مساء'])).toEqual([]);
  });

  it('keeps the given name صباح before a family name', () => {
    const text = 'وقالت الفنانة صباح الجزائري إن العمل الجديد يعرض في رمضان';
    expect(peopleFromSpans(text, ['صباح الجزائري'])).toEqual(['صباح الجزائري']);
  });
});
