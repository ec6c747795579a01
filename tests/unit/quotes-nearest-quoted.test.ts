import { describe, expect, it } from 'vitest';
import { personIn, quoteSpeakers } from './person-mentions';
import { buildQuoteContextSteps } from '@/utils/nlp/quotes-context';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { nearestPerson } from '@/utils/nlp/quotes-nearby';
import { indexPersons } from '@/utils/nlp/quotes-person-index';
import { runSteps } from '@/utils/steps';

describe('quotes-nearby: a person named inside earlier quoted words is not the nearest speaker', () => {
  it('وقالت الوزيرة: «…السفير جون سميث…». وأضاف: «…» is not Smith speaking', () => {
    const text = 'وقالت الوزيرة: «التقيت أمس بالسفير جون سميث وبحثنا التعاون بين البلدين». وأضاف: «سنواصل العمل معا في المرحلة المقبلة».';
    expect(quoteSpeakers(text, [['جون سميث', 'p:جون سميث']])[1]).toBe('الوزيرة');
    // The fallback itself finds nobody: the only person before the second quotation is inside the first.
    const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
    expect(nearestPerson(ctx, indexPersons(ctx, [personIn(text, 'جون سميث', 'p:جون سميث')]), text.lastIndexOf('«'))).toBeNull();
  });

  it('a person named outside the marks is still the nearest one', () => {
    const text = 'وقالت الوزيرة: «الزيارة ناجحة». ثم التقى السفير جون سميث بالصحفيين في المطار. وأضاف: «سنواصل العمل معا في المرحلة المقبلة».';
    expect(quoteSpeakers(text, [['جون سميث', 'p:جون سميث']])[1]).toBe('جون سميث');
  });
});
