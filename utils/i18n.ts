/**
 * UI strings through the browser's i18n (`_locales`), Arabic by default. Outside an extension
 * (unit tests, the command line) the Arabic messages are read directly.
 */
import messages from '@/assets/public/_locales/ar/messages.json';

type MessageKey = keyof typeof messages;

interface I18nApi { getMessage(key: string, subs?: string | string[]): string }

function i18nApi(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The UI string `key` in the browser's language, with `$1`… substituted. */
export function t(key: MessageKey, ...subs: string[]): string {
  const fromBrowser = i18nApi()?.getMessage(key, subs);
  if (fromBrowser) return fromBrowser;
  let s = messages[key].message;
  subs.forEach((v, i) => { s = s.replace(`$${i + 1}`, v); });
  return s;
}

/** Sets `lang` and `dir` of an extension page from the UI language (rtl for Arabic). */
export function applyUiDirection(doc: Document): void {
  const api = i18nApi();
  // Not @@bidi_dir/@@ui_locale: those follow the browser's language even when its messages
  // fall back to Arabic (a French browser gets the Arabic UI, which must still be rtl).
  doc.documentElement.dir = api?.getMessage('uiDir') || messages.uiDir.message;
  doc.documentElement.lang = api?.getMessage('uiLang') || messages.uiLang.message;
}
