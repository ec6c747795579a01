import { useLayoutEffect, useState } from 'preact/hooks';
import type { browser as browserApi } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/send';
import { sendToTab, type HighlightTypes, type PageAnnotations } from '@/utils/messaging/tab-protocol';
import type { PageCheck } from '@/utils/messaging/schemas';
import { t } from '@/utils/i18n';
import { CurrentPage, type RevealTarget } from '@/components/CurrentPage';
import { PageVerdict } from '@/components/PageVerdict';
import { EmptyState } from '@/components/EmptyState';

type View =
  | { phase: 'loading' }
  | { phase: 'annotations'; tabId: number; annotations: PageAnnotations }
  /** No content script answers, but the gate reported a verdict earlier. */
  | { phase: 'check'; check: PageCheck }
  /** No content script at all (chrome:// pages, the web store, a page loaded before install). */
  | { phase: 'unreachable' };

/** The tab the popup speaks of: `?tab=N` when opened as a page (tests, demo), else the active tab. */
async function targetTabId(browser: typeof browserApi): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadView(browser: typeof browserApi): Promise<View> {
  const tabId = await targetTabId(browser);
  if (tabId === undefined) return { phase: 'unreachable' };
  // The background's stored verdict is asked at the same time: it is the answer when an Arabic
  // page's content script no longer replies (only Arabic pages report theirs; any other page's
  // verdict comes from its content script).
  const stored = sendMessage('getTabState', { tabId });
  const annotations = await sendToTab(tabId, 'getPageAnnotations', {});
  if (annotations) return { phase: 'annotations', tabId, annotations };
  const state = await stored;
  return state.ok && state.value ? { phase: 'check', check: state.value.check } : { phase: 'unreachable' };
}

/** The popup for the current tab: verdict, what the page contains, highlight switches. */
export function CurrentTab({ browser }: { browser: typeof browserApi }) {
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [annotating, setAnnotating] = useState(false);
  // A layout effect starts asking right after the first render instead of a frame later.
  useLayoutEffect(() => {
    void loadView(browser).then(setView);
  }, [browser]);

  if (view.phase === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (view.phase === 'unreachable') return <EmptyState unreachable />;
  if (view.phase === 'check') {
    return (
      <>
        <PageVerdict check={view.check} />
        <EmptyState />
      </>
    );
  }
  const { tabId, annotations } = view;
  const update = (a: PageAnnotations | null) => a && setView({ phase: 'annotations', tabId, annotations: a });
  return (
    <CurrentPage
      annotations={annotations}
      annotating={annotating}
      onReveal={(target: RevealTarget) => void sendToTab(tabId, 'revealMention', target)}
      onTypes={async (type: keyof HighlightTypes, on: boolean) => {
        const highlight = await sendToTab(tabId, 'setHighlightTypes', { [type]: on });
        if (highlight) update({ ...annotations, highlight });
      }}
      onAnnotate={async () => {
        setAnnotating(true);
        update(await sendToTab(tabId, 'annotateNow', {}));
        setAnnotating(false);
      }}
    />
  );
}
