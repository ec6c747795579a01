import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-definite-object: a definite noun after a definite subject is the object', () => {
  it('وفسر المدرب الخسارة: a feminine noun after a masculine head starts the object', () => {
    const text = 'وفسر المدرب الخسارة بالإرهاق قائلا: «اللاعبون لم يحصلوا على راحة كافية بين المباراتين».';
    expect(quoteSpeakers(text)).toEqual(['المدرب']);
  });

  it('اتهمت النقابة الإدارة: a verbal noun starts the object', () => {
    const text = 'واتهمت النقابة الإدارة بالمماطلة وقالت: «ننتظر منذ شهور ردا على مطالب العمال».';
    expect(quoteSpeakers(text)).toEqual(['النقابة']);
  });

  it('an agreeing adjective or a modifier stays in the subject (الأمم المتحدة، الأمين العام)', () => {
    expect(quoteSpeakers('وقالت الأمم المتحدة في بيان: «الوضع الإنساني يزداد سوءا كل يوم».')).toEqual(['الأمم المتحدة']);
    expect(quoteSpeakers('وقال الأمين العام للمنظمة: «نحن بحاجة إلى دعم عاجل».')).toEqual(['الأمين العام']);
  });

  it('a family name after a title stays in the subject (الشيخ الحقيل)', () => {
    const text = 'ووصف الشيخ الحقيل القرار بأنه «خطوة مباركة طال انتظارها».';
    expect(quoteSpeakers(text)).toEqual(['الشيخ الحقيل']);
  });
});
