/**
 * Which person named before a quotation may be its speaker: not one after a preposition or يا,
 * inside reported speech or inside an earlier quotation. It is the one a bare speech verb more
 * likely means than a remembered speaker who names nobody (…كتب العلم وشهادات التاريخ..
 * فألاقي صلاح الدين المنجد في كتابه أحاديث عن فيصل … يقول: "…"), and the one who speaks
 * "by saying" (قاطعه سعود الفيصل بقوله).
 */
import { pairsAround, type QuoteContext } from './quotes-context';
import { asSpeaker, type Speaker } from './quotes-speaker';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { isNear } from './quotes-nearby';
import type { EntityMention } from './types';
import type { SpeechWord } from './quotes-speech';
import type { Token } from './tokenize';

/** A preposition or يا right before a name (كتب إلى هرقل، فعن أنس، لميخائيل، يا سعود): someone spoken to or of, not a speaker. */
const GOVERNED = /(?:(?:^|[\s،])[وف]?(?:إلى|الى|على|علي|عن|مع|من|في|يا|لـ?|بـ?)\s*|[لب])$/;
/**
 * إن/أن and their pronoun forms: what follows them in a sentence is reported, not who reports it
 * (also right after an opening mark: وقال المصدر "إن فلانًا يدرس …").
 */
const THAT = /(?:^|[\s"«“])[وفلب]?[أإا]ن(?:ه|ها|هم)?(?=\s)/;
/** Where a sentence ends. */
const SENTENCE_END = /[.!؟?\n]/g;

/** Whether the name at offset `start` follows a preposition or يا (عن فيصل، من الحوثي، يا سعود). */
export const isGoverned = (text: string, start: number): boolean => GOVERNED.test(text.slice(Math.max(0, start - 8), start));

/** Whether the mention at `start` sits after an أن/إن of its sentence. */
function isReportedName(text: string, start: number): boolean {
  const from = Math.max(0, start - 300);
  const before = text.slice(from, start);
  let cut = 0;
  for (const m of before.matchAll(SENTENCE_END)) cut = (m.index as number) + 1;
  return THAT.test(before.slice(cut));
}

/**
 * Whether offset `name` lies inside a pair of marks that closes before offset `at` (a name in
 * an earlier quotation: «…رجل كسعود الفيصل!»), not one the quotation at `at` closes.
 */
function isQuoted(ctx: QuoteContext, name: number, at: number): boolean {
  return pairsAround(ctx, name).some(([open, close]) => close - open > 5 && (ctx.tokens[close] as Token).start < at);
}

/**
 * The person named last before offset `at` (nearestPerson's reach) who may be a speaker: not
 * after a preposition or يا, not inside reported speech, not inside an earlier quotation; those
 * are passed over (فألاقي صلاح الدين المنجد في كتابه أحاديث عن فيصل … يقول: المنجد).
 */
export function speakingPersonBefore(ctx: QuoteContext, persons: PersonIndex, at: number): Speaker | null {
  const { mentions } = persons;
  for (let k = firstFrom(mentions, at) - 1; k >= 0; k--) {
    const m = mentions[k] as EntityMention;
    if (!isNear(ctx.text, m, at)) return null;
    if (!isGoverned(ctx.text, m.start) && !isReportedName(ctx.text, m.start) && !isQuoted(ctx, m.start, at)) return asSpeaker(m);
  }
  return null;
}

/**
 * The person named last before offset `at`, after the remembered speaker `s` that names nobody,
 * when a bare verb agreeing with one person (قال، قالت) introduces the quotation; null otherwise.
 * @example personNamedSince(ctx, persons, { speaker: 'العلم وشهادات التاريخ', … }, at, 'm') for '(كتب العلم وشهادات التاريخ).. فألاقي صلاح الدين المنجد في كتابه أحاديث عن فيصل يقول: "…"' → { speaker: 'صلاح الدين المنجد', … } (فيصل, after عن, is passed over)
 */
export function personNamedSince(ctx: QuoteContext, persons: PersonIndex, s: Speaker, at: number, agrees: SpeechWord['agrees']): Speaker | null {
  return s.entity || agrees === 'p' ? null : namedSince(ctx, persons, s, at);
}

/** The person who may speak (speakingPersonBefore) named last before offset `at`, when named after the speaker `s`. */
export function namedSince(ctx: QuoteContext, persons: PersonIndex, s: Speaker, at: number): Speaker | null {
  const named = speakingPersonBefore(ctx, persons, at);
  return named && named.start > s.end ? named : null;
}

/** The person named right before token `at`, not after a preposition (قاطعه سعود الفيصل بقوله, not رد على عمرو موسى بقوله): who speaks "by saying". */
export function personEndingBefore(ctx: QuoteContext, persons: PersonIndex, at: number): Speaker | null {
  const end = ctx.tokens[at - 1]?.end ?? -1;
  const m = persons.mentions[firstFrom(persons.mentions, end) - 1];
  return m && m.end === end && !isGoverned(ctx.text, m.start) ? asSpeaker(m) : null;
}
