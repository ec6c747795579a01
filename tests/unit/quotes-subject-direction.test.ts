import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

/** The speakers of the quotations of `text`. */

describe('quotes-subject: a phrase of where a place lies is no name set off after a role', () => {
  it('وأشار الوزير من المدينة، شمال البلاد، إلى أن «…»: not شمال البلاد', () => {
    const text = 'وأشار وزير الداخلية من مدينة حلوان، شمال البلاد، إلى أن ما نواجهه «تحد كبير لا يمكن تجاهله بأي حال».';
    expect(quoteSpeakers(text)).toEqual(['وزير الداخلية']);
  });

  it('a name set off after a role is still the speaker (نائب الرئيس لدى الشركة، سامي ناصر:)', () => {
    const text = 'وقال نائب الرئيس لدى الشركة، سامي ناصر: «سنفتتح فرعا جديدا في الربيع المقبل».';
    expect(quoteSpeakers(text)).toEqual(['سامي ناصر']);
  });
});
