/** Caps on what one page (or one import chunk) may send: the senders clip to them, the background validates against them. */
export const LIMITS = {
  url: 2048,
  title: 500,
  reason: 120,
  reasons: 20,
  name: 200,
  role: 200,
  entities: 500,
  quotes: 200,
  quote: 2000,
  query: 200,
  importPages: 500,
  retentionDays: 36500,
  /**
   * The most text analysed for one page (about 250,000 words, well over any article): a page
   * with more (a 5 MB text dump) gets its beginning annotated rather than minutes of work.
   */
  analysedChars: 1_500_000,
  /**
   * A longer text travels in parts of at most this many characters (analyseTextPart): copying
   * a whole long page into one message held the page's main thread for 60–100 ms.
   */
  analysisPart: 100_000,
  /** The longest upload id. */
  uploadId: 64,
} as const;
