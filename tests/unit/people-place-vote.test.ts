import { describe, expect, it } from 'vitest';
import type { NamedSpan } from '@/utils/nlp/ner';
import { mentionsFromTypedSpans } from './person-mentions';

const peopleFrom = (text: string, names: Array<[string, NamedSpan['type']]>) => mentionsFromTypedSpans(text, names).map((m) => m.text);

describe('dropPlacesByVote: a word the page tags more often as a place than as a person', () => {
  it('drops a lone town name the tagger once read as a person', () => {
    const text = 'وصل المتطوعون إلى بلدة زورفيل أمس، وعادت الحياة إلى زورفيل بعد الحرب، وتقع زورفيل قرب النهر';
    expect(peopleFrom(text, [['زورفيل', 'LOC'], ['زورفيل', 'PERS'], ['زورفيل', 'LOC']])).toEqual([]);
  });

  it('takes the town off the head of a longer name', () => {
    const text = 'زار الوفد زورفيل أمس، وقال القيادي في زورفيل كمال دريس إن زورفيل آمنة';
    expect(peopleFrom(text, [['زورفيل', 'LOC'], ['زورفيل كمال دريس', 'PERS'], ['زورفيل', 'LOC']])).toEqual(['كمال دريس']);
  });

  it('keeps a surname the page also gives after a first name', () => {
    const text = 'كتب الصحافي مارك بيرفيل كتابا، ثم سافر بيرفيل إلى العراق، وقد عاد بيرفيل منه، ويقول بيرفيل إنه نجا';
    expect(peopleFrom(text, [['مارك بيرفيل', 'PERS'], ['بيرفيل', 'ORG'], ['بيرفيل', 'LOC'], ['بيرفيل', 'PERS']]).slice(-1)).toEqual(['بيرفيل']);
  });

  it('keeps a lone name the tagger reads as a person more often', () => {
    const text = 'قال زورفيل إن الخطة جاهزة، وأضاف زورفيل أن التنفيذ قريب في مدينة زورفيل';
    expect(peopleFrom(text, [['زورفيل', 'PERS'], ['زورفيل', 'PERS'], ['زورفيل', 'LOC']]).slice(0, 2)).toEqual(['زورفيل', 'زورفيل']);
  });
});
