// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { FIRST_SCREEN_ROWS, readFirstScreen } from '@/utils/db/first-screen';
import { dispatchMessage } from '@/entrypoints/background/dispatch';
import { historyDb, setHistoryDb } from '@/utils/db/connection';
import { HamishDb } from '@/utils/db/schema';
import type { DBCore, DBCoreTable } from 'dexie';
import { recordVisit } from '@/utils/db/pages-repo';
import type { PageAnnotations } from '@/utils/messaging/tab-protocol';
import { erdogan, summary, turkey } from './support/history';

const fromPopup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

beforeEach(() => {
  // An empty answer makes utils/i18n fall back to the Arabic messages, as in an Arabic browser.
  fakeBrowser.i18n.getMessage = (() => '') as never;
  // The transport: the popup's messages reach the background's dispatch, as runtime.sendMessage does.
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    void dispatchMessage(message, fromPopup as never).then(sendResponse);
    return true;
  });
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the popup on the current tab', () => {
  const annotations: PageAnnotations = {
    url: 'https://x.example/a',
    title: 'خبر',
    detection: { arabic: true, news: true, confidence: 0.9, reasons: ['arabic-text'] },
    annotated: true,
    entities: [erdogan, turkey],
    quotes: [{ index: 0, text: 'سنعمل معا', speaker: 'أردوغان', speakerEntity: erdogan.entity, confidence: 0.9 }],
    highlight: { person: true, country: true, demonym: true, quote: true },
  };

  it('lists what the content script reports and sends reveal and switch messages to the tab', async () => {
    history.replaceState(null, '', '/popup.html?tab=12');
    const toTab = vi.fn(async (_tabId: number, m: { type: string; data: Record<string, unknown> }) => {
      if (m.type === 'getPageAnnotations') return annotations;
      if (m.type === 'setHighlightTypes') return { ...annotations.highlight, ...m.data };
      return true;
    });
    fakeBrowser.tabs.sendMessage = toTab as never;
    render(<App browser={browser} />);
    await screen.findByText('رجب طيب أردوغان');
    fireEvent.click(screen.getByText('رجب طيب أردوغان'));
    expect(toTab).toHaveBeenLastCalledWith(12, { hamishTab: 1, type: 'revealMention', data: { entity: erdogan.entity } }, { frameId: 0 });
    fireEvent.click(screen.getByRole('switch', { name: /الأشخاص/ }));
    await waitFor(() => expect((screen.getByRole('switch', { name: /الأشخاص/ }) as HTMLInputElement).checked).toBe(false));
    expect(toTab).toHaveBeenLastCalledWith(12, { hamishTab: 1, type: 'setHighlightTypes', data: { person: false } }, { frameId: 0 });
  });

  it('annotates on request and then lists the page', async () => {
    history.replaceState(null, '', '/popup.html?tab=13');
    const notYet = { ...annotations, annotated: false, entities: [], quotes: [], detection: { arabic: true, news: false, confidence: 0.7, reasons: [] } };
    fakeBrowser.tabs.sendMessage = vi.fn(async (_t: number, m: { type: string }) => (m.type === 'annotateNow' ? annotations : notYet)) as never;
    render(<App browser={browser} />);
    fireEvent.click(await screen.findByRole('button', { name: 'أبرز هذه الصفحة' }));
    await screen.findByText('رجب طيب أردوغان');
  });

  it('explains Hamish when no content script answers (a browser page)', async () => {
    history.replaceState(null, '', '/popup.html?tab=14');
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never;
    render(<App browser={browser} />);
    await screen.findByText(/لا يعمل هامش في هذه الصفحة/);
  });
});

describe('the history page (popup.html#history)', () => {
  const T0 = Date.now();

  beforeEach(async () => {
    history.replaceState(null, '', '/popup.html#history');
    const db = historyDb();
    await recordVisit(db, summary('https://www.aljazeera.net/1', { title: 'أردوغان يستقبل بوتين' }), T0 - 3_000);
    await recordVisit(db, summary('https://bbc.com/arabic/2', { title: 'انتخابات في أمريكا', entities: [turkey], quotes: [] }), T0 - 2_000);
    await recordVisit(db, summary('https://www.aljazeera.net/3', { title: 'طقس حار', entities: [], quotes: [] }), T0 - 1_000);
  });

  const titles = () => [...document.querySelectorAll('[data-list="pages"] .hrow .title')].map((a) => a.textContent);

  it('lists pages newest first and narrows them by an Arabic-folded search and by site', async () => {
    render(<App browser={browser} />);
    await waitFor(() => expect(titles()).toEqual(['طقس حار', 'انتخابات في أمريكا', 'أردوغان يستقبل بوتين']));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('الصفحات: 3'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'امريكا' } });
    await waitFor(() => expect(titles()).toEqual(['انتخابات في أمريكا']));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'مصر' } });
    await screen.findByText('لا صفحات تطابق البحث.');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(await screen.findByRole('combobox', { name: /الموقع/ }), { target: { value: 'aljazeera.net' } });
    await waitFor(() => expect(titles()).toEqual(['طقس حار', 'أردوغان يستقبل بوتين']));
  });

  it('shows the first rows read with plain IndexedDB while Dexie is still opening', async () => {
    historyDb().close();
    // Dexie's open never completes here: only the first-screen read can show the rows.
    const open = vi.spyOn(historyDb(), 'open').mockReturnValue(new Promise(() => {}) as never);
    render(<App browser={browser} firstScreen={readFirstScreen(FIRST_SCREEN_ROWS, indexedDB, historyDb().name)} />);
    await waitFor(() => expect(titles()).toEqual(['طقس حار', 'انتخابات في أمريكا', 'أردوغان يستقبل بوتين']));
    expect(open).toHaveBeenCalled();
    expect(screen.queryByText('جارٍ التحميل…')).toBeNull();
    open.mockRestore();
  });

  it('deletes a page through the background and follows the change', async () => {
    render(<App browser={browser} />);
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'احذف «انتخابات في أمريكا» من السجل' }));
    await waitFor(() => expect(titles()).toEqual(['طقس حار', 'أردوغان يستقبل بوتين']));
    expect(await historyDb().pages.count()).toBe(2);
  });

  it('follows writes made elsewhere: a revisit moves the page up with its new title', async () => {
    render(<App browser={browser} />);
    await waitFor(() => expect(titles()).toHaveLength(3));
    await recordVisit(historyDb(), summary('https://www.aljazeera.net/1', { title: 'أردوغان يستقبل بوتين (محدث)' }), Date.now());
    await waitFor(() => expect(titles()).toEqual(['أردوغان يستقبل بوتين (محدث)', 'طقس حار', 'انتخابات في أمريكا']));
  });

  it('opens an entity from a page row: its quotes, chart and pages', async () => {
    render(<App browser={browser} />);
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.click(screen.getAllByRole('button', { name: 'رجب طيب أردوغان' })[0] as Element);
    await screen.findByRole('heading', { name: 'رجب طيب أردوغان' });
    expect(document.querySelector('.entity-quotes')?.textContent).toContain('سنعمل معا من أجل السلام');
    await waitFor(() => expect([...document.querySelectorAll('[data-list="entity-pages"] .hrow .title')].map((a) => a.textContent)).toEqual(['أردوغان يستقبل بوتين']));
    expect(document.querySelectorAll('.chart rect.bar')).toHaveLength(7);
    fireEvent.click(screen.getByText('رجوع'));
    await screen.findByRole('region', { name: 'الأشخاص' });
  });

  it('pauses the history from the settings', async () => {
    render(<App browser={browser} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'الإعدادات' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: /أوقف/ }));
    await screen.findByText(/السجل متوقف/);
    const reply = await dispatchMessage({ hamish: 1, type: 'recordPageVisit', data: summary('https://x.example/new') }, fromPopup as never);
    expect(reply).toEqual({ ok: true, value: { recorded: false, reason: 'paused' } });
  });

  it('refuses a corrupt import with a clear message and imports a good one', async () => {
    render(<App browser={browser} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'الإعدادات' }));
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!found) throw new Error('no file input yet');
      return found;
    });
    const choose = (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'h.json')], configurable: true });
      fireEvent.change(input);
    };
    choose('{"format":"hamish-history","version":1,"exportedAt":1,"pages":[{"url":"https://ok.example/"}]}');
    const alert = (await screen.findByRole('alert')).textContent;
    expect(alert).toMatch(/pages\.0\.title/);
    expect(alert).toMatch(/لم يتغير شيء/);
    expect(await historyDb().pages.count()).toBe(3);
    const good = { format: 'hamish-history', version: 1, exportedAt: 1, pages: [{ url: 'https://ok.example/', title: 'مستورد', publishedAt: null, firstVisit: 5, lastVisit: 6, visits: 1, entities: [], quotes: [] }] };
    choose(JSON.stringify(good));
    expect((await screen.findByRole('status', {}, { timeout: 3000 })).textContent).toMatch(/جديدة 1/);
    expect(await historyDb().pages.count()).toBe(4);
  });
});

describe('storage problems in the history page', () => {
  beforeEach(() => history.replaceState(null, '', '/popup.html#history'));

  it('explains a database blocked by another open version, then opens once it is released', async () => {
    const name = historyDb().name;
    const v1 = new HamishDb(name, 1);
    await v1.open();
    v1.close();
    const other = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    render(<App browser={browser} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/أغلق صفحات هامش الأخرى/);
    other.close();
    await screen.findByText(/لا صفحات في السجل بعد/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a full disk on a write and keeps the page', async () => {
    const name = historyDb().name;
    await recordVisit(historyDb(), summary('https://x.example/kept', { title: 'محفوظ' }), Date.now());
    historyDb().close();
    const full = new HamishDb(name);
    full.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore) => ({
        ...down,
        table: (table: string): DBCoreTable => {
          const t = down.table(table);
          return { ...t, mutate: (req) => (req.type === 'delete' || req.type === 'deleteRange' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : t.mutate(req)) };
        },
      }),
    });
    setHistoryDb(full);
    render(<App browser={browser} />);
    fireEvent.click(await screen.findByRole('button', { name: 'احذف «محفوظ» من السجل' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/امتلأت مساحة التخزين/);
    expect(await full.pages.count()).toBe(1);
    expect(document.querySelector('[data-list="pages"] .hrow .title')?.textContent).toBe('محفوظ');
  });
});
