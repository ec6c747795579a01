import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('trimWorkNounBeforeName: a noun for a work before its author\'s name', () => {
  it('trims فيلم behind a clitic before the director\'s name', () => {
    const text = 'وكتب الموسيقى لفيلم سترانكوف الأخير قبل عامين';
    expect(peopleFromSpans(text, ['فيلم سترانكوف'])).toEqual(['سترانكوف']);
  });

  it('cuts the noun before the repeats of a given name read the rest of the page', () => {
    const text = 'وكتب الموسيقى لفيلم سترانكوف الأخير. شاهدوا فيلم. ثم شاهدوا فيلم.';
    expect(peopleFromSpans(text, ['فيلم سترانكوف'])).toEqual(['سترانكوف']);
  });

  it('keeps a name that no work noun opens', () => {
    const text = 'وكتب الموسيقى فادي سترانكوف قبل عامين';
    expect(peopleFromSpans(text, ['فادي سترانكوف'])).toEqual(['فادي سترانكوف']);
  });
});
