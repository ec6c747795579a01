import { describe, expect, it } from 'vitest';
import { loadAnnotator } from '@/entrypoints/content/chunks';
import { ANNOTATOR_READY, type AnnotatorApi } from '@/entrypoints/content/session-types';
import type { Sender } from '@/utils/messaging/protocol';

const api = { startSession: async () => ({}) } as unknown as AnnotatorApi;
type World = { [ANNOTATOR_READY]?: (a: AnnotatorApi) => void };

/** A background that answers loadAnnotator, having run (or not) the chunk in this world first. */
const background = (runs: boolean, reply: Awaited<ReturnType<Sender>>): Sender =>
  (async (type: string) => {
    expect(type).toBe('loadAnnotator');
    if (runs) (globalThis as World)[ANNOTATOR_READY]?.(api);
    return reply;
  }) as Sender;

describe('loadAnnotator (the background injects the chunk into this world)', () => {
  it('returns the API the injected chunk hands over, and leaves no global behind', async () => {
    expect(await loadAnnotator(background(true, { ok: true, value: { loaded: true } }))).toBe(api);
    expect(ANNOTATOR_READY in globalThis).toBe(false);
  });

  it('does not wait for the reply of the background once the chunk has handed over its API', async () => {
    let answer: (r: Awaited<ReturnType<Sender>>) => void = () => {};
    const slowReply = (async () => {
      (globalThis as World)[ANNOTATOR_READY]?.(api);
      return new Promise((r) => (answer = r));
    }) as unknown as Sender;
    expect(await loadAnnotator(slowReply)).toBe(api);
    expect(ANNOTATOR_READY in globalThis).toBe(false);
    answer({ ok: true, value: { loaded: true } });
  });

  it('fails clearly when the injection fails or the chunk never starts', async () => {
    await expect(loadAnnotator(background(false, { ok: false, error: 'Cannot access contents of the page' }))).rejects.toThrow(/could not be loaded: Cannot access/);
    await expect(loadAnnotator(background(false, { ok: true, value: { loaded: true } }))).rejects.toThrow(/did not start/);
    expect(ANNOTATOR_READY in globalThis).toBe(false);
  });
});
