/**
 * The one protocol between the content script, the popup and the background.
 *
 * Every message is declared here once; `schemas.ts` holds its runtime validation (used by the
 * background only, so the content script does not carry the schema library).
 */
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

/** The part of the extension API a message goes through. */
export interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends one typed message to the background and returns its reply. */
export type Sender = <K extends MessageName>(type: K, data: MessageData[K]) => Promise<Reply<K>>;

/**
 * A sender over `runtime`. The chunks the content script imports take the extension API it
 * hands them (so that they do not each carry a copy of the polyfill); others use `send.ts`.
 */
export function createSender(runtime: MessageRuntime): Sender {
  return async (type, data) => {
    const envelope: Envelope<typeof type> = { hamish: 1, type, data };
    try {
      const reply = (await runtime.sendMessage(envelope)) as Reply<typeof type> | undefined;
      return reply ?? { ok: false, error: 'no reply from the background' };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
