import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/entrypoints/background/dispatch';

const check = {
  url: 'https://example.com/a',
  title: 'خبر',
  script: 'arabic',
  arabicLetters: 500,
  otherLetters: 3,
  handled: true,
  reasons: [],
};
const fromTab = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId: 0 });

describe('background dispatch', () => {
  it('stores a page check per tab in session storage and reads it back', async () => {
    expect(await dispatchMessage({ hamish: 1, type: 'reportPageCheck', data: check }, fromTab(7))).toEqual({ ok: true, value: null });
    const reply = await dispatchMessage({ hamish: 1, type: 'getTabState', data: { tabId: 7 } }, { id: fakeBrowser.runtime.id });
    expect(reply).toMatchObject({ ok: true, value: { check } });
  });

  it('ignores senders that are not this extension', async () => {
    expect(await dispatchMessage({ hamish: 1, type: 'getTabState', data: { tabId: 7 } }, { id: 'someone-else' })).toBeUndefined();
  });

  it('rejects malformed data with a readable error and stores nothing', async () => {
    const reply = await dispatchMessage({ hamish: 1, type: 'reportPageCheck', data: { ...check, title: 'x'.repeat(501) } }, fromTab(8));
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/title/);
    expect(await fakeBrowser.storage.session.get('tab:8')).toEqual({});
  });

  it('ignores unknown message types', async () => {
    expect(await dispatchMessage({ hamish: 1, type: 'dropDatabase', data: {} }, fromTab(1))).toBeUndefined();
  });
});
