import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a word run into a name after its family name with the article', () => {
  it('is left out before a preposition or a definite noun it governs', () => {
    expect(peopleFromSpans('ويقول عبدالله العبدلي مشرف في أحد المطابخ إننا نعمل.', ['عبدالله العبدلي مشرف'])).toEqual(['عبدالله العبدلي']);
    expect(peopleFromSpans('وأوضح منصور الحسين مشرف الإعلام التربوي أن البرنامج بدأ.', ['منصور الحسين مشرف'])).toEqual(['منصور الحسين']);
    expect(peopleFromSpans('واختار الأمير تركي الفيصل أمانة الطائف لاحتضان المعرض.', ['تركي الفيصل أمانة'])).toEqual(['تركي الفيصل']);
  });

  it('stays in compound given names, regnal numbers and family particles, and before anything else', () => {
    expect(peopleFromSpans('وأمضى عبد الرحمن غويي المدعي السنغالي سنوات.', ['عبد الرحمن غويي'])).toEqual(['عبد الرحمن غويي']);
    expect(peopleFromSpans('وشريك سيف الدين رزقي في الهجوم فر.', ['سيف الدين رزقي'])).toEqual(['سيف الدين رزقي']);
    expect(peopleFromSpans('افتتحه الملك ألفونسو الثاني عشر في أكتوبر.', ['ألفونسو الثاني عشر'])).toEqual(['ألفونسو الثاني عشر']);
    expect(peopleFromSpans('وكشف الباحث سلمان آل رمضان عن بداية الموسم.', ['سلمان آل رمضان'])).toEqual(['سلمان آل رمضان']);
    expect(peopleFromSpans('وقال محمد السيد حسن إن الفريق جاهز.', ['محمد السيد حسن'])).toEqual(['محمد السيد حسن']);
  });
});

describe('a lone role noun that is also a name (مشرف: Musharraf; مساعد)', () => {
  it('is the role where it heads a preposition, a definite noun or a bare common noun', () => {
    expect(peopleFromSpans('وذكر مشرف الشؤون الإعلامية أن الطلبة أقاموا الصلاة.', ['مشرف'])).toEqual([]);
    expect(peopleFromSpans('وأكد سكرتير ثالث بالسفارة ومشرف لجان الجامعة أن الوزارة تعاونت.', ['ومشرف'])).toEqual([]);
    expect(peopleFromSpans('بدوره، قال مشرف قسم الذكور بالمركز إن البرامج كثيرة.', ['مشرف'])).toEqual([]);
    expect(peopleFromSpans('حتى وإن تم التعاقد مع مساعد في نهاية الموسم.', ['مساعد'])).toEqual([]);
  });

  it('is the person before إن, and where the page names him in full', () => {
    expect(peopleFromSpans('وقال مشرف إن باكستان لن تتراجع.', ['مشرف'])).toEqual(['مشرف']);
    expect(peopleFromSpans('وكان برويز مشرف رئيسا لباكستان. وقال مشرف في مقابلة إن الجيش قوي.', ['برويز مشرف', 'مشرف'])).toEqual(['برويز مشرف', 'مشرف']);
  });
});
