import { describe, expect, it } from 'vitest';
import { crossesClause } from '@/utils/nlp/quotes-role-reach';
import { quoteSpeakers } from './person-mentions';

describe('quotes-role-reach: a role reaches its name within its noun phrase only', () => {
  it.each([
    [' كان يعمل في مخابرات ', true],
    [' الذي خسر في الانتخابات أمام ', true],
    [' أن السعودية لن تدعم ', true],
    [' في عدن. كما أشار إلى ', true],
    [' في الجيش الليبي ', false],
    [' في دبي، الفريق ', false],
  ])('%s → %s', (gap, crosses) => {
    expect(crossesClause(gap)).toBe(crosses);
  });

  it('يكشف ضابط كان يعمل في مخابرات فلان: the officer, not the one he served', () => {
    const text = 'يكشف ضابط ليبي كان يعمل في مخابرات سالم الورفلي أن «الرجل كان مرصودا في مصر وفي ليبيا منذ سنوات».';
    expect(quoteSpeakers(text, [['سالم الورفلي', 'p:سالم الورفلي']])).toEqual(['ضابط ليبي']);
  });

  it('a role whose reported clause names someone: not that person', () => {
    const text = 'ونقلت الصحيفة عن مسؤول رفيع المستوى في الاستخبارات، أن خالد الزين أمضى «نحو سبعة أشهر العام الماضي في الخارج».';
    expect(quoteSpeakers(text, [['خالد الزين', 'p:خالد الزين']])).toEqual(['مسؤول رفيع المستوى']);
  });

  it('a role, where it serves, then the name still names its holder', () => {
    const text = 'وقال الناطق باسم المقاومة الشعبية في تعز العميد سمير الحاج: «قواتنا تتقدم في المدينة».';
    expect(quoteSpeakers(text, [['سمير الحاج', 'p:سمير الحاج']])).toEqual(['سمير الحاج']);
  });
});
