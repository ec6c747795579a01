import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isPlausibleSpeaker } from '@/utils/nlp/quotes-plausible';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-plausible: a phrase that cannot speak is no speaker', () => {
  it.each([
    ['عني', false], ['ولكني', false], ['وهنا', false], ['يقال', false], ['الأثر', false], ['العكس', false],
    ['جوابا', false], ['كلاما جديدا', false], ['شاركوه', false], ['والتجزئة', false],
    ['الكاتب', true], ['مصدر أمني', true], ['وزارة الخارجية', true], ['التقرير', true], ['والدته', true], ['الوالي', true], ['أخوه', true],
  ])('%s → %s', (phrase, plausible) => {
    expect(isPlausibleSpeaker(phrase)).toBe(plausible);
  });

  it('كان لكلامه أبلغ الأثر: the abstract noun is not carried on to وأضاف', () => {
    const text = 'وتحدث المدرب سامر خليل عن الموسم. وقال خليل إن «الفريق تعب كثيرا». وكان لكلامه في اللاعبين أبلغ الأثر. وأضاف: «سنعود أقوى».';
    const found = speakers(text, [['سامر خليل', 'p:سامر خليل'], ['خليل', 'p:سامر خليل']]);
    expect(found[found.length - 1]).toBe('سامر خليل');
  });

  it('وكان معي صديقي فسأله: the one after the preposition with a pronoun speaks', () => {
    const text = 'ذهبت إلى المعهد، وكان معي صديقي فسأله: «متى يبدأ التسجيل؟».';
    expect(speakers(text)).toEqual(['صديقي']);
  });

  it.each([['فيشاهد الفيلم', false], ['يتابع', false], ['يوسف', true], ['اليمين', true]])('a present verb: %s → %s', (phrase, plausible) => {
    expect(isPlausibleSpeaker(phrase)).toBe(plausible);
  });

  it('…فيشاهد المباراة: a present verb is not taken for who speaks', () => {
    const text = 'ولا يجد الكاتب ما يكتب عنه فيشاهد المباراة (أو البرنامج) ليملأ الصفحة. وذات يوم جاءني شاب عرّف بنفسه على هذا النحو: «أنا أكتب في كل شيء تقريبا».';
    expect(speakers(text)[0]).toBeNull();
  });
});
