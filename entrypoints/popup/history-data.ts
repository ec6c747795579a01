/**
 * The history page's reads: queries re-run whenever the history changes (a write here, in the
 * background or in another page: Dexie broadcasts them), and the rows of the pages in view,
 * fetched by id as the list scrolls.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HamishDb, PageRow } from '@/utils/db/schema';
import { pagesByIds } from '@/utils/db/history-query';
import { historyDb, historyProblem, openHistoryDb, type HistoryProblem } from '@/utils/db/connection';

/** How long Dexie's open waits for the first screen's read before it starts anyway. */
const FIRST_SCREEN_WAIT_MS = 250;

/** Why the history cannot be read or written, as the banner shows it. */
export interface ShownProblem { problem: HistoryProblem; detail?: string }

/**
 * Opens the history database once. `firstScreen`, the newest rows read with plain IndexedDB as
 * the popup loaded, comes back as `early` to stand in until Dexie has read them.
 */
export function useHistoryDb(firstScreen: Promise<PageRow[] | null> | null) {
  const [db, setDb] = useState<HamishDb | null>(null);
  const [problem, setProblem] = useState<ShownProblem | null>(null);
  const [early, setEarly] = useState<PageRow[] | null>(null);
  useLayoutEffect(() => {
    const pending = firstScreen;
    let alive = true;
    void pending?.then((rows) => alive && rows && setEarly(rows));
    // Dexie opens once the first screen is read (or has taken too long): two connections
    // reading at once slow each other down, and the first rows come first.
    const settled = pending ? Promise.race([pending, new Promise((r) => setTimeout(r, FIRST_SCREEN_WAIT_MS))]) : Promise.resolve();
    void settled.then(() => openHistoryDb(historyDb(), () => setProblem({ problem: 'blocked' })))
      .then((opened) => {
        setProblem(null);
        setDb(opened);
      })
      .catch((err: unknown) => setProblem({ problem: historyProblem(err) ?? 'unavailable', detail: err instanceof Error ? err.message : String(err) }));
    return () => {
      alive = false;
    };
  }, []);
  return { db, problem, setProblem, early };
}

/** The latest value of a query; `key` says which inputs produced it. */
export interface Live<T> {
  value: T | undefined;
  key: string | undefined;
  error: unknown;
}

/**
 * Runs `query` while `db` is open and again after every change to the history; a new `key`
 * starts over. Not Dexie's liveQuery: that one records every key a query read (ten thousand
 * ids for the full list) to decide precisely what to re-run, which costs more here than simply
 * re-running the few queries of this page after a write, as rare as a page visit.
 */
export function useLive<T>(db: HamishDb | null, key: string, query: (db: HamishDb) => Promise<T>): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, key: undefined, error: undefined });
  // A layout effect starts the read right after the render instead of a frame later.
  useLayoutEffect(() => {
    if (!db) return undefined;
    let alive = true;
    let latest = 0;
    const run = () => {
      const mine = ++latest;
      query(db).then(
        (value) => alive && mine === latest && setState({ value, key, error: undefined }),
        (error: unknown) => alive && mine === latest && setState((s) => ({ ...s, key, error })),
      );
    };
    const stop = onHistoryChange(db, run);
    run();
    return () => {
      alive = false;
      stop();
    };
  }, [db, key]);
  return state;
}

/** Calls `fn` after every change to the history `db` (in any context); returns the unsubscribe. */
function onHistoryChange(db: HamishDb, fn: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const onChange = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((p) => p === 'all' || p.startsWith(prefix))) fn();
  };
  Dexie.on('storagemutated', onChange);
  return () => Dexie.on('storagemutated').unsubscribe(onChange);
}

/**
 * Rows of the ids in view, loaded on demand and kept across lists (a search shows rows already
 * read at once). A change to the history marks every cached row stale: rows in view are read
 * again, others when they scroll into view, and a stale row is shown until its fresh one
 * arrives (no flash of empty rows).
 */
export function useRows(
  db: HamishDb | null,
  ids: number[] | undefined,
  /** Rows already read with the ids (the first screen's), current for this list. */
  known?: PageRow[],
): { rowOf(id: number): PageRow | undefined; onRange(start: number, end: number): void } {
  const cache = useRef(new Map<number, { row: PageRow; generation: number }>());
  /** Ids being read for the current generation, so that overlapping ranges read each once. */
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const range = useRef<[number, number]>([0, 0]);
  const latestIds = useRef(ids);
  latestIds.current = ids;
  const [, redraw] = useState(0);

  const load = useCallback(
    async (start: number, end: number) => {
      const current = latestIds.current;
      if (!db || !current) return;
      const mine = generation.current;
      const missing = current.slice(start, end).filter((id) => cache.current.get(id)?.generation !== mine && !pending.current.has(id));
      if (missing.length === 0) return;
      for (const id of missing) pending.current.add(id);
      const got = await pagesByIds(db, missing).finally(() => {
        if (mine === generation.current) for (const id of missing) pending.current.delete(id);
      });
      // The history changed meanwhile: these rows may be outdated, and a fresh read is under way.
      if (mine !== generation.current) return;
      for (const row of got) cache.current.set(row.id, { row, generation: mine });
      redraw((n) => n + 1);
    },
    [db],
  );

  useLayoutEffect(() => {
    if (!db) return undefined;
    return onHistoryChange(db, () => {
      generation.current++;
      pending.current.clear();
      void load(range.current[0], range.current[1]);
    });
  }, [db, load]);

  // Rows that came with the ids go into the cache before this render asks for them (they may
  // come before the database is open, when no read would draw them).
  useMemo(() => {
    for (const row of known ?? []) {
      if (cache.current.get(row.id)?.generation !== generation.current) cache.current.set(row.id, { row, generation: generation.current });
    }
  }, [known]);

  useLayoutEffect(() => {
    void load(range.current[0], range.current[1]);
  }, [db, ids]);

  const onRange = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      void load(start, end);
    },
    [load],
  );
  const rowOf = useCallback((id: number) => cache.current.get(id)?.row, []);
  return { rowOf, onRange };
}
