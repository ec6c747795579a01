/**
 * What a content script tells the rest of the extension about an annotated page. Plain JSON:
 * it crosses `runtime.sendMessage`, is validated by the background and stored in the history.
 */
import type { EntityType } from '@/utils/nlp/types';

/** Why Hamish acted (or not) on a page, shown to the reader. */
export interface PageDetection {
  arabic: boolean;
  news: boolean;
  /** 0..1 */
  confidence: number;
  /** Short reader-facing reasons ("Arabic text", "NewsArticle metadata", "one headline" …). */
  reasons: string[];
}

/** One entity of a page, with its mention count. */
export interface PageEntity {
  /** Stable id: ISO alpha-2 for countries, `p:<folded canonical name>` for people. */
  entity: string;
  type: EntityType;
  name: string;
  demonym?: boolean;
  mentions: number;
  /** The role or title the article gives the person (وزير الخارجية التركي), when it gives one. */
  role?: string;
}

/** One quotation of a page. */
export interface PageQuote {
  text: string;
  speaker: string | null;
  speakerEntity: string | null;
  confidence: number;
}

/** The page as the history stores it. */
export interface PageSummary {
  url: string;
  title: string;
  /** The page's published date as ISO 8601 when it gives one (metadata), else null. */
  publishedAt: string | null;
  detection: PageDetection;
  entities: PageEntity[];
  quotes: PageQuote[];
}
