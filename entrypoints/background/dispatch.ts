import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { MESSAGE_SCHEMAS, type MessageData, type MessageReply } from '@/utils/messaging/schemas';
import type { MessageName, Reply } from '@/utils/messaging/protocol';
import { handlers } from './handlers';

function isMessageName(x: unknown): x is MessageName {
  return typeof x === 'string' && Object.hasOwn(MESSAGE_SCHEMAS, x);
}

/**
 * Validates the sender and the data, then runs the handler of the same name. Only our own
 * extension's pages and content scripts are answered; anything else gets no reply.
 */
export async function dispatchMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply<MessageName> | undefined> {
  if (sender.id !== browser.runtime.id) return undefined;
  if (typeof message !== 'object' || message === null) return undefined;
  const { hamish, type, data } = message as Record<string, unknown>;
  if (hamish !== 1 || !isMessageName(type)) return undefined;
  const parsed = v.safeParse(MESSAGE_SCHEMAS[type as MessageName], data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, error: `invalid ${type}: ${where ?? 'data'}: ${issue?.message ?? 'bad shape'}` };
  }
  return runHandler(type, parsed.output as MessageData[typeof type], sender);
}

async function runHandler<K extends MessageName>(
  type: K,
  data: MessageData[K],
  sender: Browser.runtime.MessageSender,
): Promise<Reply<K>> {
  try {
    const handler = handlers[type] as (d: MessageData[K], s: Browser.runtime.MessageSender) => Promise<MessageReply[K]>;
    return { ok: true, value: await handler(data, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
