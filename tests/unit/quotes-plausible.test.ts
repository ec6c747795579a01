import { describe, expect, it } from 'vitest';
import { isPlausibleSpeaker } from '@/utils/nlp/quotes-plausible';
import { quoteSpeakers } from './person-mentions';

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
    const found = quoteSpeakers(text, [['سامر خليل', 'p:سامر خليل'], ['خليل', 'p:سامر خليل']]);
    expect(found[found.length - 1]).toBe('سامر خليل');
  });

  it('وكان معي صديقي فسأله: the one after the preposition with a pronoun speaks', () => {
    const text = 'ذهبت إلى المعهد، وكان معي صديقي فسأله: «متى يبدأ التسجيل؟».';
    expect(quoteSpeakers(text)).toEqual(['صديقي']);
  });

  it.each([['فيشاهد الفيلم', false], ['يتابع', false], ['يوسف', true], ['اليمين', true]])('a present verb: %s → %s', (phrase, plausible) => {
    expect(isPlausibleSpeaker(phrase)).toBe(plausible);
  });

  it('…فيشاهد المباراة: a present verb is not taken for who speaks', () => {
    const text = 'ولا يجد الكاتب ما يكتب عنه فيشاهد المباراة (أو البرنامج) ليملأ الصفحة. وذات يوم جاءني شاب عرّف بنفسه على هذا النحو: «أنا أكتب في كل شيء تقريبا».';
    expect(quoteSpeakers(text)).toEqual([null]);
  });
});
