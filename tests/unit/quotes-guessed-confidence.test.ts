import { describe, expect, it } from 'vitest';
import { quotesWithPeople } from './person-mentions';

describe('quotes-attribution: a speaker only guessed from the person named nearest is given low', () => {
  it('a quotation with no speech cue of its own after a sentence naming a person', () => {
    const text = 'التقى سمير حداد بأعضاء المجلس صباح أمس، مؤكدا دعمه لهم. وأن «المدينة تستحق الكثير من الاهتمام والدعم من الجميع».';
    const q = quotesWithPeople(text, [['سمير حداد', 'p:حداد']]);
    // 0.3, lowered further because the pair only just passes as a quotation.
    expect(q.map((x) => [x.speaker, x.speakerEntity, x.confidence])).toEqual([['سمير حداد', 'p:حداد', 0.24]]);
  });
  it('a bare verb whose subject is not written, after a sentence naming two people', () => {
    const text = 'التقى سمير حداد بالسفير جون براون في مكتبه. ومن جهة أخرى قال في الحفل: «نحن فخورون بما تحقق هذا العام للمدينة».';
    const q = quotesWithPeople(text, [['سمير حداد', 'p:حداد'], ['جون براون', 'p:براون']]);
    expect(q.map((x) => [x.speaker, x.speakerEntity, x.confidence])).toEqual([['جون براون', 'p:براون', 0.3]]);
  });
  it('a speaker named by the verb keeps its confidence', () => {
    const q = quotesWithPeople('وقال سمير حداد: «نحن فخورون بما تحقق هذا العام للمدينة».', [['سمير حداد', 'p:حداد']]);
    expect(q.map((x) => [x.speaker, x.speakerEntity, x.confidence])).toEqual([['سمير حداد', 'p:حداد', 0.9]]);
  });
});
