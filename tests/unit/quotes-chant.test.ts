import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-chant: chants and slogans named with whose they are', () => {
  it.each([
    ['وقال خامنئي في خطاب ألقاه في مسجد بطهران وتخللته هتافات المصلين «الموت لأمريكا» و«الموت لإسرائيل».', [['خامنئي', 'p:خامنئي']], ['المصلين', 'المصلين']],
    ['يقول أحد السفراء، وهو يرى على الشاشة شعارات الحوثيين «الموت لأميركا وإسرائيل»، إن الوضع خطير.', [], ['الحوثيين']],
  ] as Array<[string, Array<[string, string]>, string[]]>)('%s', (text, people, expected) => {
    expect(quoteSpeakers(text, people)).toEqual(expected);
  });

  it('an adjective after the chant noun is no owner', () => {
    expect(quoteSpeakers('وأطلق المتظاهرون في الساحة هتافات غاضبة «ارحل ارحل يا حكومة الفساد».')).not.toContain('غاضبة');
  });
});
