import messages from '@/assets/public/_locales/ar/messages.json';
import { t } from '@/utils/i18n';

type MessageKey = Parameters<typeof t>[0];

/**
 * The reader's words for a detection reason key (utils/page/detect-news.ts lists them); a key
 * without a string yet is shown as it is rather than hidden.
 */
export function reasonLabel(key: string): string {
  const id = `reason_${key.replace(/[^a-zA-Z0-9]/g, '_')}`;
  return Object.hasOwn(messages, id) ? t(id as MessageKey) : key;
}

/** A UI string whose key is built at run time, or null when there is none. */
export function maybeT(key: string, ...subs: string[]): string | null {
  return Object.hasOwn(messages, key) ? t(key as MessageKey, ...subs) : null;
}
