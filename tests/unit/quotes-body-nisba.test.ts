import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { fullerBody } from '@/utils/nlp/quotes-body-nisba';

const speakers = (text: string) => detectQuotes(text).map((q) => q.speaker);

describe('quotes-body-nisba: a body by its head and nationality is the full name given before', () => {
  it.each([
    ['شدد تقرير صادر عن وكالة الطاقة النمساوية على أهمية الطاقة النظيفة. وقال تقرير الوكالة النمساوية "إنه يمكن الاستفادة من المياه الدافئة المهدرة".', 'وكالة الطاقة النمساوية'],
    ['وأعلنت هيئة الأرصاد الجوية الأسترالية موسما حارا. وقالت الهيئة الأسترالية: «درجات الحرارة سترتفع كثيرا هذا الصيف».', 'هيئة الأرصاد الجوية الأسترالية'],
    // (negative rows: another nationality, or no full name before)
    ['شدد تقرير صادر عن وكالة الطاقة النمساوية على أهمية الطاقة النظيفة. وقال تقرير الوكالة الألمانية "إنه يمكن الاستفادة من المياه الدافئة المهدرة".', 'تقرير الوكالة الألمانية'],
    ['وقال تقرير الوكالة النمساوية "إنه يمكن الاستفادة من المياه الدافئة المهدرة".', 'تقرير الوكالة النمساوية'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    ['تقرير الوكالة النمساوية', 'وكالة الطاقة النمساوية'],
    ['الوكالة النمساوية', 'وكالة الطاقة النمساوية'],
    ['الوكالة', null],
    ['بيان الوكالة النمساوية', null],
  ])('fullerBody(%s) → %s', (speaker, expected) => {
    const text = `شدد تقرير صادر عن وكالة الطاقة النمساوية على أهمية الطاقة. وقال ${speaker} "…".`;
    const start = text.lastIndexOf(speaker);
    expect(fullerBody(text, { speaker, entity: null, start, end: start + speaker.length })?.speaker ?? null).toBe(expected);
  });
});
