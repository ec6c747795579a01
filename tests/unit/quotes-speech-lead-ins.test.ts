import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

const found = (text: string) => detectQuotes(text).map((q) => [q.text, q.speaker]);

describe('detectQuotes: speech verbs and lead-ins that report a speaker\'s words', () => {
  it.each([
    // هدّد (as فسّر، افتخر) in the past reports what was said.
    ['وكان المحتجون هددوا الشركة، الأسبوع الماضي، بـ«إضراب مفتوح عن العمل».', 'إضراب مفتوح عن العمل', 'المحتجون'],
    // بتعبير فلان، «…» names the speaker as بحسب does.
    ['بتعبير سالم، «كانت هذه الليلة من أجمل ليالي الموسم».', 'كانت هذه الليلة من أجمل ليالي الموسم', 'سالم'],
    // في مؤتمر صحافي is where the words were said, not the head of a title.
    ['وأضاف سالم في مؤتمر صحافي «الفريق جاهز تماما للمباراة».', 'الفريق جاهز تماما للمباراة', 'سالم'],
    // After إن/أن a name noun before it heads the subject, not a title the marks give (حاكم منطقة … ان «…»).
    ['وقال سالم حاكم منطقة بركي براك ان «مروحيتين هاجمتا حاجزا للجيش»، مضيفا ان النيران اندلعت.', 'مروحيتين هاجمتا حاجزا للجيش', 'سالم'],
    // The outlets spoken to after a speech verb and its subject head no title (لوسائل اعلام فرنسية محلية).
    ['وصرح سالم لوسائل اعلام فرنسية محلية مدليا "سأكون هناك الاسبوع المقبل". وأضاف الوزير أنه متفائل.', 'سأكون هناك الاسبوع المقبل', 'سالم'],
    // افتخر "boasted" reports what was said, in the past and in the present.
    ['وافتخرت اللاعبة بأنها «أول من رفع علم بلادها في البطولة».', 'أول من رفع علم بلادها في البطولة', 'اللاعبة'],
    ['وتفتخر اللاعبة بأنها «أول من رفع علم بلادها في البطولة».', 'أول من رفع علم بلادها في البطولة', 'اللاعبة'],
  ])('%s', (text, quoted, speaker) => {
    expect(found(text)).toEqual([[quoted, speaker]]);
  });

  // The words are found; who said them is not asked here: the subject before a definite object
  // (وفسر المدرب الخسارة → «المدرب الخسارة») and after خلص … إلى القول (none) are still read wrongly.
  it.each([
    // فسّر الخسارة بأنها «…» reports the coach's words.
    ['وفسر المدرب الخسارة بأنها جاءت «بسبب إرهاق اللاعبين في آخر المباريات».', 'بسبب إرهاق اللاعبين في آخر المباريات'],
    // خلص إلى القول «…» "concluded by saying".
    ['وخلص المدير إلى القول «نحن نعمل على خطة جديدة لتطوير الخدمات في المدينة».', 'نحن نعمل على خطة جديدة لتطوير الخدمات في المدينة'],
  ])('%s', (text, quoted) => {
    expect(found(text).map((q) => q[0])).toEqual([quoted]);
  });

  // (يعدّ was never a speech verb: these guard the new speech words against reading it as one)
  it.each([
    // يعدّ "is counted as" is no speech verb: a name after it stays a name.
    ['ويعد متحف «بيت التراث» من أهم المعالم في المدينة.'],
    ['وتعد رواية «الطريق الطويل» أشهر أعمال الكاتب.'],
    // …and a name noun right before the marks still names them after أن (أن مجلة «الأسرة»).
    ['وأعلنت الوزارة أن مجلة «الأسرة العربية» ستصدر غدا.'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
