/**
 * The shapes the language core returns. Every span is a half-open interval of UTF-16 code
 * units in the ORIGINAL text: `text.slice(span.start, span.end)` is what the reader sees.
 */

/** Entity types the extension can show; places and organisations are optional extras. */
export type EntityType = 'person' | 'country' | 'place' | 'organization';

/** One mention of an entity in the text. */
export interface EntityMention {
  type: EntityType;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`: the page's surface without an attached clitic. */
  text: string;
  /** Stable id: the ISO 3166 alpha-2 code for countries, `p:<folded canonical name>` for people. */
  entity: string;
  /** Canonical display name (the fullest form the page gives, or the gazetteer's). */
  name: string;
  /** True for demonyms (الروسي، الأمريكيين), linked to their country. */
  demonym?: boolean;
  /** 0..1: how sure the recogniser is of this mention. */
  confidence?: number;
}

/** One direct quotation. */
export interface Quotation {
  /** Offsets of the quoted text, marks excluded. */
  start: number;
  end: number;
  /** The quoted words without the marks (exactly `text.slice(start, end)`). */
  text: string;
  /** The speaker as the article names them (a person's name or a phrase), or null. */
  speaker: string | null;
  /** The person entity id (`p:…`) when the speaker is a recognised person, else null. */
  speakerEntity: string | null;
  /** 0..1: confidence in the attribution (low when unsure rather than a confident guess). */
  confidence: number;
}

/** What `analyse()` returns for one text. */
export interface Analysis {
  entities: EntityMention[];
  quotes: Quotation[];
}
