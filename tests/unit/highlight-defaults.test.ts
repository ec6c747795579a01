import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_DEFAULTS_KEY, parseHighlightDefaults, readHighlightDefaults, writeHighlightDefaults, type DefaultsStorage } from '@/utils/highlight/defaults';

function memoryStorage(initial: Record<string, unknown> = {}): DefaultsStorage & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, more),
  };
}

describe('highlight defaults', () => {
  it('keeps only the known types with boolean values', () => {
    expect(parseHighlightDefaults({ demonym: false, quote: 'no', colour: true })).toEqual({ demonym: false });
    expect(parseHighlightDefaults('person')).toEqual({});
    expect(parseHighlightDefaults(null)).toEqual({});
  });

  it('reads every type on where nothing is saved, and saves a change over what is saved', async () => {
    const storage = memoryStorage();
    expect(await readHighlightDefaults(storage)).toEqual({ person: true, country: true, demonym: true, quote: true });
    await writeHighlightDefaults(storage, { demonym: false });
    expect(await writeHighlightDefaults(storage, { quote: false })).toEqual({ person: true, country: true, demonym: false, quote: false });
    expect(storage.items[HIGHLIGHT_DEFAULTS_KEY]).toEqual({ person: true, country: true, demonym: false, quote: false });
  });

  it('reads a tampered or failing storage as every type on', async () => {
    expect(await readHighlightDefaults(memoryStorage({ [HIGHLIGHT_DEFAULTS_KEY]: { person: 0, country: false } }))).toEqual({ person: true, country: false, demonym: true, quote: true });
    const failing: DefaultsStorage = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.resolve() };
    expect(await readHighlightDefaults(failing)).toEqual({ person: true, country: true, demonym: true, quote: true });
  });
});
