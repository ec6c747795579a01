/**
 * A bare speech verb after حيث، حين، عندما، إذ ("when", "where") is said by the person the clause
 * before it is about: the person named first in that clause (نشر المصمم كريستوف تويزت الشعار على
 * موقعه حيث قال: «…»; كما عبر عنه جوزيف بوخنسكي عندما قال: «…»), not the speaker the text last
 * read (the newspaper that reports it). sharedSubject (quotes-reported.ts) asks this first for a
 * verb its conjunctions subordinate.
 */
import { isSentenceEnd, pairsAround, type QuoteContext } from './quotes-context';
import { isGoverned } from './quotes-named-since';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { asSpeaker, type Speaker } from './quotes-speaker';
import { isThat, speechWord } from './quotes-speech';
import type { Token } from './tokenize';
import type { EntityMention } from './types';

/** How far before the connector (characters) its person may be named. */
const WHEN_REACH = 250;

/** Tokens a pair of marks must span to be quoted words rather than a name in marks. */
const QUOTED_WORDS = 5;

/** The offset of the word before offset `at` (مع المذيعة سلوى: المذيعة), or `at` when none is near. */
function wordBefore(text: string, at: number): number {
  const m = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 30), at));
  return m ? at - m[0].length : at;
}

/**
 * The person a bare speech verb at token `verb`, right after the conjunction that opens its clause
 * (حيث، عندما), speaks for: the person named first in its sentence before the conjunction, not
 * after a preposition or a preposition and a title (لهيفاء، مع المذيعة سلوى) and not inside earlier quoted words; null otherwise.
 * @example clausePerson(ctx, persons, verb) for 'نشر المصمم كريستوف تويزت الشعار حيث قال: «…»' → { speaker: 'كريستوف تويزت', … }
 */
export function clausePerson(ctx: QuoteContext, persons: PersonIndex, verb: number): Speaker | null {
  const k = verb - 1;
  if (k <= 0 || ctx.breakBefore[verb]) return null;
  // Where the clause before the connector starts, as an offset (at most WHEN_REACH back)…
  const at = (ctx.tokens[k] as Token).start;
  let from = Math.max(0, at - WHEN_REACH);
  // …back to the sentence start or to an إن/أن or a speech verb, whichever is nearer: what follows
  // them is a clause of its own (وقال المتحدث إن الشركة … بعدما نشر كريم الشامي … حيث قال).
  for (let j = k - 1; j >= 0 && (ctx.tokens[j] as Token).start >= from; j--) {
    const open = ctx.pairStart.get(j);
    if (open !== undefined && open < j) { j = open; continue; }
    const kind = speechWord(ctx.f(j))?.kind;
    if (isSentenceEnd(ctx, j) || ctx.breakBefore[j + 1] || isThat(ctx.f(j)) || kind === 'verb' || kind === 'source') { from = (ctx.tokens[j + 1] as Token).start; break; }
  }
  // The first person named in the sentence, not one an apposition (مستشار الرئيس روحاني) or a
  // preposition adds: the one the sentence is about.
  const { mentions } = persons;
  for (let m = firstFrom(mentions, from); m < mentions.length; m++) {
    const p = mentions[m] as EntityMention;
    if (p.end > at) return null;
    const quoted = pairsAround(ctx, p.start).some(([open, close]) => close - open > QUOTED_WORDS && (ctx.tokens[close] as Token).start < at);
    if (!quoted && !isGoverned(ctx.text, p.start) && !isGoverned(ctx.text, wordBefore(ctx.text, p.start))) return asSpeaker(p);
  }
  return null;
}
