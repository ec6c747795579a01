import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleHighlights } from '@/entrypoints/background/commands';
import type { HighlightTypes } from '@/utils/messaging/tab-protocol';

/** A tab whose content script answers the tab protocol with the given highlight state. */
function tabWith(highlight: HighlightTypes) {
  const sent: Array<{ type: string; data: unknown }> = [];
  const sendMessage = vi.fn(async (_tabId: number, message: { type: string; data: unknown }) => {
    sent.push(message);
    if (message.type === 'getPageAnnotations') return { highlight };
    if (message.type === 'setHighlightTypes') return { ...highlight, ...(message.data as object) };
    return null;
  });
  (fakeBrowser.tabs as unknown as { sendMessage: typeof sendMessage }).sendMessage = sendMessage;
  return sent;
}

describe('the Alt+Shift+H command', () => {
  it('turns every type off when any is on', async () => {
    const sent = tabWith({ person: false, country: true, demonym: false, quote: false });
    await toggleHighlights(3);
    expect(sent.at(-1)).toMatchObject({ type: 'setHighlightTypes', data: { person: false, country: false, demonym: false, quote: false } });
  });

  it('turns every type on when all are off', async () => {
    const sent = tabWith({ person: false, country: false, demonym: false, quote: false });
    await toggleHighlights(3);
    expect(sent.at(-1)).toMatchObject({ type: 'setHighlightTypes', data: { person: true, country: true, demonym: true, quote: true } });
  });

  it('does nothing on a tab without a content script', async () => {
    const sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    (fakeBrowser.tabs as unknown as { sendMessage: typeof sendMessage }).sendMessage = sendMessage;
    await expect(toggleHighlights(4)).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
