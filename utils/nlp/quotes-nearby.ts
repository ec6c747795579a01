/**
 * Speakers read from the persons around a speech verb rather than from its subject: the name
 * that opens its sentence set off by a comma (topicBefore), the person named last before a
 * quotation (nearestPerson), or the one an earlier speech verb introduced (lastSpokenPerson).
 */
import { pairsAround, type QuoteContext } from './quotes-context';
import { firstFrom, wordsOf, type PersonIndex } from './quotes-person-index';
import { asSpeaker, type Speaker } from './quotes-speaker';
import { isThat, speechWord, type SpeechWord } from './quotes-speech';
import { isStop } from './quotes-subject';
import { sentenceStart } from './quotes-subject-before';
import type { Token } from './tokenize';
import type { EntityMention } from './types';

/** Words a sentence-opening name and its title may have before their comma. */
const TOPIC_WORDS = 5;

/**
 * The person who opens the sentence of a verb with no subject of its own, set off by a comma
 * with their apposition (ليون كامهي، المدير التنفيذي لشركة هيرميس، …، يقول): the subject written
 * first. Null when the sentence opens otherwise (وأخيرا، …), or when an أن or another speech
 * verb between them may have the verb in a clause of its own.
 */
export function topicBefore(ctx: QuoteContext, index: PersonIndex, verb: number): [number, number] | null {
  const start = sentenceStart(ctx, verb);
  if (start < 0) return null;
  let comma = start;
  while (comma < verb && comma - start < TOPIC_WORDS && ctx.tokens[comma]?.kind === 'word' && !isStop(ctx.f(comma), comma === start)) comma++;
  if (comma === start || ctx.f(comma) !== '،') return null;
  const person = index.mentions[firstFrom(index.mentions, (ctx.tokens[start] as Token).start)];
  if (!person || person.start !== (ctx.tokens[start] as Token).start || person.end > (ctx.tokens[comma] as Token).start) return null;
  return opensOwnClause(ctx, comma + 1, verb) ? null : [start, comma];
}

/**
 * Whether an أن, a speech verb or a source word stands in tokens [from, verb), quotations
 * skipped: the verb may then be in a clause of its own, whose subject a phrase before `from`
 * is not (…، أكد الوزير أن …، وقال).
 */
export function opensOwnClause(ctx: QuoteContext, from: number, verb: number): boolean {
  for (let k = from; k < verb; k++) {
    const open = ctx.pairEnd.get(k);
    if (open !== undefined) { k = open; continue; }
    const w = speechWord(ctx.f(k));
    if (isThat(ctx.f(k)) || w?.kind === 'verb' || w?.kind === 'source') return true;
  }
  return false;
}

/** How far before a quotation (characters) the last named person may be its speaker when nothing else says who speaks. */
const NEAREST_REACH = 300;

/** Whether a mention ending before `at` is near enough to speak there: within NEAREST_REACH characters and at most one line break. */
export function isNear(text: string, m: EntityMention, at: number): boolean {
  const between = text.slice(m.end, at);
  return at - m.end <= NEAREST_REACH && between.indexOf('\n') === between.lastIndexOf('\n');
}

/** Tokens a pair of marks must span to be quoted words rather than a name in marks. */
const QUOTED_WORDS = 5;

/**
 * Whether mention m lies inside quoted words (a pair of marks spanning more than a few tokens)
 * that close before offset `at`.
 */
function isInEarlierQuote(ctx: QuoteContext, m: EntityMention, at: number): boolean {
  return pairsAround(ctx, m.start).some(([open, close]) => close - open > QUOTED_WORDS && (ctx.tokens[close] as Token).start < at);
}

/**
 * The person named last before `at`, if near (isNear): the likely speaker of a quotation whose
 * own cues name nobody (مضيفًا «…» after a sentence about them). A person named inside earlier
 * quoted words is passed over: whom a speaker talks about is not who speaks next (وقالت
 * الوزيرة: «التقيت السفير جون سميث». وأضاف: «…» is not Smith speaking).
 */
export function nearestPerson(ctx: QuoteContext, index: PersonIndex, at: number): Speaker | null {
  for (let k = firstFrom(index.mentions, at) - 1; k >= 0; k--) {
    const m = index.mentions[k] as EntityMention;
    if (!isNear(ctx.text, m, at)) return null;
    if (!isInEarlierQuote(ctx, m, at) && !isGluedToPreposition(ctx.text, m.start)) return asSpeaker(m);
  }
  return null;
}

/**
 * Whether the name at offset `start` is written joined to ل (حيث قال لبرينان: «…»، وأرجع
 * النجاح لهيفاء): someone spoken to or of, not the one speaking next. (Not ب: فوجئت بطارق يصيح.)
 */
function isGluedToPreposition(text: string, start: number): boolean {
  return start > 0 && text[start - 1] === 'ل' && (start === 1 || !/\p{L}/u.test(text[start - 2] as string));
}

/** Person mentions looked back over for one a speech verb introduced. */
const SPOKEN_LOOKBACK = 60;

/**
 * The person named last before `at` right after a speech verb that agrees with `agrees` (أكد فوزي
 * الباشا …، وقال أنس الراجحي …), however far back: who a bare وأضاف continues when no speaker was
 * read in the text just before it (a long paragraph of reported speech in between).
 */
export function lastSpokenPerson(ctx: QuoteContext, index: PersonIndex, at: number, agrees: SpeechWord['agrees']): Speaker | null {
  const { mentions } = index;
  const end = firstFrom(mentions, at);
  for (let k = end - 1; k >= 0 && k >= end - SPOKEN_LOOKBACK; k--) {
    const m = mentions[k] as EntityMention;
    const before = wordsOf(ctx.text.slice(Math.max(0, m.start - 40), m.start)).slice(-3);
    const verb = before.map(speechWord).find((w) => w?.kind === 'verb' || w?.kind === 'source');
    if (verb && (verb.kind === 'source' || !agrees || agrees === 'p' || !verb.agrees || verb.agrees === agrees)) return asSpeaker(m);
  }
  return null;
}
