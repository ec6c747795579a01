import { describe, expect, it } from 'vitest';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';

/** The inner texts of the pairs (marks excluded), with a * after unclosed ones. */
function inner(text: string): string[] {
  return findMarkPairs(text).map((p) => {
    expect(p.open).toBeGreaterThanOrEqual(0);
    expect(p.close).toBeLessThanOrEqual(text.length);
    expect(p.open).toBeLessThan(p.close);
    return `${text.slice(p.open + 1, p.close)}${p.closed ? '' : '*'}`;
  });
}

describe('findMarkPairs', () => {
  it.each([
    ['guillemets', 'قال: «نعم» ثم «لا»', ['نعم', 'لا']],
    ['ASCII, same mark at both ends', 'قال "نعم" ثم "لا"', ['نعم', 'لا']],
    ['curly “…”', 'قال “نعم” ثم “لا”', ['نعم', 'لا']],
    ['CLDR Arabic order ”…“', 'قال ”نعم“ ثم ”لا“', ['نعم', 'لا']],
    ['same-sided ”…”', 'قال ”نعم” ثم ”لا”', ['نعم', 'لا']],
    ['reversed guillemets »…«', 'قال: »نعم« ثم مضى', ['نعم']],
    ['same-sided guillemets »…»', 'واضاف :»نبيع العود» مشيرا', ['نبيع العود']],
    ['a closing « typed as an opening one', 'نتيجة «الأملاح « وسيشارك', ['الأملاح ']],
    ['a clitic before the opening mark', 'وعلى صلة بـ"الجيش الحر" و"حدات حماية"', ['الجيش الحر', 'حدات حماية']],
    ['spaces inside the marks', 'قال " إن على إيران " وأضاف " لن نقبل ".', [' إن على إيران ', ' لن نقبل ']],
    ['a closing mark glued to the next word after a full stop', 'وأضاف “نحن هنا.”وفقا لرويترز.', ['نحن هنا.']],
    ['a badly spaced opener after إن', 'قال إن" القوات تقدمت" أمس', [' القوات تقدمت']],
    ['opened with " and closed with »', 'وقالت الخلية إن "المتهمين سيتم التحقيق معهم». وأضافت إنه «تم توقيف عدد من الضباط».', ['المتهمين سيتم التحقيق معهم', 'تم توقيف عدد من الضباط']],
    ['a » that closes a « stays a guillemet', 'قال "لن" نقبل «هذا الشرط» أبدا', ['لن', 'هذا الشرط']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('lists a nested pair after the one around it', () => {
    expect(inner('قال: «سمعنا ‘لا تراجع’ و"الصمود" مرارا»')).toEqual(['سمعنا ‘لا تراجع’ و"الصمود" مرارا', 'لا تراجع', 'الصمود']);
  });

  it('nests ASCII marks inside ASCII marks by their flanking', () => {
    expect(inner('وقال "جهود الجهات تجاه تنظيم "داعش" تكللت بالنجاح" أمس')).toEqual(['جهود الجهات تجاه تنظيم "داعش" تكللت بالنجاح', 'داعش']);
  });

  it('joins a quotation reopened at the start of the next paragraphs', () => {
    expect(inner('قال: «أولا\n«ثانيا\n«ثالثا» ثم مضى')).toEqual(['أولا\n«ثانيا\n«ثالثا']);
  });

  it('runs an unclosed quotation to the end of its paragraph, around the pairs inside it', () => {
    const text = 'وأضاف: «أسرتنا كبيرة وعدد من العوائل «يقطون» الإيجار.\nفقرة أخرى «ب».';
    expect(inner(text)).toEqual(['أسرتنا كبيرة وعدد من العوائل «يقطون» الإيجار.*', 'يقطون', 'ب']);
  });

  it('opens after a colon even with a stray space, and stays unclosed within the paragraph', () => {
    expect(inner('واضاف :» هذا العام ارتفع السعر\nوقال آخر')).toEqual([' هذا العام ارتفع السعر*']);
  });

  it('never pairs across paragraphs unless the next one reopens the mark', () => {
    expect(inner('قال: «مفتوح\nفقرة أخرى «ب»')).toEqual(['مفتوح*', 'ب']);
  });

  it('keeps the earlier of two crossing pairs', () => {
    expect(inner('«أ "ب» ج"')).toEqual(['أ "ب']);
  });

  it('stays linear and sane on 10,000 marks in a row', () => {
    for (const mark of ['«', '»', '"', '“', '”', '‘', '’']) {
      const pairs = findMarkPairs(`قال ${mark.repeat(10_000)} انتهى`);
      expect(pairs.length).toBeLessThanOrEqual(10_000);
      for (const p of pairs) expect(p.close).toBeGreaterThan(p.open);
    }
  });
});
