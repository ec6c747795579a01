import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

/** The speakers of the quotations of `text`. */
const speakers = (text: string): Array<string | null> => detectQuotes(text).map((q) => q.speaker);

describe('quotes-subject: a phrase of where a place lies is no name set off after a role', () => {
  it('وأشار الوزير من المدينة، شمال البلاد، إلى أن «…»: not شمال البلاد', () => {
    const text = 'وأشار وزير الداخلية من مدينة حلوان، شمال البلاد، إلى أن ما نواجهه «تحد كبير لا يمكن تجاهله بأي حال».';
    expect(speakers(text)).toEqual(['وزير الداخلية']);
  });

  it('a name set off after a role is still the speaker (نائب الرئيس لدى الشركة، سامي ناصر:)', () => {
    const text = 'وقال نائب الرئيس لدى الشركة، سامي ناصر: «سنفتتح فرعا جديدا في الربيع المقبل».';
    expect(speakers(text)[0]).toBe('سامي ناصر');
  });
});
