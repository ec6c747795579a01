import { describe, expect, it } from 'vitest';
import { mentionsFromTypedSpans } from './person-mentions';

const linkedFromSpans = (text: string, names: string[]) => mentionsFromTypedSpans(text, names.map((n) => [n, 'PERS'])).map((m) => `${m.text} → ${m.name}`);

describe('trimVerbBeforeSurname: a perfect verb after و before a surname the page gives in full', () => {
  it('keeps the verb out and links the surname to the full name', () => {
    const text = 'قال المهندس حسن قاسم إن التحديث جاهز. ونوه قاسم بأن الخدمة مجانية';
    expect(linkedFromSpans(text, ['حسن قاسم', 'نوه قاسم'])).toEqual(['حسن قاسم → حسن قاسم', 'قاسم → حسن قاسم']);
  });

  it('keeps a listed given name after و: two kinsmen of one family', () => {
    const text = 'حضر الحفل فهد الدوسري وسعد الدوسري';
    expect(linkedFromSpans(text, ['فهد الدوسري', 'سعد الدوسري'])).toEqual(['فهد الدوسري → فهد الدوسري', 'سعد الدوسري → سعد الدوسري']);
  });

  it('keeps the name when the page gives no other full name with that surname', () => {
    const text = 'في المؤتمر ونوه قاسم بأن الخدمة مجانية';
    expect(linkedFromSpans(text, ['نوه قاسم'])).toEqual(['نوه قاسم → نوه قاسم']);
  });

  it('keeps a common noun out before a surname the page gives in full', () => {
    const text = 'أدت الممثلة إيزابيل هوبير الدور، وبفضل صمود هوبير بقي الجمهور';
    expect(linkedFromSpans(text, ['إيزابيل هوبير', 'صمود هوبير'])).toEqual(['إيزابيل هوبير → إيزابيل هوبير', 'هوبير → إيزابيل هوبير']);
  });

  it('keeps a verbal noun that governs the name out before a surname the page gives in full, though the lists know it as a given name', () => {
    const text = 'وقال الرئيس باراك أوباما إن الاتفاق جيد. ورغم ثناء أوباما على الاتفاق، انتقده الجمهوريون';
    expect(linkedFromSpans(text, ['باراك أوباما', 'ثناء أوباما'])).toEqual(['باراك أوباما → باراك أوباما', 'أوباما → باراك أوباما']);
  });

  it('keeps such a noun when the page gives the surname no other given name', () => {
    const text = 'ورغم ثناء أوباما على الاتفاق، انتقده الجمهوريون';
    expect(linkedFromSpans(text, ['ثناء أوباما'])).toEqual(['ثناء أوباما → ثناء أوباما']);
  });

  it('keeps an imperfect verb out before a surname the page gives in full (an interview\'s answer)', () => {
    const text = 'صدر للباحثة إيميلي ناغوسكي كتاب جديد.\n- تجيب ناغوسكي في حديث للمجلة: «لأن الحافز نظام مخصص»';
    expect(linkedFromSpans(text, ['إيميلي ناغوسكي', 'تجيب ناغوسكي'])).toEqual(['إيميلي ناغوسكي → إيميلي ناغوسكي', 'ناغوسكي → إيميلي ناغوسكي']);
  });

  it('keeps a listed given name of that shape (يوسف، تامر): two kinsmen of one family', () => {
    const text = 'حضر الحفل فهد الشمري، تامر الشمري، يوسف الشمري';
    expect(linkedFromSpans(text, ['فهد الشمري', 'تامر الشمري', 'يوسف الشمري'])).toEqual(['فهد الشمري → فهد الشمري', 'تامر الشمري → تامر الشمري', 'يوسف الشمري → يوسف الشمري']);
  });
});
