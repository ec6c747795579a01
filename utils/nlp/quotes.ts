/**
 * Direct quotations in Arabic news and who said them.
 *
 * Pairs of marks come from quotes-marks; each pair is then judged from its context (a speech
 * verb, a colon or إن/أن before it, an attribution after it, its length and shape, a noun that
 * makes it a name: صحيفة "…"), and the accepted ones get a speaker from quotes-speaker.
 * One pass over the tokens; the speaker of a bare وأضاف is tracked as the text is swept.
 */
import { buildQuoteContext, isSentenceEnd, type QuoteContext } from './quotes-context';
import { findMarkPairs, isLetter, type MarkPair } from './quotes-marks';
import { indexPersons, speakerOf, subjectAfter, subjectBefore, type PersonIndex, type Speaker } from './quotes-speaker';
import { isNameNoun, isThat, speechWord, type SpeechWord } from './quotes-speech';
import type { Token } from './tokenize';
import type { EntityMention, Quotation } from './types';

/** How far back (in tokens) a speech verb may introduce a quotation in the same sentence. */
const LEFT_WINDOW = 30;
/** Longest unclosed quotation kept (up to the paragraph end or the first sentence end). */
const MAX_UNCLOSED = 600;
/** Score a pair needs to be a quotation. */
const THRESHOLD = 3;

const INNER_PUNCT = new Set(['.', '،', ',', '؟', '?', '!', ':', '؛', '…']);

/** What surrounds one pair of marks. */
interface Cues {
  open: number;
  close: number;
  words: number;
  punct: boolean;
  colon: boolean;
  that: boolean;
  nameNoun: boolean;
  attachedClitic: boolean;
  /** Nearest speech word before the opener in the same sentence, and the nearest verb or source. */
  speech: { at: number; word: SpeechWord } | null;
  verb: { at: number; word: SpeechWord } | null;
  /** A verb or source right after the closing mark (…»، قال الوزير). */
  after: { at: number; word: SpeechWord } | null;
}

function speechAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  const t = ctx.tokens[i];
  return t && t.kind === 'word' ? speechWord(ctx.f(i)) : undefined;
}

/** جاء في / ورد في introduce a document as the speaker (وجاء في بيان الخارجية: «…»). */
function isCameIn(ctx: QuoteContext, i: number): boolean {
  const f = (ctx.f(i)).replace(/^[وف]/, '');
  return (f === 'جاء' || f === 'ورد') && ctx.f(i + 1) === 'في';
}

/** Words in text[a, b), and whether sentence punctuation occurs there. */
function innerShape(text: string, a: number, b: number): { words: number; punct: boolean } {
  let words = 0;
  let punct = false;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const letter = isLetter(c);
    if (letter && !inWord) words++;
    inWord = letter;
    if (!letter && INNER_PUNCT.has(text[i] as string)) punct = true;
  }
  return { words, punct };
}

function cuesOf(ctx: QuoteContext, open: number, close: number, closed: boolean, span: [number, number]): Cues {
  const { tokens, text } = ctx;
  const { words, punct } = innerShape(text, span[0], span[1]);
  const prev = open - 1;
  const inParagraph = prev >= 0 && !ctx.breakBefore[open];
  const colon = inParagraph && (ctx.f(prev) === ':' || (ctx.f(prev) === '-' && ctx.f(prev - 1) === ':'));
  const that = inParagraph && isThat(ctx.f(prev));
  const nameNoun = inParagraph && (tokens[prev] as Token).kind === 'word' && isNameNoun(ctx.f(prev));
  const before = (tokens[open] as Token).start > 0 ? text.charCodeAt((tokens[open] as Token).start - 1) : 0;
  const attachedClitic = before === 0x0644 || before === 0x0628 || before === 0x0640;
  let speech: Cues['speech'] = null;
  let verb: Cues['verb'] = null;
  for (let j = prev, seen = 0; j >= 0 && seen < LEFT_WINDOW && inParagraph; j--, seen++) {
    const start = ctx.pairStart.get(j);
    if (start !== undefined && start < j) { j = start; continue; }
    if (isSentenceEnd(ctx, j)) break;
    const w = speechAt(ctx, j) ?? (isCameIn(ctx, j) ? { kind: 'source' as const, strong: true } : undefined);
    if (w) {
      speech ??= { at: j, word: w };
      if (w.kind === 'verb' || w.kind === 'source') { verb = { at: j, word: w }; break; }
    }
    if (ctx.breakBefore[j]) break;
  }
  let after: Cues['after'] = null;
  if (closed) {
    let k = close + 1;
    if (ctx.f(k) === '،' || ctx.f(k) === ',') k++;
    const w = k < tokens.length && !ctx.breakBefore[k] ? speechAt(ctx, k) : undefined;
    if (w && (w.kind === 'verb' || w.kind === 'source') && !/^[وف]/.test(ctx.f(k))) after = { at: k, word: w };
    else if (ctx.f(k) === 'علي' && ctx.f(k + 1) === 'حد') after = { at: k + 1, word: { kind: 'noun', strong: true } };
  }
  return { open, close, words, punct, colon, that, nameNoun, attachedClitic, speech, verb, after };
}

/** The quotation score of a pair: speech cues push it up, name cues and shortness down. */
function scoreOf(c: Cues, closed: boolean): number {
  let s = 0;
  if (c.colon) s += 3;
  if (c.that) s += 2;
  if (c.speech) {
    const near = c.open - c.speech.at <= 12 || c.colon || c.that;
    s += c.speech.word.strong ? (near ? 2 : 1) : 1;
  }
  if (c.after) s += 3;
  if (c.nameNoun) s -= 4;
  if (c.attachedClitic) s -= 3;
  if (c.words >= 6) s += 1;
  if (c.words >= 12) s += 1;
  if (c.words <= 2) s -= 2;
  else if (c.words <= 4) s -= 1;
  if (c.punct) s += 1;
  if (!closed) s -= 1;
  return s;
}

/** Subject of the speech word at `at`: after a verb, after a source (بحسب، نقلًا عن، وفق ما نقلت …). */
function subjectOf(ctx: QuoteContext, at: number, word: SpeechWord, limit: number): [number, number] | null {
  let i = at + 1;
  if (isCameIn(ctx, at)) i++;
  if (word.kind === 'source') {
    if (ctx.f(i) === 'ما') i++;
    if (speechAt(ctx, i)?.kind === 'verb') i++;
    if (ctx.f(i) === 'عن' || ctx.f(i) === 'ل') i++;
    return subjectAfter(ctx, i, limit, true);
  }
  return subjectAfter(ctx, i, limit) ?? subjectBefore(ctx, at);
}

/** Sweeps the text for speech verbs with an explicit subject, so that وأضاف finds its speaker. */
class SpeakerTracker {
  private next = 0;
  last: Speaker | null = null;
  constructor(private ctx: QuoteContext, private persons: PersonIndex) {}

  advance(to: number): void {
    for (; this.next < to; this.next++) {
      const w = speechAt(this.ctx, this.next);
      if (!w || !w.strong || (w.kind !== 'verb' && w.kind !== 'source')) continue;
      const range = subjectOf(this.ctx, this.next, w, Math.min(this.ctx.tokens.length, this.next + 12));
      const s = range && speakerOf(this.ctx, range, this.persons);
      if (s) this.last = s;
    }
  }
}

function attribute(ctx: QuoteContext, c: Cues, tracker: SpeakerTracker, persons: PersonIndex): { s: Speaker | null; confidence: number } {
  const found = (at: number, word: SpeechWord, limit: number) => {
    const range = subjectOf(ctx, at, word, limit);
    return range ? speakerOf(ctx, range, persons, (ctx.tokens[limit - 1] as Token).end) : null;
  };
  const rate = (s: Speaker | null, sure: number) => ({ s, confidence: s ? (s.entity ? Math.min(0.95, sure + 0.1) : sure) : 0.15 });
  if (c.verb && c.verb.at >= c.open - LEFT_WINDOW) {
    const s = found(c.verb.at, c.verb.word, c.open);
    if (s) return rate(s, c.verb.word.strong ? 0.8 : 0.6);
  }
  if (c.after && c.after.word.kind !== 'noun' && !c.speech) {
    const s = found(c.after.at, c.after.word, Math.min(ctx.tokens.length, c.after.at + 12));
    if (s) return rate(s, 0.7);
  }
  tracker.advance(c.open);
  if (c.speech || c.after) return rate(tracker.last, 0.6);
  if (c.colon) {
    const range = subjectBefore(ctx, c.open - 1);
    const s = range ? speakerOf(ctx, range, persons) : null;
    if (s) return rate(s, 0.45);
  }
  return rate(tracker.last, 0.3);
}

/** The quoted span without the marks and the spaces next to them; null when empty. */
function innerSpan(text: string, p: MarkPair): [number, number] | null {
  let start = p.open + 1;
  let end = p.close;
  if (!p.closed && end - start > MAX_UNCLOSED) {
    const cut = text.slice(start, start + MAX_UNCLOSED).search(/[.!؟?](?=\s|$)[^.!؟?]*$/);
    if (cut < 0) return null;
    end = start + cut + 1;
  }
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? [start, end] : null;
}

/**
 * The direct quotations of `text` with their speakers; `entities` (the page's person mentions)
 * link speakers to people.
 * @example detectQuotes('وقال أردوغان: "نعم للسلام"')[0] → { text: 'نعم للسلام', speaker: 'أردوغان', … }
 * @example detectQuotes('قال مراسل "الجزيرة"') → []
 */
export function detectQuotes(text: string, entities: EntityMention[] = []): Quotation[] {
  const pairs = findMarkPairs(text);
  if (pairs.length === 0) return [];
  const ctx = buildQuoteContext(text, pairs);
  const persons = indexPersons(ctx, entities);
  const tracker = new SpeakerTracker(ctx, persons);
  const out: Quotation[] = [];
  const opens = [...ctx.pairEnd.keys()];
  pairs.forEach((p, k) => {
    const open = opens[k] as number;
    const close = ctx.pairEnd.get(open) as number;
    const span = innerSpan(text, p);
    if (!span) return;
    const cues = cuesOf(ctx, open, close, p.closed, span);
    if (cues.words === 0) return;
    const score = scoreOf(cues, p.closed);
    if (score < THRESHOLD) return;
    const { s, confidence } = attribute(ctx, cues, tracker, persons);
    const sure = score > THRESHOLD ? confidence : confidence * 0.8;
    out.push({ start: span[0], end: span[1], text: text.slice(span[0], span[1]), speaker: s?.speaker ?? null, speakerEntity: s?.entity ?? null, confidence: Math.round(sure * 100) / 100 });
  });
  return out;
}
