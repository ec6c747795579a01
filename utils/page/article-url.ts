/**
 * What a page's address suggests: news sites put a date, a numeric id or a long slug in an
 * article's path (youm7 /story/2020/8/24/…/4943459, alyaum /articles/6291787/…), while a
 * homepage or a section front has a short path (/, /index.php, /sport/).
 */

const DATE_PATH = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])(?:\/|$)|(?:19|20)\d{2}[-_]?(?:0[1-9]|1[0-2])[-_]?(?:0[1-9]|[12]\d|3[01])(?!\d)/;
const NUMERIC_ID = /(?:^|[/_=-])\d{5,}(?:[/_.-]|$)/;
const LONG_SLUG = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){3,}/u;
const FRONT = /^\/(?:(?:index|default|home|main)\.\w+)?$|^\/\p{L}{1,20}(?:[-_]\p{L}{1,20})?\/?(?:(?:index|default)\.\w+)?$/u;

/**
 * 'article' when the path carries a date, a long numeric id or a slug of four words or more,
 * 'front' when it is the site root or a one-word section, else 'unknown'.
 * @example articleUrlKind('https://www.youm7.com/story/2020/8/24/وزير-الرى-يشهد/4943459') → 'article'
 */
export function articleUrlKind(url: string): 'article' | 'front' | 'unknown' {
  let path: string;
  let query: string;
  try {
    const u = new URL(url, 'http://localhost/');
    path = u.pathname;
    query = u.search;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the encoded form
    }
  } catch {
    return 'unknown';
  }
  if (!url) return 'unknown';
  if (DATE_PATH.test(path) || NUMERIC_ID.test(path) || NUMERIC_ID.test(query) || LONG_SLUG.test(path)) return 'article';
  return FRONT.test(path) && !query ? 'front' : 'unknown';
}
