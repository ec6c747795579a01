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

  it('fails clearly when the injection fails or the chunk never starts', async () => {
    await expect(loadAnnotator(background(false, { ok: false, error: 'Cannot access contents of the page' }))).rejects.toThrow(/could not be loaded: Cannot access/);
    await expect(loadAnnotator(background(false, { ok: true, value: { loaded: true } }))).rejects.toThrow(/did not start/);
    expect(ANNOTATOR_READY in globalThis).toBe(false);
  });
});
