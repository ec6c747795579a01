import { describe, expect, it } from 'vitest';
import { quotesWithPeople } from './person-mentions';

describe('quotes-by-saying-subject: the subject that بالقول closes speaks', () => {
  it('a role and a name the recogniser missed, after a verb that is no speech verb', () => {
    const text = 'لم تعلق الشركة على الخبر، واكتفى المتحدث باسمها رامي الخطيب بالقول، إن «المفاوضات مستمرة ولم تنته بعد».';
    const q = quotesWithPeople(text, []);
    expect(q.map((x) => x.speaker)).toEqual(['المتحدث باسمها رامي الخطيب']);
  });
  it('a person named after the verb', () => {
    const text = 'أما الفنان سمير حداد فبدأ حديثه بالقول بأن «العمل كان تجربة جميلة مع فريق رائع».';
    const q = quotesWithPeople(text, [['سمير حداد', 'p:حداد']]);
    expect(q.map((x) => [x.speaker, x.speakerEntity, x.confidence])).toEqual([['سمير حداد', 'p:حداد', 0.8]]);
  });
  it('not an object that runs up to بقوله', () => {
    const text = 'كان يريد خوض الانتخابات بقوله: «سأفكر في الأمر مع أصدقائي قبل أن أقرر».';
    const q = quotesWithPeople(text, []);
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
  it('باسمها goes on with the role (quotes-object-cut)', () => {
    const q = quotesWithPeople('وقال المتحدث باسمها رامي الخطيب إن «المفاوضات مستمرة ولم تنته بعد».', []);
    expect(q.map((x) => x.speaker)).toEqual(['المتحدث باسمها رامي الخطيب']);
  });
  it('a person named after the verb, with an object between them, when بقولها goes back to her', () => {
    const text = 'وقالت مريم الحربي: «نريد حقنا». وتختصر دلال المطيري تعليقها في كلمات محدودة بقولها: «البعض منا حصل على معدل امتياز».';
    const q = quotesWithPeople(text, [['مريم الحربي', 'p:مريم الحربي'], ['دلال المطيري', 'p:دلال المطيري']]);
    expect(q.map((x) => x.speaker)).toEqual(['مريم الحربي', 'دلال المطيري']);
  });
});
