import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-speaker-tracker: what follows a source and a comma is no apposition of it', () => {
  it('وحسب الوكالة، يطلق القرار … ويدعو القرار إلى «…»: the resolution, not the agency', () => {
    const text = 'وقالت الوكالة الوطنية في بيان: «المجلس صوّت بالإجماع». وحسب الوكالة الوطنية، يفتح القرار الباب أمام رفع العقوبات تدريجيا. ويدعو القرار إلى «تطبيق كامل للجدول الزمني المتفق عليه».';
    expect(quoteSpeakers(text)).toEqual(['الوكالة الوطنية', 'القرار']);
  });
});

describe('quotes-speaker-tracker: the sentence the reach back from a quotation lands in is read whole', () => {
  it('a bare وقال far after a long reported sentence goes on with its subject', () => {
    const text = 'وأكد الأمير خالد الفيصل بن عبد العزيز مستشار خادم الحرمين الشريفين، أمير منطقة مكة المكرمة، أن السعودية تستمد اعتزازها في المقام الأول من الدين الإسلامي وتعاليمه، ثم من المواطن السعودي الذي أثبت وطنيته في مختلف المناسبات والمواقف.\n\n وقال خلال استقباله المبايعين، في ديوان الإمارة بالعاصمة المقدسة، أمس، إن «هذا الكيان إذا كان له اعتزاز فهو بالدين أولاً ثم بالمواطن السعودي».';
    expect(quoteSpeakers(text, [['خالد الفيصل بن عبد العزيز', 'خالد الفيصل بن عبد العزيز']])).toEqual(['خالد الفيصل بن عبد العزيز']);
  });
});

describe('quotes-speaker-tracker: اشتكى reports what was said, as قال does', () => {
  it('a bare وقالوا after اشتكى goes on with its subject, not the reporter of the byline', () => {
    const text = 'زيد الخمشي- الرياض- سبق: اشتكى منسوبو الإدارة العامة للمجاهدين من تأخر صرف رواتبهم. وقالوا: "لا نعلم ما الأسباب".';
    expect(quoteSpeakers(text, [['زيد الخمشي', 'زيد الخمشي']])).toEqual(['منسوبو الإدارة العامة']);
  });
});
