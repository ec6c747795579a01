import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

const speakers = (text: string) => detectQuotes(text).map((q) => q.speaker);

describe('detectQuotes: who speaks, around sources and plural verbs', () => {
  it('a plural verb has its subject before it: what follows is its object (quotes-attribution)', () => {
    const [speaker] = speakers('وشكر مغردون أمير المنطقة الذي وصفوا توجيهه بـ«الحازم»، وطالبوا بمعاقبة المتورطين.');
    expect(speaker).toMatch(/مغردون/);
    expect(speaker).not.toMatch(/توجيهه/);
  });

  it('بحسب ما أورد …: the verb after ما is the source\'s, set off as an aside; the verb before it speaks (quotes-cues)', () => {
    expect(speakers('وأضاف شيخ الأزهر، بحسب ما أورد الموقع الرسمي لـ "مشيخة الأزهر"، بقوله: "ومن يقول إنه خاف على المسلمين فقد أخطأ".')).toEqual(['شيخ الأزهر']);
  });

  it('with no verb before it, the source is who the words are read from', () => {
    expect(speakers('وبحسب ما أورد الموقع الرسمي للوزارة: "سيبدأ العمل بالنظام الجديد مطلع العام المقبل".')).toEqual(['الموقع الرسمي']);
  });

  it('وقالت كما نقلت عنها الوكالة «…»: كما نقلت is an aside (quotes-cues)', () => {
    const text = 'وأكدت الناطقة باسم الخارجية مرضية أفخم مجددا على المواقف المختلفة. وقالت كما نقلت عنها وكالة الأنباء الطلابية «مواقفنا مختلفة تماما مع ألمانيا حول المسائل الإقليمية».';
    expect(speakers(text)[0]).not.toMatch(/وكالة/);
  });

  it('على حد تعبير فلان: «…»: "in the words of" names the speaker after it (quotes-cues)', () => {
    const text = 'وقال محلل آخر إن السوق مستقرة. وعلى حد تعبير الاستراتيجي أدريان مووات من بنك جيه بي مورجان: «سوف يتدخل صناع السياسة إذا امتد التصحيح».';
    expect(speakers(text)[0]).toMatch(/أدريان مووات/);
  });

  it('a statement noun after a role\'s comma is not its name (quotes-subject)', () => {
    expect(speakers('وأضاف المتحدث الرسمي، في مؤتمر صحفي عقده أمس، بقوله: "لن نتراجع عن هذا القرار مهما كانت الضغوط".')).toEqual(['المتحدث الرسمي']);
  });
});
