import { describe, expect, it } from 'vitest';
import { hasInflectedShape } from '@/utils/nlp/people-run-on';
import { peopleFromSpans } from './person-mentions';

describe('a word run on after a name the page gives without it', () => {
  it.each([
    // The two-word name stands alone elsewhere: the verb after it is no part of it.
    ['وقال سامر قطيني إن الفريق جاهز، ثم عاد سامر قطيني يسألني عن الموعد', ['سامر قطيني', 'سامر قطيني يسألني'], ['سامر قطيني', 'سامر قطيني']],
    // After a compound given name, a word shaped as a verb.
    ['وحضر عز الدين أمس، وجلست مع عز الدين نراجع الخطة', ['عز الدين', 'عز الدين نراجع'], ['عز الدين', 'عز الدين']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // A lone given name elsewhere: the word after it may be the family name.
    ['وصلت سهى أمس، وقالت سهى قطامة إن العرض ناجح', ['سهى', 'سهى قطامة'], ['سهى', 'سهى قطامة']],
    // After a compound given name, a word not shaped as an inflected one is the family name.
    ['وقال عبد العزيز إن الوفد وصل، وأكد البرلماني عبد العزيز جباري ذلك', ['عبد العزيز', 'عبد العزيز جباري'], ['عبد العزيز', 'عبد العزيز جباري']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    ['عينيه', true], ['نراجع', true], ['لايعني', true], ['ميليباند', false], ['جباري', false],
  ])('hasInflectedShape(%s) → %s', (w, expected) => {
    expect(hasInflectedShape(w)).toBe(expected);
  });
});
