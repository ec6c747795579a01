import { describe, expect, it } from 'vitest';
import { quoteSpeakers, quotesWithPeople } from './person-mentions';

/** The confidences of the quotations of `text`, with person mentions as for quoteSpeakers. */
const confidences = (text: string, people: Array<[string, string]>): number[] => quotesWithPeople(text, people).map((q) => q.confidence);

describe('quotes-joined-verb: a speech verb joined by و to the clause before it', () => {
  it('the words right before وقال end the earlier clause and are not its subject', () => {
    const text = 'وقال المهندس سامر نوري: «الجهاز سهل الاستعمال». ثم جرب المهندس الجهاز الجديد، فحص أزرار الشاشة وقال: «لا يحتاج إلى تدريب طويل».';
    const said = quoteSpeakers(text, [['سامر نوري', 'p:سامر نوري']]);
    expect(said).toEqual(['سامر نوري', 'سامر نوري']);
  });

  it('وأشادت X بـ… وقالت: the person named after the verb that opens the sentence', () => {
    const text = 'وقال المخرج سامي عادل: «المسلسل جاهز للعرض». وأشادت الممثلة ليلى حداد بزملائها في العمل وقالت: «تعلمت منهم الكثير خلال التصوير».';
    const people: Array<[string, string]> = [['سامي عادل', 'p:سامي عادل'], ['ليلى حداد', 'p:ليلى حداد']];
    expect(quoteSpeakers(text, people)).toEqual(['سامي عادل', 'ليلى حداد']);
    // (the subject of the verb, not a guess from a person named since the last speaker)
    expect(confidences(text, people)[1]).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['وعندما انتهيت قلت إن باب التوبة مفتوح. فقام أكبر المساجين، وعمره في حدود 80 عاما، وقال: "يا شيخ عندي عائلة، ولا عندي شهادة، ولا خبرات".', 'أكبر المساجين'],
    ['وتحدث الوزير عن المشروع طويلا. فنهضت إحدى الحاضرات وقالت: «نريد مدارس أكثر في قرانا البعيدة».', 'إحدى الحاضرات'],
  ])('after a verb that takes no object (قام، نهض), whatever follows it is the subject: %s', (text, speaker) => {
    expect(quoteSpeakers(text).at(-1)).toBe(speaker);
  });

  it('no person after the opening verb: the joined verb takes nothing from its object', () => {
    const text = 'وقال المدرب هادي سليم: «الفريق جاهز». وحضر الاجتماع عدد من اللاعبين وقال: «نحن مستعدون للمباراة».';
    expect(quoteSpeakers(text, [['هادي سليم', 'p:هادي سليم']])).toEqual(['هادي سليم', 'هادي سليم']);
  });
});
