import { describe, expect, it } from 'vitest';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { quoteTexts } from './person-mentions';

/** The inner texts of the pairs (marks excluded), with a * after unclosed ones. */
const inner = (text: string) => findMarkPairs(text).map((p) => `${text.slice(p.open + 1, p.close)}${p.closed ? '' : '*'}`);

describe('findMarkPairs: a quotation left open before a new one of the same marks (quotes-marks-reopen)', () => {
  it('ends the open guillemet quotation before a new quotation after a speech verb and colon', () => {
    const text = 'وأكد الوزير أن «الخطة تسير جيدا. وفي لقاء مع الصحفيين قال الوزير: «سننهي المشروع قبل الصيف». وانتهى اللقاء».';
    expect(inner(text)).toEqual(['الخطة تسير جيدا. وفي لقاء مع الصحفيين قال الوزير:*', 'سننهي المشروع قبل الصيف']);
  });

  it('ends the open ASCII quotation before a quotation that starts a sentence', () => {
    const text = 'تقول المديرة "العملاء يطلبون المزيد من الخيارات. "نحن نعمل على توسيع المتاجر في كل المدن" وهذا ما وعدت به" في الربيع.';
    expect(inner(text)).toEqual(['العملاء يطلبون المزيد من الخيارات.*', 'نحن نعمل على توسيع المتاجر في كل المدن']);
    expect(quoteTexts(text)).toEqual(['العملاء يطلبون المزيد من الخيارات.', 'نحن نعمل على توسيع المتاجر في كل المدن']);
  });

  it('keeps a quotation nested in one sentence of the outer one', () => {
    const text = 'وقال المدير: «رسالتنا التي نصها: «التعليم للجميع» هي أساس عملنا».';
    expect(inner(text)).toEqual(['رسالتنا التي نصها: «التعليم للجميع» هي أساس عملنا', 'التعليم للجميع']);
  });

  it('joins a quotation left open and reopened after a sentence end, its paragraph break lost: one quotation', () => {
    const text = 'وأضاف “إسرائيل تشرع قوانين تعبر عن الكراهية. “هذه التشريعات تعبر عن حكومة متطرفة.” ويسري القانون على القدس.';
    expect(inner(text)).toEqual(['إسرائيل تشرع قوانين تعبر عن الكراهية. “هذه التشريعات تعبر عن حكومة متطرفة.']);
    expect(quoteTexts(text)).toEqual(['إسرائيل تشرع قوانين تعبر عن الكراهية. “هذه التشريعات تعبر عن حكومة متطرفة.']);
  });

  it('…but not one left open before a new quotation after a colon', () => {
    const text = 'وقال الوزير «الخطة تسير جيدا. وقال المدير: «سننهي المشروع قبل الصيف». وانتهى اللقاء.';
    expect(inner(text)).toEqual(['الخطة تسير جيدا. وقال المدير: «سننهي المشروع قبل الصيف». وانتهى اللقاء.*', 'سننهي المشروع قبل الصيف']);
  });
});
