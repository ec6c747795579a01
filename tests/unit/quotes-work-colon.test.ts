import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a work title that a colon introduces (quotes-work-colon)', () => {
  it.each([
    ['among the works named before', 'والكاتب أستاذ في الجامعة ومؤلف عدد من الكتب، ومن بينها: «لماذا نخاف من الرياضيات؟»، وقد ترجمت إلى لغات كثيرة.'],
    ['a work named several words before', 'وقد كتبت المؤلفة واحدة من أشهر الروايات في تاريخ بلادها: «بيت على النهر». ثم سافرت إلى باريس.'],
  ])('%s', (_name, text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it('keeps what a work says, brought from inside it', () => {
    expect(quoteTexts('وكتب الوزير في الكتاب: «لقد عشنا سنوات صعبة في تلك القرية البعيدة»')).toEqual(['لقد عشنا سنوات صعبة في تلك القرية البعيدة']);
  });

  it('keeps what a speaker says about a work', () => {
    expect(quoteTexts('وقال الكاتب عن الرواية التي صدرت العام الماضي في القاهرة: «كتبت هذه الصفحات في سنوات طويلة من العمل»')).toEqual(['كتبت هذه الصفحات في سنوات طويلة من العمل']);
  });
});
