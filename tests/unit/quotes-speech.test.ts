import { describe, expect, it } from 'vitest';
import { foldArabic } from '@/utils/nlp/normalize';
import { isThat, speechWord } from '@/utils/nlp/quotes-speech';
import { isNameNoun } from '@/utils/nlp/quotes-name-nouns';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

const kindOf = (word: string) => speechWord(foldArabic(word))?.kind;

describe('speechWord', () => {
  it.each([
    ['قال', 'verb'], ['وقال', 'verb'], ['قالت', 'verb'], ['قالوا', 'verb'], ['يقول', 'verb'], ['تقول', 'verb'], ['يقولون', 'verb'],
    ['أكد', 'verb'], ['وأكدت', 'verb'], ['أكدوا', 'verb'], ['يؤكد', 'verb'], ['أوضح', 'verb'], ['فأوضح', 'verb'], ['أضاف', 'verb'],
    ['وأضافت', 'verb'], ['صرّح', 'verb'], ['أعلن', 'verb'], ['شدد', 'verb'], ['وتابع', 'verb'], ['اعتبر', 'verb'], ['رأى', 'verb'],
    ['كتب', 'verb'], ['وكتبت', 'verb'], ['ذكر', 'verb'], ['أشار', 'verb'], ['نوّه', 'verb'], ['لفت', 'verb'], ['هتف', 'verb'],
    ['هتفوا', 'verb'], ['قاله', 'verb'], ['فسأله', 'verb'], ['وعبّر', 'verb'], ['ويتمتمون', 'verb'],
    // نبّه with the pronoun of the one warned (ينبهنا غيدينز إلى أن، نبّههم المدرب إلى …)
    ['ينبهنا', 'verb'], ['نبّههم', 'verb'], ['وتنبهه', 'verb'],
    ['قائلًا', 'participle'], ['قائلة', 'participle'], ['مضيفًا', 'participle'], ['مؤكدًا', 'participle'], ['مشيرةً', 'participle'],
    ['بحسب', 'source'], ['وفق', 'source'], ['وفقًا', 'source'], ['حسب', 'source'], ['نقلًا', 'source'],
    ['بيان', 'noun'], ['تصريحات', 'noun'], ['بقوله', 'noun'], ['جوابه', 'noun'], ['ردها', 'noun'],
  ])('%s is a speech word (%s)', (word, kind) => {
    expect(kindOf(word)).toBe(kind);
  });

  // (…nor the noun of warning or urging with a possessive: تنبيهنا، وحثه على حب الخير)
  it.each(['الرئيس', 'بين', 'عبر', 'كتبه', 'أضافه', 'لفتتني', 'المتحدث', 'مقر', 'هاتف', 'معبر', 'تنبيهنا', 'وحثه'])('%s is not', (word) => {
    expect(kindOf(word)).toBeUndefined();
  });

  it('marks the readings that are often something else as weak', () => {
    expect(speechWord(foldArabic('كتب'))?.strong).toBe(false);
    expect(speechWord(foldArabic('يكتب'))?.strong).toBe(true);
    expect(speechWord(foldArabic('وكتب'))?.strong).toBe(true);
    expect(speechWord(foldArabic('زاد'))?.strong).toBe(false);
  });

  it('أبان is a speech verb after و or inflected; bare ابان is as often إبّان "during"', () => {
    expect(speechWord(foldArabic('وأبان'))).toMatchObject({ kind: 'verb', strong: true });
    expect(speechWord(foldArabic('أبانت'))).toMatchObject({ kind: 'verb', strong: true, agrees: 'f' });
    expect(speechWord(foldArabic('إبان'))?.strong).toBe(false);
  });
});

describe('isNameNoun and isThat', () => {
  it.each(['صحيفة', 'قناة', 'فيلم', 'برنامج', 'حملة', 'عملية', 'مشروع', 'شعار', 'تنظيم', 'هاشتاغ', 'بعنوان', 'لصحيفة', 'والحزب'])('%s makes a name', (w) => {
    expect(isNameNoun(foldArabic(w))).toBe(true);
  });
  it.each(['قال', 'إن', 'الرئيس', 'أمس'])('%s does not', (w) => {
    expect(isNameNoun(foldArabic(w))).toBe(false);
  });
  it.each(['إن', 'أن', 'بأن', 'وأن', 'إنه', 'أنها', 'بأنهم'])('%s introduces reported speech', (w) => {
    expect(isThat(foldArabic(w))).toBe(true);
  });
  it.each(['أين', 'إلى', 'الآن'])('%s does not', (w) => {
    expect(isThat(foldArabic(w))).toBe(false);
  });
});

describe('speechWord: نبّه with an object pronoun introduces the warner’s words', () => {
  it('ينبهنا أنتوني غيدينز، أحد أبرز علماء الاجتماع، إلى أن «…»: the one who warns speaks', () => {
    const text = 'ويرى الباحث خوسيه كازانوفا أن الدين عاد إلى المجال العام. وفي إطار هذه التحولات، ينبهنا أنتوني غيدينز، أحد أبرز علماء الاجتماع المعاصر، إلى أن «الأصولية ليست نزعة خاصة بالمجتمعات التقليدية».';
    const q = detectQuotes(text, [personIn(text, 'خوسيه كازانوفا', 'p:خوسيه كازانوفا'), personIn(text, 'أنتوني غيدينز', 'p:أنتوني غيدينز')]);
    expect(q.map((x) => x.speaker)).toEqual(['أنتوني غيدينز']);
  });
});
