import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/entrypoints/background/dispatch';
import { LIMITS } from '@/utils/messaging/limits';
import type { MessageReply } from '@/utils/messaging/schemas';

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

  it('analyses a page text for a content script: people, countries and quotations with offsets in that text', async () => {
    const text = 'وقال الرئيس التركي رجب طيب أردوغان في أنقرة: «سنواصل الحوار مع روسيا».';
    const reply = await dispatchMessage({ hamish: 1, type: 'analyseText', data: { text } }, fromTab(3));
    expect(reply).toMatchObject({ ok: true });
    const { analysis, countries } = (reply as { ok: true; value: MessageReply['analyseText'] }).value;
    const { entities, quotes } = analysis;
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.text)).toEqual(['رجب طيب أردوغان']);
    expect(entities.filter((e) => e.type === 'country').map((e) => [e.text, e.demonym === true])).toEqual([['التركي', true], ['روسيا', false]]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['سنواصل الحوار مع روسيا', 'رجب طيب أردوغان']]);
    // The card facts of the countries found travel with the analysis (the page carries no country table).
    expect(Object.keys(countries).sort()).toEqual(['RU', 'TR']);
    expect(countries.RU?.capital).toBe('موسكو');
  });

  it('refuses a text longer than a page may send, with a readable error', async () => {
    const reply = await dispatchMessage({ hamish: 1, type: 'analyseText', data: { text: 'ا'.repeat(LIMITS.analysedChars + 1) } }, fromTab(3));
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/invalid analyseText: text/);
  });

  it('ignores unknown message types', async () => {
    expect(await dispatchMessage({ hamish: 1, type: 'dropDatabase', data: {} }, fromTab(1))).toBeUndefined();
  });
});
