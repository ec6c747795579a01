/**
 * URL normalisation for the history: one page, one key, however the reader arrived at it.
 * Tracking parameters and the fragment say how a link was shared, not which article it is.
 */

/** Query parameters dropped by exact name (lower-cased). */
const TRACKING_NAMES = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'ref', 'ref_src', 'ref_url', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  '_ga', '_gl', '_hsenc', '_hsmi', 'ocid', 'cmpid', 's_cid', 'spm', 'wt.mc_id', 'ncid', 'sr_share',
  '__twitter_impression', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
]);

/** Query parameters dropped by prefix: utm_source…, mc_cid/mc_eid…, pk_campaign…, hsa_… . */
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'hsa_', 'vero_'];

/** True for a query parameter that only tracks how the link was shared. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_NAMES.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The history key of a page: http(s) only, no fragment, no tracking parameters, other
 * parameters in their order; null for anything that is not a web page.
 * @example normalizePageUrl('https://www.bbc.com/arabic/a?utm_source=x&id=3#top') → 'https://www.bbc.com/arabic/a?id=3'
 */
export function normalizePageUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // Rebuild the query by hand: URLSearchParams re-encodes spaces and Arabic, which would change
  // the key of pages stored before.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(safeDecode(pair.split('=')[0] ?? '')));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * The site a page belongs to: its host without `www.`.
 * @example siteOf('https://www.aljazeera.net/news/1') → 'aljazeera.net'
 */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
