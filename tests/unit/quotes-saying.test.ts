import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

const texts = (text: string) => detectQuotes(text).map((q) => q.text);

describe('detectQuotes: proverbs and maxims are nobody\'s words (quotes-saying)', () => {
  it.each([
    ['ويقول المثل المصري الشعبي: «إديها ميه تديك طراوه». فإذا ارتفعت الحرارة فالحل الماء.'],
    ['وقد جاء في الأثر "إن الله ليزع بالسلطان ما لا يزع بالقرآن". إن حماية الطفل واجبة.'],
    ['وكان علماء الفقه قد وضعوا قاعدة تفيد بأن «الحكم على الشيء فرع عن تصوره».. وهي قاعدة تصح دائما.'],
    ['وقال الوزير عملا بالمقولة «ما حك جلدك مثل ظفرك» إن البلاد ستعتمد على نفسها.'],
    ['وهو ما يذكرنا بالمثل الشعبي القديم الذي يقول إن «الباب اللي يجيلك منه الريح سده واستريح» في كل الأحوال.'],
    ['وقديمًا قالت العرب «لكل مقام مقال» فلا عجب.'],
    ['فالصبر مفتاح كل شيء، وكما قيل: «من صبر ظفر ومن لج كفر».'],
    ['لا تستعجل النتائج، أو كما يقولون في أمثالهم: «اللي يستعجل يتعب كثير».'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each([
    // A saying that is someone's own (مقولته) is their quotation.
    ['ترعرع في البادية، واشتهرت مقولته: "أنا ترعرعت في البادية.. فلا أعرف أصول الكلام وتزويقه".', 'أنا ترعرعت في البادية.. فلا أعرف أصول الكلام وتزويقه'],
    ['وقال المثقف: «الحكمة ضالة المؤمن أنى وجدها فهو أحق بها».', 'الحكمة ضالة المؤمن أنى وجدها فهو أحق بها'],
    // ما يقال: talk reported, not a saying (only كما قيل / قديمًا قيل are).
    ['وقال الوزير ردا على ما يقال حول الصفقة: «لن نتراجع عن قرارنا أبدا».', 'لن نتراجع عن قرارنا أبدا'],
    // A verse quoted with قال تعالى is a religious text quoted with قال (rule 8), not a saying.
    ['قال تعالى: «وفي السماء رزقكم وما توعدون».', 'وفي السماء رزقكم وما توعدون'],
  ])('%s', (text, quoted) => {
    expect(texts(text)).toEqual([quoted]);
  });
});

describe('detectQuotes: a saying with its author named is not a proverb (quotes-saying)', () => {
  it('مقولة + a name: the saying noun is not enough to make it nobody\'s words', () => {
    expect(texts('وتمضي الجماعات وراء مقولة ديفيد بن غوريون التاريخية: «لا فائدة لإسرائيل من دون القدس، ولا معنى للقدس بغير الهيكل».')).toHaveLength(1);
  });
});
