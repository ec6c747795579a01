import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-speaker-tracker: what follows a source and a comma is no apposition of it', () => {
  it('وحسب الوكالة، يطلق القرار … ويدعو القرار إلى «…»: the resolution, not the agency', () => {
    const text = 'وقالت الوكالة الوطنية في بيان: «المجلس صوّت بالإجماع». وحسب الوكالة الوطنية، يفتح القرار الباب أمام رفع العقوبات تدريجيا. ويدعو القرار إلى «تطبيق كامل للجدول الزمني المتفق عليه».';
    expect(quoteSpeakers(text)).toEqual(['الوكالة الوطنية', 'القرار']);
  });
});
