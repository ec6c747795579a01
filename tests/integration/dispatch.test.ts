import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/entrypoints/background/dispatch';
import { LIMITS } from '@/utils/messaging/limits';
import type { MessageReply } from '@/utils/messaging/schemas';
import { fromWire } from '@/utils/messaging/analysis-wire';

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

  it('injects the annotator into the top frame of the content script that asks, and nowhere else', async () => {
    const calls: unknown[] = [];
    const scripting = { executeScript: vi.fn(async (opts: unknown) => (calls.push(opts), [])) };
    (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
    const page = { ...fromTab(5), url: 'https://news.example/a' };
    expect(await dispatchMessage({ hamish: 1, type: 'loadAnnotator', data: {} }, page)).toEqual({ ok: true, value: { loaded: true } });
    expect(calls).toEqual([{ target: { tabId: 5, frameIds: [0] }, files: ['/annotator.js'], injectImmediately: true }]);
    // A subframe, an extension page or a sender without a tab gets an error and no injection.
    for (const sender of [{ ...page, frameId: 3 }, { ...page, url: fakeBrowser.runtime.getURL('/popup.html') }, { id: fakeBrowser.runtime.id, url: 'https://news.example/a' }]) {
      expect(await dispatchMessage({ hamish: 1, type: 'loadAnnotator', data: {} }, sender)).toMatchObject({ ok: false });
    }
    expect(calls).toHaveLength(1);
    // A page the extension may not script (a browser page, a store): the error comes back as a reply.
    scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await dispatchMessage({ hamish: 1, type: 'loadAnnotator', data: {} }, page)).toEqual({ ok: false, error: 'Cannot access contents of the page' });
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
    const { analysis: wire, countries } = (reply as { ok: true; value: MessageReply['analyseText'] }).value;
    // The spans travel without their texts; the page puts them back from its own text.
    expect(wire.entities.every((e) => !('text' in e))).toBe(true);
    const analysis = fromWire(wire, text);
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

  it('analyses a long text sent in parts exactly as the same text sent whole', async () => {
    // Parts are cut anywhere (here inside a name and a quotation), as a page cuts its text.
    const text = 'وقال الرئيس التركي رجب طيب أردوغان في أنقرة: «سنواصل الحوار مع روسيا».\nوأضاف أردوغان أن «تركيا لن تتراجع».';
    const upload = 'u-1';
    const parts = [text.slice(0, 30), text.slice(30, 60), text.slice(60)];
    for (const [index, part] of parts.entries()) {
      const sent = await dispatchMessage({ hamish: 1, type: 'analyseTextPart', data: { upload, index, part } }, fromTab(4));
      expect(sent).toEqual({ ok: true, value: { received: parts.slice(0, index + 1).join('').length } });
    }
    const whole = await dispatchMessage({ hamish: 1, type: 'analyseText', data: { text } }, fromTab(4));
    const uploaded = await dispatchMessage({ hamish: 1, type: 'analyseUpload', data: { upload } }, fromTab(4));
    expect(uploaded).toMatchObject({ ok: true });
    expect(uploaded).toEqual(whole);
    // An upload is analysed once, then forgotten.
    const again = await dispatchMessage({ hamish: 1, type: 'analyseUpload', data: { upload } }, fromTab(4));
    expect((again as { error: string }).error).toMatch(/upload u-1: unknown/);
  });

  it("refuses parts out of order, parts of another frame's upload and parts over the size limit", async () => {
    const part = (upload: string, index: number, text: string, tab = 5) => dispatchMessage({ hamish: 1, type: 'analyseTextPart', data: { upload, index, part: text } }, fromTab(tab));
    expect(await part('a', 0, 'نص')).toMatchObject({ ok: true });
    expect(((await part('a', 2, 'نص')) as { error: string }).error).toMatch(/part 2 out of order \(expected 1\)/);
    expect(((await part('a', 1, 'نص', 6)) as { error: string }).error).toMatch(/without the parts before it/);
    const other = await dispatchMessage({ hamish: 1, type: 'analyseUpload', data: { upload: 'a' } }, fromTab(6));
    expect((other as { error: string }).error).toMatch(/unknown/);
    const tooLong = await part('a', 1, 'ا'.repeat(LIMITS.analysisPart + 1));
    expect((tooLong as { error: string }).error).toMatch(/invalid analyseTextPart: part/);
    const big = 'ا'.repeat(LIMITS.analysisPart);
    let last: unknown;
    for (let i = 0; i <= LIMITS.analysedChars / LIMITS.analysisPart; i++) last = await part('b', i, big);
    expect((last as { error: string }).error).toMatch(/upload b: more than 1500000 characters/);
  });

  it('ignores unknown message types', async () => {
    expect(await dispatchMessage({ hamish: 1, type: 'dropDatabase', data: {} }, fromTab(1))).toBeUndefined();
  });
});
