import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('family name that is also a title with the article', () => {
  it.each([
    // A role in apposition closes the name: المرشد is the family name.
    ['وافتتح المعرض فهد المرشد مدير إدارة النشاط في المحافظة', 'فهد المرشد', ['فهد المرشد']],
    // A mark closes it.
    ['وشارك في اللجنة سعد السلطان (محاسب) وآخرون', 'سعد السلطان', ['سعد السلطان']],
    // The أن of reported speech closes it.
    ['وأوضح ناصر الأمين أن الموسم طويل', 'ناصر الأمين', ['ناصر الأمين']],
    // Without the article, a title the lists also know as a family name, closed by a role.
    ['وقال محمد رحيم أمين حاكم منطقة بركي براك إن الهجوم وقع ليلا', 'محمد رحيم أمين', ['محمد رحيم أمين']],
  ])('%s', (text, span, expected) => {
    expect(peopleFromSpans(text, [span])).toEqual(expected);
  });
  it.each([
    // Not closed: the title goes on with its complement, and is trimmed.
    ['والتقى فهد الأمين العام للمجلس', 'فهد الأمين', ['فهد']],
    // Without the article and not closed: the role and its complement.
    ['والتقى محمد رحيم أمين عام الحزب', 'محمد رحيم أمين', ['محمد رحيم']],
  ])('%s', (text, span, expected) => {
    expect(peopleFromSpans(text, [span])).toEqual(expected);
  });
});
