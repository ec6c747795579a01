import { describe, expect, it } from 'vitest';
import { createUploads, UPLOAD_TTL_MS } from '@/entrypoints/background/uploads';

describe('text uploads in the background', () => {
  it('joins the parts of an upload in order and forgets it once taken', () => {
    const uploads = createUploads(() => 0);
    const from = { tab: { id: 1 }, frameId: 0 };
    expect(uploads.add(from, 'x', 0, 'قال ')).toBe(4);
    expect(uploads.add(from, 'x', 1, 'الوزير')).toBe(10);
    expect(uploads.take(from, 'x')).toBe('قال الوزير');
    expect(uploads.size()).toBe(0);
    expect(() => uploads.take(from, 'x')).toThrow(/unknown/);
  });

  it('keeps uploads of different frames apart and drops an unfinished one after a while', () => {
    let t = 0;
    const uploads = createUploads(() => t);
    uploads.add({ tab: { id: 1 }, frameId: 0 }, 'x', 0, 'أ');
    uploads.add({ tab: { id: 1 }, frameId: 3 }, 'x', 0, 'ب');
    expect(uploads.size()).toBe(2);
    expect(uploads.take({ tab: { id: 1 }, frameId: 3 }, 'x')).toBe('ب');
    t = UPLOAD_TTL_MS + 1;
    uploads.add({ tab: { id: 2 }, frameId: 0 }, 'y', 0, 'ج');
    expect(uploads.size()).toBe(1);
    expect(() => uploads.add({ tab: { id: 1 }, frameId: 0 }, 'x', 1, 'د')).toThrow(/without the parts before it/);
  });
});
