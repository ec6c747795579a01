import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe("a name after a town's police, municipality or education office (people-institutions TOWN_OFFICE)", () => {
  it.each([
    ['وقالت شرطة عفيف إنها تحقق مع خادمة.', ['عفيف']],
    ['وأنهت إدارة تعليم عفيف استعداداتها لاستقبال المرشحين.', ['عفيف']],
    ['وفتحت بلدية جوف بني هاجر الطريق المؤدي إلى بقيق.', ['جوف بني هاجر']],
  ])('%s', (text, spans) => {
    expect(peopleFromSpans(text, spans)).toEqual([]);
  });
  it.each([
    // A role governs the office: the name after the town is the office holder's.
    ['وقال رئيس بلدية تشاتانوغا أندي بيرك إن الوضع هادئ.', ['أندي بيرك'], ['أندي بيرك']],
    // Not in construct with the name: a person after the definite office.
    ['وقال المتحدث باسم الشرطة خالد العنزي إن الوضع هادئ.', ['خالد العنزي'], ['خالد العنزي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});

describe('عن طريق ("by way of") heads no road named after the person after it', () => {
  it.each([
    ['وجاء التأهل عن طريق المهاجم حمزة الدردور عند الدقيقة الأخيرة', ['حمزة الدردور'], ['حمزة الدردور']],
    // A road in construct with a patron's name is still the road.
    ['وأغلق طريق الملك فهد أمام السيارات', ['فهد'], []],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
