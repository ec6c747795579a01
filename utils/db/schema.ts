/**
 * The reading history in IndexedDB (Dexie), opened by the background (the only writer) and
 * the popup (reads). Versions only go up; each upgrade is tested on a seeded database
 * (tests/integration/db-upgrade.test.ts).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { EntityType } from '@/utils/nlp/types';
import { HISTORY_DB_NAME, LATEST_VERSION } from './names';
import { upgradeToV2, upgradeToV3, upgradeToV4 } from './upgrades';

export { HISTORY_DB_NAME, LATEST_VERSION };

/** Mention counts of a page per kind of highlight. */
export interface TypeCounts {
  person: number;
  country: number;
  demonym: number;
  place: number;
  organization: number;
  quote: number;
}

/** An entity among a page's most mentioned, kept on the page row for the list view. */
export interface TopEntity {
  entity: string;
  name: string;
  type: EntityType;
  mentions: number;
}

/** One annotated page (one row per normalised URL). */
export interface PageRow {
  id: number;
  url: string;
  title: string;
  /** Host without `www.`. */
  site: string;
  publishedAt: string | null;
  firstVisit: number;
  lastVisit: number;
  visits: number;
  counts: TypeCounts;
  /** Since v2: the kinds present on the page (multiEntry index for the type filter). */
  types: Array<keyof TypeCounts>;
  /** Since v2: the three most mentioned people and countries. */
  top: TopEntity[];
}

/** One entity met in any page. */
export interface EntityRow {
  /** ISO alpha-2 for countries, `p:<folded name>` for people. */
  id: string;
  type: EntityType;
  name: string;
  /** True when the stored name came from a demonym mention only. */
  demonym: boolean;
}

/** How often one page mentions one entity. */
export interface MentionRow {
  pageId: number;
  entity: string;
  type: EntityType;
  /** The name this page gives the entity (its proper name when it has one besides a demonym). */
  name: string;
  /** All mentions, demonyms included. */
  count: number;
  /** How many of `count` are demonyms (الروسي for RU). */
  demonyms: number;
  role: string | null;
  /** The page's last visit, copied so that "entity → pages, newest first" is one index walk. */
  visitedAt: number;
}

/** One quotation of a page. */
export interface QuoteRow {
  id: number;
  pageId: number;
  /** Page order of the quotation. */
  order: number;
  text: string;
  speaker: string | null;
  speakerEntity: string | null;
  confidence: number;
  visitedAt: number;
}

/** Since v2: the Arabic-folded search words of a page (title, entity names, quotations). */
export interface TermsRow {
  pageId: number;
  tokens: string[];
}

/**
 * Since v3: the inverted index: the ids of the pages whose search words include `token`, one
 * row per bucket of 1,024 page ids (bucket = id >>> 10); a typed array, which IndexedDB copies
 * as one block.
 */
export interface PostingRow {
  token: string;
  bucket: number;
  ids: Uint32Array;
}

/** Since v4: the list order, as two rows (`ids`, `times`): see recency.ts. */
export interface RecencyRow {
  key: 'ids' | 'times';
  values: Uint32Array | Float64Array;
}

/** The reader's history settings (one row, key `settings`). */
export interface SettingsRow {
  key: 'settings';
  paused: boolean;
  retentionDays: number;
  recordPrivate: boolean;
}

const V1 = {
  pages: '++id, &url, lastVisit, site',
  entities: 'id, type',
  mentions: '[pageId+entity], pageId, entity, [entity+visitedAt], visitedAt',
  quotes: '++id, pageId, speakerEntity, visitedAt',
  settings: 'key',
};

const V2 = {
  ...V1,
  pages: '++id, &url, lastVisit, site, *types',
  terms: 'pageId, *tokens',
};

// v3: search reads an inverted index (one row per word) instead of the multi-entry index on
// terms, whose range reads cost a lookup per page on a long history.
const V3 = {
  ...V2,
  terms: 'pageId',
  postings: '[token+bucket]',
};

// v4: the list order in one row, so that a search or the full list need not read every id
// from the lastVisit index.
const V4 = { ...V3, recency: 'key' };

/** The history database; `upTo` below the latest version exists only to seed upgrade tests. */
export class HamishDb extends Dexie {
  pages!: EntityTable<PageRow, 'id'>;
  entities!: EntityTable<EntityRow, 'id'>;
  mentions!: Table<MentionRow, [number, string]>;
  quotes!: EntityTable<QuoteRow, 'id'>;
  terms!: Table<TermsRow, number>;
  postings!: Table<PostingRow, [string, number]>;
  recency!: Table<RecencyRow, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name = HISTORY_DB_NAME, upTo = LATEST_VERSION) {
    super(name);
    this.version(1).stores(V1);
    if (upTo >= 2) this.version(2).stores(V2).upgrade(upgradeToV2);
    if (upTo >= 3) this.version(3).stores(V3).upgrade(upgradeToV3);
    if (upTo >= 4) this.version(4).stores(V4).upgrade(upgradeToV4);
  }
}
