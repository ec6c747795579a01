import { describe, expect, it } from 'vitest';
import { findPeople } from '@/utils/nlp/people';
import { peopleFromSpans as withSpans } from './person-mentions';

describe('verbs governing على at a clause start (people-verb-start.ts)', () => {
  it('takes no verb صادق، أشرف opening a clause with على after it for a given name', () => {
    expect(findPeople('صادق مجلس النواب، أمس الأحد، على مشروع قانون الموازنة العامة.').map((m) => m.text)).toEqual([]);
    expect(withSpans('وقالت المصادر إن الرجل معروف. أشرف في عامي 2013 و2014 على عمليات التهريب', ['أشرف'])).toEqual([]);
    expect(withSpans('وفي المباراة الأخيرة، وصادق المجلس على القرار', ['وصادق'])).toEqual([]);
  });

  it('keeps the name inside a clause, or with no على in reach', () => {
    expect(withSpans('وقال صادق إن المشروع سيعرض على المجلس', ['صادق'])).toEqual(['صادق']);
    expect(withSpans('أشرف يتحدث عن تجربته. وقد عاد على عجل', ['أشرف'])).toEqual(['أشرف']);
  });
});
