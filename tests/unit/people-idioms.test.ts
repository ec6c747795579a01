import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('name word in an idiom', () => {
  it.each([
    ['تنفق الأموال في الجمعية بلا حسيب ولا رقيب منذ سنوات', ['حسيب'], []],
    ['تركت المخيمات دون رقيب أو حسيب', ['حسيب'], []],
    ['نالت القضية نصيب الأسد من التغطية', ['الأسد'], []],
    ['وكل ابن آدم يخطئ ويتوب', ['آدم'], []],
    ['حافظ الوزير على شعرة معاوية مع خصومه', ['معاوية'], []],
    // (the tagger's span holds the clitic ل, as a span opening with a clitic letter does)
    ['يجب أن نعطي ما لقيصر لقيصر وما لله لله', ['لقيصر', 'لقيصر'], []],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
  it.each([
    // The same names outside the idioms stay.
    ['وقال المهندس حسيب إن المشروع تأخر', ['حسيب'], ['حسيب']],
    ['وقال الرئيس بشار الأسد إن الأسد لن يتنحى', ['بشار الأسد', 'الأسد'], ['بشار الأسد', 'الأسد']],
    ['التقى الوزير معاوية بالوفد', ['معاوية'], ['معاوية']],
    ['يجب أن نعطي ما لكسرى لقيصر وما لله لله', ['لقيصر'], ['لقيصر']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
});
