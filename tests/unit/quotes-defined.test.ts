import { describe, expect, it } from 'vitest';
import { runSteps } from '@/utils/steps';
import { buildQuoteContextSteps } from '@/utils/nlp/quotes-context';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { definedAt } from '@/utils/nlp/quotes-defined';
import { quoteSpeakers } from './person-mentions';

describe('quotes-defined: عرّف "defined", with its shadda, is a speech verb', () => {
  it.each([
    ['ومن أبرز المفاهيم العجب الذي يعرّفه ابن منظور بأنه «إنكار ما يرد عليك لقلة اعتياده والنظر إلى شيء غير مألوف».', 'ابن منظور'],
    ['وقال الباحث إن الدراسة شاملة. أما المعجم الوسيط فيعرّف العجب: «بأنه روعة تأخذ الإنسان عند استعظام الشيء».', 'المعجم الوسيط'],
  ])('%s', (text, speaker) => {
    expect(quoteSpeakers(text).at(-1)).toBe(speaker);
  });

  it.each([
    ['يعرّفه', 'm'], ['ويعرِّف', 'm'], ['عرّفت', 'f'], ['فيعرّف', 'm'], ['عرَّف', 'm'],
    // (negative rows: without the shadda it is عرف "knew"; تعرّف is "got to know")
    ['يعرف', undefined], ['عرفت', undefined], ['تعرّف', undefined], ['وتعرَّف', undefined],
  ])('definedAt(%s) → %s', (word, agrees) => {
    const text = `${word} الكاتب العجب بأنه «روعة تأخذ الإنسان».`;
    const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
    expect(definedAt(ctx, 0)?.agrees).toBe(agrees);
  });
});
