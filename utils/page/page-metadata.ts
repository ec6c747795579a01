/**
 * What a page says about itself in its markup: schema.org JSON-LD types, Open Graph, and the
 * date it was published. Read-only and tolerant: publishers wrap JSON-LD in CDATA (fixtures
 * ar_news/04 BBC, neg_other_lang/L6 Folha) and write dates in Arabic (ar_news/09).
 */

/** schema.org types of a news story. */
export const NEWS_ARTICLE_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting',
]);
/** Article types that are not necessarily news (a blog post, an encyclopedia entry …). */
export const GENERIC_ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'Report', 'SocialMediaPosting']);
/** Types that say the page is something other than an article. */
export const NON_ARTICLE_TYPES = new Set([
  'Product', 'ProductGroup', 'DiscussionForumPosting', 'QAPage', 'CollectionPage', 'ItemList', 'SearchResultsPage',
  'Recipe', 'Event', 'JobPosting', 'ProfilePage', 'FAQPage', 'Course', 'SoftwareApplication',
]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function parseJsonLd(raw: string): Json {
  const cleaned = raw.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '').replace(/^\s*\/\/.*$/gm, '');
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    // Broken JSON still names its types; keep those so that the page's own claim counts.
    return [...cleaned.matchAll(/"@type"\s*:\s*"([^"]+)"/g)].map((m) => ({ '@type': m[1] as string }));
  }
}

/** The top-level JSON-LD items of a page (arrays and @graph flattened). */
export function jsonLdItems(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (v: Json) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) add(v['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) add(parseJsonLd(s.textContent ?? ''));
  return out;
}

/** The @type names of an item (a string or a list; "schema:NewsArticle" becomes "NewsArticle"). */
export function typesOf(item: JsonObject): string[] {
  const t = item['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** A page's `<meta>` contents by lower-cased property, name or itemprop (the first one wins). */
export type MetaTags = ReadonlyMap<string, string>;

/** Reads every `<meta content>` of a page once, keys compared without case ("Article:Published_Time" too). */
export function readMetaTags(doc: Document): MetaTags {
  const found = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  return found;
}

/** The content of the first of `keys` a page's meta tags give, or null. */
export function metaContent(source: Document | MetaTags, ...keys: string[]): string | null {
  const metas = source instanceof Map ? source : readMetaTags(source as Document);
  for (const key of keys) {
    const v = metas.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7,
  أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, اذار: 3, نيسان: 4, أيار: 5, ايار: 5, حزيران: 6, تموز: 7, آب: 8, اب: 8,
  أيلول: 9, ايلول: 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12, 'كانون الاول': 12,
};
const ARABIC_DATE = new RegExp(`(\\d{1,2})\\s*(${Object.keys(MONTHS).join('|')})\\s*(\\d{4})(?:[^\\d]{0,8}(\\d{1,2}):(\\d{2})\\s*([صم])?)?`);
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

function isoFrom(y: number, mo: number, d: number, h?: number, mi?: number, s = 0, zone = ''): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || h > 23 || mi > 59 || s > 59) return date;
  const z = zone === 'Z' || zone === '' ? zone : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${z}`;
}

/**
 * Reads a date as ISO 8601 (date, or date-time with the offset when one is given), from an ISO
 * string or an Arabic one with month names; null when there is none.
 * @example toIsoDate('الأربعاء، 07 أكتوبر 2020 - 12:09 م') → '2020-10-07T12:09:00'
 */
export function toIsoDate(raw: string): string | null {
  const iso = ISO_DATE.exec(raw);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return isoFrom(+(y as string), +(mo as string), +(d as string), h === undefined ? undefined : +h, mi === undefined ? undefined : +mi, s ? +s : 0, zone ?? '');
  }
  const ar = ARABIC_DATE.exec(raw.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660)));
  if (!ar) return null;
  const [, d, month, y, h, mi, half] = ar;
  let hour = h === undefined ? undefined : +h;
  if (hour !== undefined && half === 'م' && hour < 12) hour += 12;
  if (hour !== undefined && half === 'ص' && hour === 12) hour = 0;
  return isoFrom(+(y as string), MONTHS[month as string] as number, +(d as string), hour, mi === undefined ? undefined : +mi);
}

/** The published date a page's metadata gives (JSON-LD, meta tags), or null. */
export function metadataPublishedAt(doc: Document, items: JsonObject[] = jsonLdItems(doc), metas: MetaTags = readMetaTags(doc)): string | null {
  for (const item of items) {
    const types = typesOf(item);
    if (!types.some((t) => NEWS_ARTICLE_TYPES.has(t) || GENERIC_ARTICLE_TYPES.has(t))) continue;
    const v = item.datePublished ?? item.dateCreated;
    const iso = typeof v === 'string' ? toIsoDate(v) : null;
    if (iso) return iso;
  }
  const meta = metaContent(metas, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate',
    'publish-date', 'parsely-pub-date', 'sailthru.date', 'DC.date.issued', 'dcterms.created', 'date');
  return meta ? toIsoDate(meta) : null;
}

/**
 * The page's published date as ISO 8601: JSON-LD datePublished, then meta tags
 * (article:published_time …), then a `<time datetime>`; null when the page gives none.
 * @example extractPublishedAt(doc) → '2020-12-01T02:00:00'
 */
export function extractPublishedAt(doc: Document): string | null {
  const fromMeta = metadataPublishedAt(doc);
  if (fromMeta) return fromMeta;
  const times = [...doc.querySelectorAll('[itemprop="datePublished"][datetime], time[datetime]')];
  for (const t of times) {
    const iso = toIsoDate(t.getAttribute('datetime') ?? '');
    if (iso) return iso;
  }
  return null;
}
