import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isEventObject } from '@/utils/nlp/quotes-event-object';

const speakers = (text: string): Array<string | null> => detectQuotes(text).map((q) => q.speaker);

describe('quotes-event-object: the event a speech verb reports is its object, not its subject', () => {
  it.each([
    ['مقتل', true],
    ['اعتقال', true],
    ['الجيش', false],
    ['مصادر', false],
  ])('isEventObject(%s) → %s', (f, yes) => {
    expect(isEventObject(f)).toBe(yes);
  });

  it('أعلنت الشرطة مقتل …: the police speak', () => {
    const text = 'وأعلنت الشرطة مقتل المسلح في تبادل لإطلاق النار، وقالت في بيان إن الوضع «تحت السيطرة الآن».';
    expect(speakers(text)).toEqual(['الشرطة']);
  });

  it('كشفت مصادر محلية قيام …: the sources speak', () => {
    const text = 'وكشفت مصادر محلية قيام عدد من الشبان بإغلاق الطريق الرئيسي «احتجاجا على انقطاع الكهرباء».';
    expect(speakers(text)).toEqual(['مصادر محلية']);
  });
});

describe('quotes-subject: سواء ends a subject', () => {
  it('أكدت الحكومة سواء عبر …: the government speaks', () => {
    const text = 'وأكدت الحكومة سواء عبر وزرائها أو متحدثيها على ضرورة اللجوء إلى «الجهات المختصة وحدها».';
    expect(speakers(text)).toEqual(['الحكومة']);
  });
});
