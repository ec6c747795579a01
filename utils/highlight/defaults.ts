/**
 * The highlight types shown on a page before the reader touches its switches, kept in the
 * extension's storage.local (which content scripts can read, unlike the history database). The
 * reader sets them in the history's settings; a page follows a change at once, except for the
 * types the reader switched on that page.
 */
import type { HighlightTypes } from '@/utils/messaging/tab-protocol';

/** The storage.local key. */
export const HIGHLIGHT_DEFAULTS_KEY = 'highlightTypes';

const TYPES: ReadonlyArray<keyof HighlightTypes> = ['person', 'country', 'demonym', 'quote'];

/** Every type shown: the defaults of a new install. */
export const ALL_TYPES_ON: HighlightTypes = { person: true, country: true, demonym: true, quote: true };

/**
 * The known types with a boolean value in a stored value; anything else is ignored (storage may
 * hold what an older or tampered version wrote).
 * @example parseHighlightDefaults({ demonym: false, colour: 'red' }) → { demonym: false }
 */
export function parseHighlightDefaults(value: unknown): Partial<HighlightTypes> {
  const out: Partial<HighlightTypes> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const type of TYPES) {
    const on = (value as Record<string, unknown>)[type];
    if (typeof on === 'boolean') out[type] = on;
  }
  return out;
}

/** The part of the storage API the defaults go through. */
export interface DefaultsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The saved defaults, all types on where none is saved; a storage failure reads as all on. */
export async function readHighlightDefaults(area: DefaultsStorage): Promise<HighlightTypes> {
  try {
    return { ...ALL_TYPES_ON, ...parseHighlightDefaults((await area.get(HIGHLIGHT_DEFAULTS_KEY))[HIGHLIGHT_DEFAULTS_KEY]) };
  } catch {
    return { ...ALL_TYPES_ON };
  }
}

/** Saves `change` over the saved defaults and returns them all. */
export async function writeHighlightDefaults(area: DefaultsStorage, change: Partial<HighlightTypes>): Promise<HighlightTypes> {
  const next = { ...(await readHighlightDefaults(area)), ...parseHighlightDefaults(change) };
  await area.set({ [HIGHLIGHT_DEFAULTS_KEY]: next });
  return next;
}
