import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';
import { isEventObject } from '@/utils/nlp/quotes-event-object';

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
    expect(quoteSpeakers(text)).toEqual(['الشرطة']);
  });

  it('كشفت مصادر محلية قيام …: the sources speak', () => {
    const text = 'وكشفت مصادر محلية قيام عدد من الشبان بإغلاق الطريق الرئيسي «احتجاجا على انقطاع الكهرباء».';
    expect(quoteSpeakers(text)).toEqual(['مصادر محلية']);
  });
});

describe('quotes-subject: سواء ends a subject', () => {
  it('أكدت الحكومة سواء عبر …: the government speaks', () => {
    const text = 'وأكدت الحكومة سواء عبر وزرائها أو متحدثيها على ضرورة اللجوء إلى «الجهات المختصة وحدها».';
    expect(quoteSpeakers(text)).toEqual(['الحكومة']);
  });
});
