import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('word the page writes after a company noun', () => {
  it.each([
    // The company named after شركة elsewhere is no person where it stands alone.
    ['وقال متحدث إن زين تفوقت على منافسيها. وأعلنت شركة زين أرباحها', ['زين'], []],
    // Behind a clitic and a quotation mark too.
    ['كانت ديزني مشغولة بفيلم آخر. وعرض الفيلم لاستوديو «ديزني» أمس', ['ديزني'], []],
    // A noun no list knows as a name, governing the company's name, is no given name of it.
    ['توقع المحللون أن تبلغ أرباح سامسونغ التشغيلية تريليون وون. وأعلنت شركة سامسونغ أمس. وتواجه سامسونغ منافسة', ['أرباح سامسونغ', 'سامسونغ'], []],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.6)).toEqual(expected);
  });
  it.each([
    // A family name with the article after مجموعة names a leader's band: the leader stays.
    ['قال الأنصاري إنه لن ينسحب. وتضم مجموعة الأنصاري مئات المقاتلين', ['الأنصاري'], ['الأنصاري']],
    // A word a fuller name of the page holds stays a person's name.
    ['تبرعت شركة ماجد بمبلغ كبير. وقال ماجد الفطيم إن ماجد سعيد بذلك', ['ماجد الفطيم', 'ماجد'], ['ماجد الفطيم', 'ماجد']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.6)).toEqual(expected);
  });
});
