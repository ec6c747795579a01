import { describe, expect, it } from 'vitest';
import { WordRecords, WordSlots } from '@/utils/nlp/ner/word-slots';

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i.toString(36)}كلمة`);

describe('WordSlots: a bounded memo keyed by the word\'s hashes', () => {
  it('gives back every stored value, and no value for words never stored', () => {
    const slots = new WordSlots(10_000);
    const stored = words(5_000, 'س');
    stored.forEach((w, i) => {
      expect(slots.isSet(slots.find(w))).toBe(false);
      slots.put(w, i + 1);
    });
    expect(stored.map((w) => slots.value(slots.find(w)))).toEqual(stored.map((_, i) => i + 1));
    expect(words(5_000, 'ص').filter((w) => slots.isSet(slots.find(w)))).toEqual([]);
  });

  it('is emptied when full, then keeps the word that filled it', () => {
    const slots = new WordSlots(3);
    for (const w of ['أ', 'ب', 'ت']) slots.put(w, 1);
    expect(slots.isFull).toBe(true);
    slots.put('ث', 7);
    expect(['أ', 'ب', 'ت'].map((w) => slots.isSet(slots.find(w)))).toEqual([false, false, false]);
    expect(slots.value(slots.find('ث'))).toBe(7);
  });

  it('stores a word in its own place when another look-up came between find and put', () => {
    const slots = new WordSlots(100);
    slots.find('مصر');
    slots.find('تونس');
    slots.put('مصر', 4);
    expect(slots.isSet(slots.find('تونس'))).toBe(false);
    expect(slots.value(slots.find('مصر'))).toBe(4);
  });
});

describe('WordRecords: per-word records made once', () => {
  it('makes a record once per word and forgets all of them when full', () => {
    const made: string[] = [];
    const records = new WordRecords<{ w: string }>(2);
    const make = (w: string) => (made.push(w), { w });
    const first = records.get('قال', make);
    expect(records.get('قال', make)).toBe(first);
    records.get('أكد', make);
    records.get('أوضح', make);
    records.get('قال', make);
    expect(made).toEqual(['قال', 'أكد', 'أوضح', 'قال']);
  });
});
