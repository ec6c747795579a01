import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropDatelinePlaces: the place of a dateline is no person', () => {
  it('drops the place after a reporter and a source between dashes', () => {
    const text = 'سامي الحربي- سبق- عفراء: وقع حادث مروري على طريق عفراء أمس، وقال سامي الحربي إن الطريق مزدحم';
    expect(peopleFromSpans(text, ['عفراء', 'عفراء', 'سامي الحربي'])).toEqual(['سامي الحربي', 'سامي الحربي']);
  });

  it('drops the place after a source that opens a line', () => {
    const text = 'سبق- نجلاء: احتفل ماجد العنزي بزفاف نجله';
    expect(peopleFromSpans(text, ['نجلاء', 'ماجد العنزي'])).toEqual(['ماجد العنزي']);
  });

  it('keeps a name after a dash that no source word and dash precede', () => {
    const text = 'آراء المشاركات:\n- نجلاء السبيعي: يجب دعم الأسر';
    expect(peopleFromSpans(text, ['نجلاء السبيعي'])).toEqual(['نجلاء السبيعي']);
  });
});
