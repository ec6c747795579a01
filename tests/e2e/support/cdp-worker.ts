import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versions: Array<{ versionId: string; registrationId: string; scriptURL: string; runningStatus: RunningStatus; status: string }>;
}

/** The extension's service worker as the DevTools protocol sees it: its status, and a way to stop it. */
export interface WorkerControl {
  /** Every running status reported so far, oldest first (a restart shows as stopped → starting → running). */
  readonly history: RunningStatus[];
  /** The latest running status. */
  status(): RunningStatus | undefined;
  /** Stops the worker, as the browser does when it is idle, and waits until it has stopped. */
  stop(timeoutMs?: number): Promise<void>;
  /** Waits until the worker reports `status`. */
  waitFor(status: RunningStatus, timeoutMs?: number): Promise<void>;
  /** How many times the worker has been started since this control was opened. */
  starts(): number;
  close(): Promise<void>;
}

/**
 * Watches and stops the extension's service worker through a DevTools session on `page` (any
 * page of the browser). Playwright's Worker objects go stale when the worker restarts, so
 * tests talk to the background only through extension pages and read its status here.
 */
export async function controlWorker(ext: ExtensionBrowser, page: Page): Promise<WorkerControl> {
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const scriptUrl = `chrome-extension://${ext.extensionId}/background.js`;
  const history: RunningStatus[] = [];
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: VersionUpdate) => {
    for (const v of e.versions) {
      if (v.scriptURL !== scriptUrl) continue;
      if (history.at(-1) !== v.runningStatus) history.push(v.runningStatus);
    }
    for (const w of waiters) w();
  });
  await cdp.send('ServiceWorker.enable');

  const waitFor = (status: RunningStatus, timeoutMs = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (history.at(-1) !== status) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`worker did not reach "${status}" (statuses: ${history.join(' → ')})`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    history,
    status: () => history.at(-1),
    async stop(timeoutMs = 15_000) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped', timeoutMs);
    },
    waitFor,
    starts: () => history.filter((s) => s === 'starting').length,
    async close() {
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** The extension's IndexedDB history, read raw from one of its pages: page URLs, in key order. */
export async function storedPageUrls(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('hamish-history');
        let absent = false;
        // No database yet: creating an empty one here would change what the background opens.
        req.onupgradeneeded = () => {
          absent = true;
          req.transaction?.abort();
        };
        req.onerror = () => (absent ? resolve([]) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('pages').objectStore('pages').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Array<{ url: string }>).map((p) => p.url));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Every row of every store of the extension's history, read raw from one of its pages (to compare before and after). */
export async function dumpHistory(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('hamish-history');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const reads = names.map((n) => tx.objectStore(n).getAll());
          tx.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(names.map((n, i) => [n, reads[i]?.result as unknown[]])));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
