/**
 * Runtime shapes of every message. The background treats all message data as untrusted:
 * it is parsed here (types, lengths, counts) before any handler sees it.
 */
import * as v from 'valibot';
import type { PageSummary } from './page-summary';
import type { CountryInfo } from '../nlp/countries-info';
import type { Analysis } from '../nlp/types';
import type { WireAnalysis } from './analysis-wire';

import { LIMITS } from './limits';

export { LIMITS };

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** Text cut to `max`, for fields a long page may honestly overrun; ten times over is refused. */
const clipped = (max: number) => v.pipe(v.string(), v.maxLength(max * 10), v.transform((s) => s.slice(0, max)));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
/** A web page address: the history stores nothing else, and shows these as links. */
const webUrl = v.pipe(v.string(), v.maxLength(LIMITS.url), v.url(), v.regex(/^https?:\/\//i, 'not a web page address'));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

/** What the gate reports about a page (reportPageCheck). */
export const PageCheckSchema = v.object({
  url: text(LIMITS.url),
  title: text(LIMITS.title),
  script: v.picklist(['arabic', 'other-arabic-script', 'other', 'too-little-text']),
  arabicLetters: count,
  otherLetters: count,
  handled: v.boolean(),
  reasons: v.pipe(v.array(text(LIMITS.reason)), v.maxLength(LIMITS.reasons)),
});
/** A validated gate report. */
export type PageCheck = v.InferOutput<typeof PageCheckSchema>;

/** A tab id to ask about. */
export const TabQuerySchema = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** The entity types the history stores. */
export const EntityTypeSchema = v.picklist(['person', 'country', 'place', 'organization']);

/** One entity of a page with its mention count (untrusted: names and counts capped). */
export const PageEntitySchema = v.object({
  entity: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.name)),
  type: EntityTypeSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.name)),
  demonym: v.optional(v.boolean()),
  mentions: v.pipe(count, v.minValue(1)),
  role: v.optional(text(LIMITS.role)),
});

/** One quotation of a page (text cut to the cap, confidence in 0..1). */
export const PageQuoteSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote * 10), v.transform((s) => s.slice(0, LIMITS.quote))),
  speaker: v.nullable(text(LIMITS.name)),
  speakerEntity: v.nullable(text(LIMITS.name)),
  confidence: unit,
});

/** The news verdict a page summary carries. */
export const PageDetectionSchema = v.object({
  arabic: v.boolean(),
  news: v.boolean(),
  confidence: unit,
  reasons: v.pipe(v.array(text(LIMITS.reason)), v.maxLength(LIMITS.reasons)),
});

/** A content script's page summary (recordPageVisit), the contract of page-summary.ts. */
export const PageSummarySchema = v.object({
  url: webUrl,
  title: clipped(LIMITS.title),
  // A malformed date costs the date, not the page: the repository keeps only what Date parses.
  publishedAt: v.nullable(text(40)),
  detection: PageDetectionSchema,
  entities: v.pipe(v.array(PageEntitySchema), v.maxLength(LIMITS.entities)),
  quotes: v.pipe(v.array(PageQuoteSchema), v.maxLength(LIMITS.quotes)),
});

/** One page of an exported history: what a visit recorded, with its visit times. */
export const ExportedPageSchema = v.object({
  url: webUrl,
  title: text(LIMITS.title),
  publishedAt: v.nullable(text(40)),
  firstVisit: time,
  lastVisit: time,
  visits: v.pipe(count, v.minValue(1)),
  entities: v.pipe(v.array(PageEntitySchema), v.maxLength(LIMITS.entities)),
  quotes: v.pipe(v.array(PageQuoteSchema), v.maxLength(LIMITS.quotes)),
});
/** A validated exported page. */
export type ExportedPage = v.InferOutput<typeof ExportedPageSchema>;

/** The reader's history settings. */
export const SettingsSchema = v.object({
  paused: v.boolean(),
  /** Pages not visited for this many days are pruned; 0 keeps everything. */
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.retentionDays)),
  recordPrivate: v.boolean(),
});
/** Validated history settings. */
export type HistorySettings = v.InferOutput<typeof SettingsSchema>;

/** Which entity's earlier pages to list, without the page being read. */
export const EntityPagesQuerySchema = v.object({
  entity: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.name)),
  excludeUrl: v.optional(text(LIMITS.url)),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
});

const PageIdSchema = v.object({ pageId: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/** Request schemas by message name. */
export const MESSAGE_SCHEMAS = {
  reportPageCheck: PageCheckSchema,
  loadAnnotator: v.object({}),
  getTabState: TabQuerySchema,
  recordPageVisit: PageSummarySchema,
  getEntityPages: EntityPagesQuerySchema,
  deletePage: PageIdSchema,
  clearHistory: v.object({ confirm: v.literal(true) }),
  importHistory: v.object({ pages: v.pipe(v.array(ExportedPageSchema), v.maxLength(LIMITS.importPages)) }),
  updateSettings: v.partial(SettingsSchema),
  analyseText: v.object({ text: text(LIMITS.analysedChars) }),
  analyseTextPart: v.object({
    upload: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.uploadId)),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Math.ceil(LIMITS.analysedChars / LIMITS.analysisPart))),
    part: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.analysisPart)),
  }),
  analyseUpload: v.object({ upload: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.uploadId)) }),
} as const;

/** Request data by message name. */
export type MessageData = { [K in keyof typeof MESSAGE_SCHEMAS]: v.InferOutput<(typeof MESSAGE_SCHEMAS)[K]> };

/** Why a visit was not recorded. */
export type NotRecordedReason = 'paused' | 'private' | 'not-web-page';

/** One earlier page that mentions an entity. */
export interface EntityPage {
  url: string;
  title: string;
  visitedAt: number;
  mentions: number;
}

/** Reply value by message name. */
export interface MessageReply {
  reportPageCheck: null;
  /** The annotator chunk ran in the sender's frame. */
  loadAnnotator: { loaded: true };
  getTabState: { check: PageCheck; updatedAt: number } | null;
  recordPageVisit: { recorded: true; pageId: number; visits: number } | { recorded: false; reason: NotRecordedReason };
  getEntityPages: { total: number; pages: EntityPage[] };
  deletePage: { deleted: boolean };
  clearHistory: { deleted: number };
  importHistory: { added: number; updated: number };
  updateSettings: HistorySettings;
  analyseText: AnalysisReply;
  /** Characters received so far for this upload. */
  analyseTextPart: { received: number };
  analyseUpload: AnalysisReply;
}

/** What the card shows of a country besides its name and flag. */
export type CountryFacts = Pick<CountryInfo, 'capital' | 'region'>;

/** The background's analysis of a page text, with the card facts of the countries it found (so the page carries no country table). */
export interface PageAnalysis { analysis: Analysis; countries: Record<string, CountryFacts> }

/** PageAnalysis as the background sends it: the spans without their texts (see analysis-wire.ts). */
export interface AnalysisReply { analysis: WireAnalysis; countries: Record<string, CountryFacts> }

type Assert<T extends true> = T;
/** Fails to compile when the schema and the PageSummary contract drift apart. */
export type SummaryMatchesContract = Assert<MessageData['recordPageVisit'] extends PageSummary ? true : false>;
