import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isAdversativeThat } from '@/utils/nlp/quotes-adversative';
import { buildQuoteContextSteps } from '@/utils/nlp/quotes-context';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { runSteps } from '@/utils/steps';

/** Whether the أن of `text` (its first token folded to ان) reads as "however"; a quotation after it has the text tokenised. */
function adversative(lead: string): boolean {
  const text = `${lead}: «نعم».`;
  const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
  const k = ctx.tokens.findIndex((_, i) => ctx.f(i) === 'ان');
  return isAdversativeThat(ctx, k);
}

describe('quotes-adversative: غير أن / إلا أن / بيد أن open a clause whose subject speaks', () => {
  it.each([
    ['غير أن الوزير قال إن الاتفاق جيد', true],
    ['إلا أن المصدر يقول أيضا إن فرنسا تراقب', true],
    ['وبيد أن المدير أكد ذلك', true],
    // An أن after a verb reports what that verb says; one after a noun completes it.
    ['وأكد الرئيس أن الوزير قال ذلك', false],
    ['ورغم إصرار الاتحاد أن النظم تخضع للرقابة', false],
  ])('%s → %s', (text, expected) => {
    expect(adversative(text)).toBe(expected);
  });

  it.each([
    ['وقال مسؤول إن المحادثات مستمرة. غير أن الوزير قال: «لن نتراجع عن مواقفنا».', 'لن نتراجع عن مواقفنا', 'الوزير'],
    ['انتهى الاجتماع أمس. إلا أن الوزير حذر بأن بلاده ستواصل دعم «أصدقائها» في المنطقة.', 'أصدقائها', 'الوزير'],
    ['لم يصدر رد رسمي. بيد أن المتحدث قال إن «الأمر قيد الدراسة».', 'الأمر قيد الدراسة', 'المتحدث'],
    // (…an accusative subject after إلا أن is named in its plain form)
    ['لم يصدر رد رسمي. إلا أن مسؤولاً قال إن «الأمر قيد الدراسة».', 'الأمر قيد الدراسة', 'مسؤول'],
  ])('%s', (text, quoted, speaker) => {
    expect(detectQuotes(text).find((q) => q.text === quoted)?.speaker).toBe(speaker);
  });

  it('أكد الرئيس أن الوزير قال: the أن reports what the president said, its subject is no new speaker', () => {
    const text = 'وأكد الرئيس أن الوزير قال إن «بلاده لن تتراجع عن مواقفها».';
    expect(detectQuotes(text)[0]?.speaker).toBe('الرئيس');
  });
});

describe('quotes-subject-before: a subject before its verb that opens with the name علي', () => {
  it('on a page that writes "on" as على, علي opens the name (غير أن علي خامنئي حذر)', () => {
    const text = 'وافق المجلس على القرار. غير أن علي خامنئي حذر بأن بلاده ستواصل دعم «أصدقائها» في المنطقة.';
    expect(detectQuotes(text)[0]?.speaker).toBe('علي خامنئي');
  });

  it('on a page that writes على as علي, علي may be "on": it is not taken into the subject', () => {
    const text = 'وافق المجلس علي القرار. غير أن علي خامنئي حذر بأن بلاده ستواصل دعم «أصدقائها» في المنطقة.';
    expect(detectQuotes(text)[0]?.speaker).not.toBe('علي خامنئي');
  });
});
