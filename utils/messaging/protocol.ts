/**
 * The one protocol between the content script, the popup and the background.
 *
 * Every message is declared here once; `schemas.ts` holds its runtime validation (used by the
 * background only, so the content script does not carry the schema library).
 */
import { browser } from 'wxt/browser';
import type { MessageData, MessageReply } from './schemas';

/** Names of every message, each handled by a background function of the same name. */
export type MessageName = keyof MessageData;

/** The envelope that travels through `runtime.sendMessage`. */
export interface Envelope<K extends MessageName = MessageName> {
  hamish: 1;
  type: K;
  data: MessageData[K];
}

/** What the background answers: the reply or a readable error, never a thrown object. */
export type Reply<K extends MessageName> = { ok: true; value: MessageReply[K] } | { ok: false; error: string };

/** Sends one typed message to the background and returns its reply. */
export async function sendMessage<K extends MessageName>(type: K, data: MessageData[K]): Promise<Reply<K>> {
  const envelope: Envelope<K> = { hamish: 1, type, data };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
