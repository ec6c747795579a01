import { describe, expect, it } from 'vitest';
import { runSteps } from '@/utils/steps';
import { buildQuoteContextSteps } from '@/utils/nlp/quotes-context';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { toSayingAt } from '@/utils/nlp/quotes-to-saying';
import { quoteSpeakers } from './person-mentions';

describe('quotes-to-saying: ذهب، خلص، انتهى، انتقل with إلى القول after them are speech verbs', () => {
  it.each([
    ['أما المعجم الوسيط فيعرف العجب بأنه «روعة تأخذ الإنسان». في حين يذهب الفراهيدي إلى القول: «أما العجيب فالعجب، وأما العجاب فالذي جاوز حد العجب».', [], 'الفراهيدي'],
    ['وخلص أمير منطقة حائل إلى القول «نحن نعول على الشراكة التي نرتبط بها مع هيئة السياحة للعمل معها».', [], 'أمير منطقة حائل'],
    ['ويخلص الكاتب نوشيروان مصطفى في مقدمة كتابه إلى القول إن «الغاية من تأليف هذا الكتاب هي البحث عن أجوبة شافية».', [['نوشيروان مصطفى', 'p:نوشيروان مصطفى']], 'نوشيروان مصطفى'],
  ] as Array<[string, Array<[string, string]>, string]>)('%s', (text, people, speaker) => {
    expect(quoteSpeakers(text, people)).toEqual([speaker]);
  });

  it.each([
    ['وخلص الأمير إلى القول', 'm'], ['وانتهت الوزيرة في كلمتها إلى القول', 'f'], ['وينتقلون إلى القول', 'p'], ['يذهب الباحث إلى القول', 'm'],
    // (negative rows: the verbs without إلى القول, or with it in the next sentence)
    ['وخلص الاجتماع إلى نتائج مهمة', undefined], ['وذهب الوزير إلى المؤتمر. وانتهى إلى القول', undefined], ['وقال إلى القول', undefined],
  ])('toSayingAt on the first word of %s → %s', (opening, agrees) => {
    const text = `${opening} «الوضع مستقر».`;
    const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
    const at = ctx.tokens.findIndex((t) => t.kind === 'word' && !/^(?:في|حين)$/.test(ctx.f(ctx.tokens.indexOf(t))));
    expect(toSayingAt(ctx, at)?.agrees).toBe(agrees);
  });
});
