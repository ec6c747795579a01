import { describe, expect, it } from 'vitest';
import { isDefiniteTitle, nameAfterTitle } from '@/utils/nlp/people-title-name';
import { cuedNameAt } from '@/utils/nlp/people-cued-name';
import { boundsContextOf } from './person-mentions';

describe('isDefiniteTitle: worked out once per token, then read from the word table', () => {
  it('remembers the answer of each token asked, and only of those', () => {
    const ctx = boundsContextOf('وقالت الدكتورة موضي الخلف إن الفريق فاز');
    expect([...ctx.table.definiteTitles]).toEqual([-1, -1, -1, -1, -1, -1, -1]);
    expect(isDefiniteTitle(ctx, 1)).toBe(true);
    expect(isDefiniteTitle(ctx, 5)).toBe(false); // الفريق: as often the team
    expect(isDefiniteTitle(ctx, 0)).toBe(false);
    expect([...ctx.table.definiteTitles]).toEqual([0, 1, -1, -1, -1, 0, -1]);
    // Asked again (as the cue of the names after it), the same answers.
    expect(isDefiniteTitle(ctx, 1)).toBe(true);
    expect(isDefiniteTitle(ctx, 5)).toBe(false);
  });

  it('gives the same names after a title as before', () => {
    const covered = new Uint8Array(7);
    expect(nameAfterTitle(boundsContextOf('وقالت الدكتورة موضي الخلف إن الفريق فاز'), 2, covered)).toEqual([2, 4]);
  });
});

describe('cuedNameAt: no name opens on a mark or a covered word', () => {
  it('skips marks and covered tokens at once, and still finds a cued name', () => {
    const ctx = boundsContextOf('وصل اللواء كامل الوزير، وقال');
    const covered = new Uint8Array(ctx.tokens.length);
    expect(cuedNameAt(ctx, 2, covered)).toEqual([2, 4]);
    expect(cuedNameAt(ctx, 4, covered)).toBeNull(); // the comma
    covered[2] = 1;
    expect(cuedNameAt(ctx, 2, covered)).toBeNull();
  });
});
