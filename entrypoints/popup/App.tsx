import { useEffect, useState } from 'preact/hooks';
import type { browser as browserApi } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { CurrentTab } from './current-tab';
import { HistoryPage } from './history-page';

const isHistory = () => location.hash.startsWith('#history');

/** The popup: the current tab, or the reading history when opened as `popup.html#history`. */
export function App({ browser }: { browser: typeof browserApi }) {
  const [history, setHistory] = useState(isHistory());
  useEffect(() => {
    const onHash = () => setHistory(isHistory());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.body.classList.toggle('wide', history);
  }, [history]);

  if (history) return <HistoryPage browser={browser} />;
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
