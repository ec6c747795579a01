import { useEffect, useState } from 'preact/hooks';
import type { browser as browserApi } from 'wxt/browser';
import type { PageRow } from '@/utils/db/schema';
import { t } from '@/utils/i18n';
import { CurrentTab } from './current-tab';

const isHistory = () => location.hash.startsWith('#history');

type HistoryModule = typeof import('./history-page');
let historyModule: Promise<HistoryModule> | null = null;

/**
 * The history view and Dexie are a chunk of their own: the popup of the current tab, opened on
 * every click of the toolbar button, does not load them. The entry starts this import at once
 * when the popup opens on `#history`.
 */
export function loadHistoryPage(): Promise<HistoryModule> {
  historyModule ??= import('./history-page');
  return historyModule;
}

/**
 * The popup: the current tab, or the reading history when opened as `popup.html#history`.
 * `firstScreen`: the history's newest rows, read while the page loaded (for the first history
 * view only).
 */
export function App({ browser, firstScreen = null }: { browser: typeof browserApi; firstScreen?: Promise<PageRow[] | null> | null }) {
  const [history, setHistory] = useState(isHistory());
  const [historyPage, setHistoryPage] = useState<HistoryModule['HistoryPage'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Only the history view shown first may use the rows read as the page loaded.
  const [early, setEarly] = useState(firstScreen);
  useEffect(() => {
    const onHash = () => {
      setEarly(null);
      setHistory(isHistory());
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.body.classList.toggle('wide', history);
    if (history && !historyPage) {
      loadHistoryPage().then(
        (m) => setHistoryPage(() => m.HistoryPage),
        (err: unknown) => setFailure(err instanceof Error ? err.message : String(err)),
      );
    }
  }, [history]);

  if (history) {
    const HistoryPage = historyPage;
    if (HistoryPage) return <HistoryPage browser={browser} firstScreen={early} />;
    return failure ? (
      <p class="problem" role="alert">
        {failure}
      </p>
    ) : (
      <p aria-busy="true">{t('loading')}</p>
    );
  }
  return (
    <main class="hamish-popup">
      <header>
        <h1>{t('extName')}</h1>
        <a
          class="history-link"
          href="popup.html#history"
          data-action="open-history"
          onClick={(e) => {
            e.preventDefault();
            void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#history') });
          }}
        >
          {t('popupOpenHistory')}
        </a>
      </header>
      <CurrentTab browser={browser} />
    </main>
  );
}
