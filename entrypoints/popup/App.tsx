import { useEffect, useState } from 'preact/hooks';
import type { browser as browserApi } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import type { MessageReply } from '@/utils/messaging/schemas';
import { PageVerdict } from '@/components/PageVerdict';
import { t } from '@/utils/i18n';

type TabState = MessageReply['getTabState'];

/** The tab the popup speaks of: `?tab=N` when opened as a page (tests, demo), else the active tab. */
async function targetTabId(browser: typeof browserApi): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The popup for the current tab: what Hamish decided about this page. */
export function App({ browser }: { browser: typeof browserApi }) {
  const [state, setState] = useState<{ loading: boolean; tab: TabState; error?: string }>({ loading: true, tab: null });
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId(browser);
      if (tabId === undefined) return setState({ loading: false, tab: null });
      const reply = await sendMessage('getTabState', { tabId });
      setState(reply.ok ? { loading: false, tab: reply.value } : { loading: false, tab: null, error: reply.error });
    })();
  }, [browser]);
  return (
    <main class="hamish-popup">
      <header>
        <h1>{t('extName')}</h1>
      </header>
      {state.loading ? <p aria-busy="true">{t('loading')}</p> : <PageVerdict check={state.tab?.check ?? null} />}
      {state.error && <p role="alert">{state.error}</p>}
    </main>
  );
}
