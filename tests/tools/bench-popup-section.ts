/**
 * The popup part of `npm run bench`: first view and search over a generated history, measured
 * by `benchPopup` (tests/tools/bench-popup.ts), loaded lazily so that the harness still runs
 * and says why when that module is missing or fails.
 */

export interface PopupFigures {
  historyPages: number;
  mentions: number | null;
  firstViewMs: number | null;
  searchMs: number | null;
  searchByQuery?: Record<string, number>;
}

interface BenchPopupModule {
  benchPopup(opts: { pages?: number; runs?: number; log?: (line: string) => void }): Promise<PopupFigures>;
}

/** Measures the popup, or returns null figures and the reason. */
export async function measurePopupSection(pages: number, runs: number, log: (line: string) => void): Promise<{ popup: PopupFigures; note: string | null }> {
  let mod: BenchPopupModule;
  try {
    mod = (await import('./bench-popup')) as unknown as BenchPopupModule;
    if (typeof mod.benchPopup !== 'function') throw new Error('tests/tools/bench-popup.ts exports no benchPopup');
  } catch (err) {
    return { popup: { historyPages: pages, mentions: null, firstViewMs: null, searchMs: null }, note: `popup: ${(err as Error).message}` };
  }
  try {
    const r = await mod.benchPopup({ pages, runs, log: (line) => log(`popup: ${line}`) });
    return {
      popup: { historyPages: r.historyPages, mentions: r.mentions, firstViewMs: r.firstViewMs, searchMs: r.searchMs, ...(r.searchByQuery ? { searchByQuery: r.searchByQuery } : {}) },
      note: null,
    };
  } catch (err) {
    return { popup: { historyPages: pages, mentions: null, firstViewMs: null, searchMs: null }, note: `popup: benchPopup failed: ${(err as Error).message.split('\n')[0]}` };
  }
}
