/**
 * The flag emoji of an ISO alpha-2 code (two regional-indicator letters); Kosovo's XK works too.
 * Nothing is fetched: the reader's fonts draw it.
 * @example flagEmoji('EG') → '🇪🇬'
 */
export function flagEmoji(iso: string): string {
  if (!/^[A-Z]{2}$/.test(iso)) return '';
  return String.fromCodePoint(0x1f1e6 + iso.charCodeAt(0) - 65, 0x1f1e6 + iso.charCodeAt(1) - 65);
}
