import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

/** The speakers of the quotations of `text` (no person recognised). */
const speakers = (text: string): Array<string | null> => detectQuotes(text).map((q) => q.speaker);

describe('quotes-context: the dot of a one-letter title (د. علي) ends no sentence', () => {
  it('the title and the name are the speaker', () => {
    expect(speakers('وحول الروبوت، يقول د. علي: «ما زال الطريق طويلا ومعقدا أمامنا على الأقل».')).toEqual(['د. علي']);
  });

  it('a speech verb before the title still introduces the quotation', () => {
    expect(speakers('ويؤكد د. سامر لـ«الصحيفة» أن «الوضع صعب للغاية في المنطقة كلها».')).toEqual(['د. سامر']);
  });

  it('a year ending in م. still ends its sentence', () => {
    expect(speakers('تأسست الجمعية عام 2015 م. وقال المدير: «المشروع سينتهي قريبا في المنطقة».')).toEqual(['المدير']);
  });
});
