import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('foreign name after a nationality adjective that stands for a person', () => {
  it.each([
    // After a role and the adjective: one rare word.
    ['ومرر المهاجم الهولندي فيرانكوب كرة طويلة إلى زميله', ['فيرانكوب']],
    // After a relation noun: two rare words, closed by a comma.
    ['والتقى الوزير نظيره البولندي زيغمونتاك فيلاروفيتش، ثم عقدا مؤتمرا', ['زيغمونتاك فيلاروفيتش']],
    // The adjective with a conjunction stands for a person by itself.
    ['وسجل الغاني لوكاريو والبرازيلي دوسيلفانو هدفين', ['لوكاريو', 'دوسيلفانو']],
    // After a verb or a noun in construct without the article, the adjective cannot describe it.
    ['وتألق البرازيلي كوتشيرا في المباراة', ['كوتشيرا']],
    ['وتدرب الفريق تحت قيادة الإسباني مارتيغيز أمس', ['مارتيغيز']],
    // A name ending in ا is no accusative noun.
    ['وتألق اللاعب البرازيلي كوتشيرا في المباراة', ['كوتشيرا']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // An institution before the adjective: the word after is no person's.
    ['وأعلن الجيش الهولندي فيرانكوب أمس', []],
    // A verb after the adjective (يحتج), an accusative noun (حفلا) and a participle (معقبا).
    ['وقال الرئيس التونسي يحتج على القرار', []],
    ['وسيترأس الوزير الكوبي حفلا في السفارة', []],
    ['وقال الدكتور التركي معقبا إن الأمر صعب', []],
    // A feminine or plural adjective stands for no man.
    ['وقالت الصحيفة البريطانية فيرانكوب إن', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});
