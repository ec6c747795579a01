import { describe, expect, it } from 'vitest';
import { RecentWords } from '@/utils/nlp/recent-words';

describe('RecentWords', () => {
  it('makes a word\'s value once and keeps it', () => {
    const made: string[] = [];
    const memo = new RecentWords<number>(10);
    const make = (w: string) => { made.push(w); return w.length; };
    expect([memo.get('مصر', make), memo.get('روسيا', make), memo.get('مصر', make)]).toEqual([3, 5, 3]);
    expect(made).toEqual(['مصر', 'روسيا']);
  });

  it('holds at most `size` words: past that it starts again, and makes old words anew', () => {
    const made: string[] = [];
    const memo = new RecentWords<string>(3);
    const make = (w: string) => { made.push(w); return w; };
    for (const w of ['a', 'b', 'c', 'a', 'd', 'a']) memo.get(w, make);
    // a, b, c fill it; a is kept; d empties it and is kept alone; a is made again.
    expect(made).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('keeps falsy values (0, empty string) as values, not as misses', () => {
    let calls = 0;
    const memo = new RecentWords<number>(5);
    memo.get('x', () => { calls++; return 0; });
    memo.get('x', () => { calls++; return 1; });
    expect(calls).toBe(1);
  });
});
