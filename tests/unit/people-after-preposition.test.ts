import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('doubtGivenNameAfterPreposition: a given name that is a common word after a preposition', () => {
  it('drops a verbal noun heading a construct after على', () => {
    const text = 'تعمل الإدارة على تيسير وصول الخدمات للمراجعين';
    expect(peopleFromSpans(text, ['تيسير'])).toEqual([]);
  });

  it('drops a noun after من before its adjective', () => {
    const text = 'تنطلق الخطة من إيمان عميق بقدرة الشباب';
    expect(peopleFromSpans(text, ['إيمان'])).toEqual([]);
  });

  it('keeps the name when a fuller name on the page backs it', () => {
    const text = 'التقى الوزير تيسير الخطيب، ثم تحدث عن تيسير وصول المساعدات';
    expect(peopleFromSpans(text, ['تيسير الخطيب', 'تيسير'])).toEqual(['تيسير الخطيب', 'تيسير']);
  });

  it('keeps a name before a function word behind و', () => {
    const text = 'تكررت الأخطاء بعد صدام وما تلاه من أحداث';
    expect(peopleFromSpans(text, ['صدام'])).toEqual(['صدام']);
  });
});
