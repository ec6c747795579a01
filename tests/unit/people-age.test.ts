import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people-age: a name right before the person\'s age in apposition', () => {
  it('takes a foreign or rare name of one or two words before (NN عاما) or ، NN عاما،', () => {
    expect(peopleFromSpans('وكان فاننيج (34 عاماً) يشارك الأحد في البطولة.', [])).toEqual(['فاننيج']);
    expect(peopleFromSpans('أما بالنسبة إلى ليا هامينوك (23 عاما) وهي طالبة، فقد تحدثت.', [])).toEqual(['ليا هامينوك']);
    expect(peopleFromSpans('كانت جرابل، 64 عاما، واحدة من عدد صغير من الحراس.', [])).toEqual(['جرابل']);
  });

  it('takes an unlisted given name and a family name with the article', () => {
    expect(peopleFromSpans('الجدير بالذكر أن عساف القرني (31 عاما) يعد أحد أبرز الحراس.', [])).toEqual(['عساف القرني']);
  });

  it('leaves out a clitic the page writes the name without, and a word whose clitic it cannot tell', () => {
    expect(peopleFromSpans('ووقع الدعيع عقده. ونشر النادي صورا للدعيع (22 عاما) اثناء التوقيع.', [])).toEqual(['الدعيع', 'لدعيع']);
    expect(peopleFromSpans('وسبق لكاسيا (28 عاما) أن لعب في الفريق.', [])).toEqual([]);
  });

  it('starts the name after a clitic written with a tatweel (لـلدعيع): the offset counts the text as written', () => {
    expect(peopleFromSpans('ووقع الدعيع عقده. ونشر النادي صورا لـلدعيع (22 عاما) اثناء التوقيع.', [])).toEqual(['الدعيع', 'لدعيع']);
  });

  it('leaves common nouns, adjectives and an accusative noun before an age alone', () => {
    expect(peopleFromSpans('تم رصد المتهم (26 سنة) والقبض عليه متلبسا.', [])).toEqual([]);
    expect(peopleFromSpans('القبطان التونسي الشاب، 27 عاما، أحيل مع مساعده إلى القضاء.', [])).toEqual([]);
    expect(peopleFromSpans('وأفادت وسائل إعلام رسمية بأن شرطيا، 47 عاما، كان يشارك في العملية.', [])).toEqual([]);
    expect(peopleFromSpans('منذ تأسيسه عام 1962م (53 عاما)، بلغ رأس المال نحو 44.9 مليار ريال.', [])).toEqual([]);
  });

  it('needs the whole apposition: a bracket closed by a bracket, a comma by a comma, an age of two digits at most', () => {
    expect(peopleFromSpans('وكان فاننيج (34 عاما، يشارك الأحد في البطولة.', [])).toEqual([]);
    expect(peopleFromSpans('وكان فاننيج (340 عاما) يشارك الأحد في البطولة.', [])).toEqual([]);
  });
});
