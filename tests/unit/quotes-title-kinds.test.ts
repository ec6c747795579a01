import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: titles and terms that a speech verb stands near', () => {
  it.each([
    // A verb of writing takes a work as its object: the colon gives the title (quotes-work-title).
    'وكتبت ثالث كتاب (في القاهرة)، وعمرها أربعون عاما: «بيت على حافة النهر».',
    // A title is the subject of the describing verb (quotes-work-title).
    'ويصف العنوان الفرعي للديوان الجديد للشاعر المصري سامي فهمي، الديوان بأنه «رحلة من سبع محطات».',
    // A word for an expression right before the marks (quotes-termed).
    'ويلفت المصمم كذلك إلى تعبير «ما بين، وما وراء» الذي يكشف عن فكرة المجموعة الجديدة.',
    // A model after a vehicle noun (quotes-name-nouns).
    'وقالت الشركة إنها باعت 900 سيارة من السيارة «نجمة إكس برو» خلال الربع الأول.',
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });

  it.each([
    ['وكتب الروائي في كتابه الجديد: «لقد عشت طفولة صعبة في القرية»', 'لقد عشت طفولة صعبة في القرية'],
    ['وقال السائق وهو يناول الركاب مفاتيح السيارة: «انتبهوا إلى الطريق يا شباب»', 'انتبهوا إلى الطريق يا شباب'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });
});
