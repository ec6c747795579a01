import { describe, expect, it } from 'vitest';
import { WordRecords, WordSlots } from '@/utils/nlp/word-slots';

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i.toString(36)}كلمة`);

describe('WordSlots: a bounded memo keyed by the word\'s hashes', () => {
  it('makes each value once and gives back every stored value', () => {
    const slots = new WordSlots(10_000);
    const made: string[] = [];
    const stored = words(5_000, 'س');
    stored.forEach((w, i) => slots.get(w, () => (made.push(w), i + 1)));
    expect(stored.map((w) => slots.get(w, () => -1))).toEqual(stored.map((_, i) => i + 1));
    expect(made).toEqual(stored);
    // words never stored are made, not confused with stored ones
    expect(words(5_000, 'ص').map((w) => slots.get(w, () => -1)).filter((v) => v !== -1)).toEqual([]);
  });

  it('is emptied when full, then keeps the word that found it full', () => {
    let emptied = 0;
    const slots = new WordSlots(3, () => emptied++);
    for (const w of ['أ', 'ب', 'ت']) slots.get(w, () => 1);
    expect(emptied).toBe(0);
    expect(slots.get('ث', () => 7)).toBe(7);
    expect(emptied).toBe(1);
    expect(slots.get('ث', () => 0)).toBe(7);
    expect(slots.get('أ', () => 0)).toBe(0);
  });

  it('stores a word in its own place when making it asked the memo for another word', () => {
    const slots = new WordSlots(100);
    expect(slots.get('مصر', () => slots.get('تونس', () => 2) + 2)).toBe(4);
    expect([slots.get('مصر', () => 0), slots.get('تونس', () => 0)]).toEqual([4, 2]);
  });
});

describe('WordRecords: per-word records made once', () => {
  it('makes a record once per word, forgets all of them when full, and gives back the right record after', () => {
    const made: string[] = [];
    const records = new WordRecords<{ w: string }>(2);
    const make = (w: string) => (made.push(w), { w });
    const first = records.get('قال', make);
    expect(records.get('قال', make)).toBe(first);
    records.get('أكد', make);
    expect(records.get('أوضح', make)).toEqual({ w: 'أوضح' });
    expect(records.get('أوضح', make)).toEqual({ w: 'أوضح' });
    expect(records.get('قال', make)).toEqual({ w: 'قال' });
    expect(made).toEqual(['قال', 'أكد', 'أوضح', 'قال']);
  });

  it('makes each record with the maker of its own look-up, also when a maker looks another word up', () => {
    const records = new WordRecords<string>(100);
    const outer = records.get('مصر', (w) => `${w}+${records.get('تونس', (v) => `${v}!`)}`);
    expect(outer).toBe('مصر+تونس!');
    expect([records.get('مصر', () => ''), records.get('تونس', () => ''), records.get('ليبيا', (w) => w.length.toString())]).toEqual(['مصر+تونس!', 'تونس!', '5']);
  });
});
