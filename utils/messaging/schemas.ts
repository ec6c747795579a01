/**
 * Runtime shapes of every message. The background treats all message data as untrusted:
 * it is parsed here (types, lengths, counts) before any handler sees it.
 */
import * as v from 'valibot';

/** Caps on what one page may send. */
export const LIMITS = {
  url: 2048,
  title: 500,
  reason: 120,
  reasons: 20,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));

export const PageCheckSchema = v.object({
  url: text(LIMITS.url),
  title: text(LIMITS.title),
  script: v.picklist(['arabic', 'other-arabic-script', 'other', 'too-little-text']),
  arabicLetters: count,
  otherLetters: count,
  handled: v.boolean(),
  reasons: v.pipe(v.array(text(LIMITS.reason)), v.maxLength(LIMITS.reasons)),
});
export type PageCheck = v.InferOutput<typeof PageCheckSchema>;

export const TabQuerySchema = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** Request schemas by message name. */
export const MESSAGE_SCHEMAS = {
  reportPageCheck: PageCheckSchema,
  getTabState: TabQuerySchema,
} as const;

/** Request data by message name. */
export type MessageData = { [K in keyof typeof MESSAGE_SCHEMAS]: v.InferOutput<(typeof MESSAGE_SCHEMAS)[K]> };

/** Reply value by message name. */
export interface MessageReply {
  reportPageCheck: null;
  getTabState: { check: PageCheck; updatedAt: number } | null;
}
