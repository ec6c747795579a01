import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a label the speaker gave (quotes-label)', () => {
  it.each([
    // وصف … بـ«…»: the describing verb governs the words through بـ, its object in between.
    ['وشكر مغردون أمير المنطقة الذي وصفوا توجيهه بـ«الحازم»، وطالبوا بمعاقبة المتورطين.', 'الحازم'],
    ['وأضاف أنه تلقى الاتصال أمس، واصفا تصرف المذيع خلال الحلقة بـ "المقرف" وقلت له ذلك.', 'المقرف'],
    ['ووصفت الكاتبة هذا العصر بــ "عصر المرأة" خاصة في المجتمعات النامية.', 'عصر المرأة'],
    // …with a long subject and object in between, a name in marks among them.
    ['ووصفت وزارة الخارجية في بيان أمس الترجمة الجديدة للاتفاق بـ«غير الدقيقة» وطالبت بتصحيحها.', 'غير الدقيقة'],
    ['ووصفت صحيفة «الأخبار» اليومية الخطة بـ«الفاشلة» في افتتاحيتها.', 'الفاشلة'],
    // …or through a بـ written inside the marks.
    ['يحث فيه من وصفهم "بالمجاهدين" على السفر.', 'بالمجاهدين'],
    // …past the verb's subject and object when it is بالـ (the article after it).
    ['ووصفت الصحف المحلية الحادث «بالمؤسف» أمس.', 'بالمؤسف'],
    ['ووصف المدرب أداء فريقه في المباراة «بالضعيف» رغم الفوز.', 'بالضعيف'],
    // ما + an active naming verb with its pronoun: what the speaker called it.
    ['وأن الشعب سيحتفل بما سماه "النصر الكبير" الذي ستحققه المقاومة.', 'النصر الكبير'],
    ['ليكتشف الناس بعدها أنه توجه إلى ما سماه «الجهاد»، ورجح أنه غادر البلاد.', 'الجهاد'],
    ['وتلك تشمل ما تسميها هي «عدم المساءلة بخصوص الأقوال» والوزن المنخفض للوعود.', 'عدم المساءلة بخصوص الأقوال'],
    // Words written on something: someone wrote them.
    ['وحمل عدد من الأهالي لافتات كتب عليها "لا غستابو في باستروب" أمام المبنى.', 'لا غستابو في باستروب'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it('takes every inscription a list of signs carries', () => {
    expect(quoteTexts('وكتب على اللافتات «قتلتم وما زالوا يقتلوننا» و«أوقفوا إطلاق النار».')).toEqual(['قتلتم وما زالوا يقتلوننا', 'أوقفوا إطلاق النار']);
  });

  it('a pronoun after كتب that says on what is not the writer: كتب تحته «…»', () => {
    const [q] = detectQuotes('وارتدوا قمصانا رسم عليها رشاش كتب تحته "تعال خذه"، وكان الجو هادئا.');
    expect(q?.text).toBe('تعال خذه');
    expect(q?.speaker ?? '').not.toMatch(/تحته/);
  });

  it.each([
    // Passive or impersonal naming is a name, not anyone's words.
    ['وهو ما يسمى "الربيع العربي" في المنطقة.'],
    ['وهذه الآلية الأولى من نوعها التي توصف بـ"العودة إلى الوضع السابق" في القرارات.'],
    ['وأطلق عليه لقب "جنرال أوروبا" بعد الفوز.'],
    // A naming verb without ما names a thing (مكاتب أسماها «…»).
    ['وافتتح التنظيم مكاتب أسماها مكاتب "أشبال الخلافة" في المدينة.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});
