import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from './person-mentions';

describe('quotes-full-name: a body called by its head alone is the fuller one named before', () => {
  it('الوزارة is the ministry named last', () => {
    const text = 'وانتقدت وزارة السياحة القرار. وأصدرت وزارة القوى العاملة تعميما. وقالت الوزارة في بيان إن «التعميم يسري فورا».';
    expect(speakers(text)).toEqual(['وزارة القوى العاملة']);
  });

  it('الوزارة is the ministry of the minister named since, its nisba made feminine', () => {
    const text = 'وانتقدت وزارة السياحة القرار. وأمر وزير الداخلية العراقي في خطاب رسمي بإغلاق النوادي. وقالت الوزارة في بيان إن «الإغلاق جاء تطبيقا للقانون».';
    expect(speakers(text)).toEqual(['وزارة الداخلية العراقية']);
  });

  it('a ministry named after the minister is still the one meant', () => {
    const text = 'وأمر وزير الداخلية بإغلاق النوادي. وردت وزارة السياحة على القرار. وقالت الوزارة في بيان إن «التراخيص سليمة».';
    expect(speakers(text)).toEqual(['وزارة السياحة']);
  });
});
