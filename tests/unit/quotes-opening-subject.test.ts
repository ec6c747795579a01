import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';
import { buildQuoteContextSteps } from '@/utils/nlp/quotes-context';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { openingSubject } from '@/utils/nlp/quotes-opening-subject';
import { indexPersons } from '@/utils/nlp/quotes-person-index';
import { runSteps } from '@/utils/steps';

describe('quotes-opening-subject: a joined speech verb speaks for the phrase its sentence opens with', () => {
  it('والمدرب يعرف … ويقول: the opening subject, not the earlier speaker', () => {
    const text = 'وقال الحارس سعيد ناصر: «سنلعب بكل قوة». والمدرب يعرف قدرات لاعبيه جيدا ويقول: «الفريق قادر على الفوز في المباراة».';
    expect(quoteSpeakers(text, [['سعيد ناصر', 'p:سعيد ناصر']])).toEqual(['سعيد ناصر', 'المدرب']);
  });

  it('a clause set off by a comma: …، والبعض الآخر من الباحثين يعرّف … ويقول', () => {
    const text = 'وكتب الدكتور هشام العلي: «المفهوم قديم». ومنهم من يطلق الوصف على فئة محددة، والبعض الآخر من الباحثين يعرّف المفهوم من زاوية أخرى ويقول عنهم: «هم الذين تركوا الجماعة في كل زمان».';
    expect(quoteSpeakers(text, [['هشام العلي', 'p:هشام العلي']])[1]).toBe('البعض الآخر من الباحثين');
  });

  it('a sentence that opens with a verb has no opening subject (ويعرف المدرب … ويقول)', () => {
    const opening = (text: string) => {
      const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
      return openingSubject(ctx, indexPersons(ctx, []), ctx.tokens.findIndex((t) => t.text === 'ويقول'))?.speaker ?? null;
    };
    expect(opening('وقال الحارس: «سنلعب بكل قوة». ويعرف المدرب قدرات لاعبيه جيدا ويقول: «الفريق قادر على الفوز».')).toBeNull();
    expect(opening('وقال الحارس: «سنلعب بكل قوة». والمدرب يعرف قدرات لاعبيه جيدا ويقول: «الفريق قادر على الفوز».')).toBe('المدرب');
  });
});
