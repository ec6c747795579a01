/**
 * Direct quotations in Arabic news and who said them.
 *
 * Pairs of marks come from quotes-marks; each pair is then judged from its context (a speech
 * verb, a colon or إن/أن before it, an attribution after it, its length and shape, a noun that
 * makes it a name: صحيفة "…"), and the accepted ones get a speaker from quotes-speaker.
 * One pass over the tokens; the speaker of a bare وأضاف is tracked as the text is swept.
 */
import { foldArabic } from './normalize';
import { buildQuoteContext, isSentenceEnd, type QuoteContext } from './quotes-context';
import { findMarkPairs, isLetter, type MarkPair } from './quotes-marks';
import { appositiveName, indexPersons, isRolePhrase, speakerOf, subjectAfter, subjectBefore, type PersonIndex, type Speaker } from './quotes-speaker';
import { isNameNoun, isThat, speechWord, type SpeechWord } from './quotes-speech';
import type { Token } from './tokenize';
import type { EntityMention, Quotation } from './types';

/** How far back (in tokens) a speech verb may introduce a quotation in the same sentence. */
const LEFT_WINDOW = 30;
/** Longest unclosed quotation kept (up to the paragraph end or the first sentence end). */
const MAX_UNCLOSED = 1500;
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
  /** The pair sits where a verb's subject goes (وقال "كيري" إنه …). */
  subjectSlot: boolean;
  /** The pair ends its sentence. */
  endsSentence: boolean;
  /** The quoted words open like a clause (إن، لقد، نحن …) or call someone (يا). */
  clauseLike: boolean;
  /** A name noun a few words before the pair, heading its phrase. */
  nameHead: boolean;
  /** Right after إلى/على in a speech clause (دعا إلى «…»). */
  complement: boolean;
  /** The closing token of the pair just before, when only a connector separates them («…» أو «…»). */
  chainedTo: number;
}

/** What may stand between two quotations of one list: «…»، «…» أو «…». */
const CONNECTORS = new Set(['،', ',', 'او', 'و', 'ثم', '..', '...', '-', '؛', 'بل']);

function speechAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const f = ctx.f(i);
  // يُذكر أن "it is worth noting that" is no speech act.
  if ((f === 'يذكر' || f === 'ويذكر') && isThat(ctx.f(i + 1))) return undefined;
  return speechWord(f);
}

/** جاء في / ورد في introduce a document as the speaker (وجاء في بيان الخارجية: «…»). */
function isCameIn(ctx: QuoteContext, i: number): boolean {
  const f = (ctx.f(i)).replace(/^[وف]/, '');
  return (f === 'جاء' || f === 'ورد') && ctx.f(i + 1) === 'في';
}

/** First words that start a clause, not a name: إن، لقد، نحن، أنا، هل … */
const CLAUSE_START = new Set(['ان', 'انه', 'انها', 'اننا', 'انني', 'انا', 'نحن', 'لقد', 'هل', 'لن', 'لم', 'لا', 'قد', 'كنا', 'كنت',
  'هذا', 'هذه', 'هناك', 'ما', 'لماذا', 'كيف', 'متي', 'اين', 'ليس', 'لسنا', 'لست', 'سوف', 'يجب', 'علينا', 'اذا', 'لو', 'يا']);

/** True when the quoted text reads as an utterance: it opens like a clause or calls someone (يا). */
function isClauseLike(text: string, a: number, b: number): boolean {
  const head = /^[\p{L}\p{M}]+/u.exec(text.slice(a, Math.min(b, a + 16)));
  if (head && CLAUSE_START.has(foldArabic(head[0]))) return true;
  return / يا /.test(text.slice(a, Math.min(b, a + 200)));
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
  const clauseLike = isClauseLike(text, span[0], span[1]);
  const prev = open - 1;
  // A paragraph ending in a colon introduces the quotation that opens the next one.
  const inParagraph = prev >= 0 && (!ctx.breakBefore[open] || ctx.f(prev) === ':');
  const colon = inParagraph && (ctx.f(prev) === ':' || (ctx.f(prev) === '-' && ctx.f(prev - 1) === ':'));
  const that = inParagraph && isThat(ctx.f(prev));
  // A name noun right before the mark, or before a colon there (برنامج: «…»).
  const nounAt = colon && ctx.f(prev) === ':' ? prev - 1 : prev;
  const nameNoun = inParagraph && nounAt >= 0 && (tokens[nounAt] as Token).kind === 'word' && isNameNoun(ctx.f(nounAt));
  // …or a few words before, heading the phrase the pair ends (شركة التطوير العقاري «…»).
  let nameHead = false;
  const from = colon ? nounAt : prev;
  for (let j = from - 1; !nameNoun && inParagraph && from >= 0 && (tokens[from] as Token).kind === 'word' && j >= 0 && j >= from - 4 && !ctx.breakBefore[j + 1]; j--) {
    const f = ctx.f(j);
    if ((tokens[j] as Token).kind !== 'word' || isThat(f) || speechWord(f)) break;
    if (isNameNoun(f)) { nameHead = true; break; }
  }
  const before = (tokens[open] as Token).start > 0 ? text.charCodeAt((tokens[open] as Token).start - 1) : 0;
  // لـ«الصباح»، بـ«الإرهابية», also with a space after the clitic (وطبقا لـ «الفرنسية»).
  const attachedClitic = before === 0x0644 || before === 0x0628 || before === 0x0640 || (inParagraph && (ctx.f(prev) === 'ل' || ctx.f(prev) === 'ب'));
  let speech: Cues['speech'] = null;
  let verb: Cues['verb'] = null;
  for (let j = prev, seen = 0; j >= 0 && seen < LEFT_WINDOW && inParagraph; j--, seen++) {
    const start = ctx.pairStart.get(j);
    if (start !== undefined && start < j) { j = start; continue; }
    if (isSentenceEnd(ctx, j) && !(j === prev && ctx.f(j) === ':')) break;
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
    // «…»، قال الوزير; without the comma only a quotation long enough not to be the verb's subject («عكاظ» تنشر).
    const sayable = k > close + 1 || words >= 5;
    if (w && sayable && (w.kind === 'verb' || w.kind === 'source') && !/^[وف]/.test(ctx.f(k))) after = { at: k, word: w };
    else if (ctx.f(k) === 'علي' && ctx.f(k + 1) === 'حد') after = { at: k + 1, word: { kind: 'noun', strong: true } };
  }
  const next = close + 1 < tokens.length && !ctx.breakBefore[close + 1] ? ctx.f(close + 1) : '.';
  // The pair ends the sentence (…التعزيزات «سيتواصل».): what the reported speech said, not a name in it.
  const endsSentence = closed && (next === '.' || next === '!' || next === '؟' || next === '?' || /[.!؟?]$/.test(text.slice(span[0], span[1])));
  const subjectSlot = !colon && words <= 4 && !endsSentence && speech !== null && speech.at === prev && speech.word.kind === 'verb';
  // دعا إلى «…»، شدد على «…»: the quotation is what the speech verb asks for.
  const complement = speech !== null && (ctx.f(prev) === 'الي' || ctx.f(prev) === 'علي');
  let chainedTo = -1;
  for (let j = prev, n = 0; j >= 0 && n < 3 && inParagraph && !ctx.breakBefore[j + 1]; j--, n++) {
    if (ctx.pairStart.has(j)) { chainedTo = j; break; }
    if (!CONNECTORS.has(ctx.f(j))) break;
  }
  return { open, close, words, punct, colon, that, nameNoun, attachedClitic, speech, verb, after, subjectSlot, complement, chainedTo, nameHead, clauseLike, endsSentence };
}

/** The quotation score of a pair: speech cues push it up, name cues and shortness down. */
function scoreOf(c: Cues, closed: boolean, chained: boolean): number {
  let s = 0;
  if (c.colon && !c.nameNoun) s += 3;
  if (c.that) s += 2;
  if (c.complement) s += 1;
  if (c.speech) {
    const near = c.open - c.speech.at <= 20 || c.colon || c.that || c.words >= 8;
    s += c.speech.word.strong && near ? 3 : 1;
  }
  if (c.after) s += 3;
  if (chained) s += 3;
  if (c.nameNoun) s -= 4;
  else if (c.nameHead && (!c.colon || !c.speech)) s -= 3;
  if (c.attachedClitic) s -= 3;
  if (c.subjectSlot) s -= 3;
  // Names and terms are short; quotations run on.
  s += c.words === 1 ? -3 : c.words === 2 ? -2 : c.words <= 4 ? -1 : c.words <= 7 ? 0 : c.words <= 11 ? 1 : 2;
  if (c.punct) s += 1;
  if (c.clauseLike) s += 1;
  if (c.endsSentence && c.speech) s += 2;
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

const stripArticle = (f: string) => (f.startsWith('ال') && f.length > 3 ? f.slice(2) : f);

/** A speaker met earlier in the text, with the words that may refer back to it (its own and its apposition's). */
interface Known { s: Speaker; keys: Set<string> }

/**
 * Sweeps the text for speech verbs with an explicit subject, so that وأضاف finds its speaker
 * and a later المصادر / السفير الفرنسي finds the fuller phrase the article first used.
 */
class SpeakerTracker {
  private next = 0;
  private known: Known[] = [];
  /** Inside the أن-clause of a speech verb of the current sentence. */
  private embedded = false;
  private spoke = false;
  last: Speaker | null = null;
  constructor(private ctx: QuoteContext, private persons: PersonIndex) {}

  advance(to: number): void {
    const { ctx } = this;
    for (; this.next < to; this.next++) {
      // What is said inside a quotation is not who says it.
      const inner = ctx.pairEnd.get(this.next);
      if (inner !== undefined && inner - this.next > 6) { this.next = Math.min(inner, to); continue; }
      if (isSentenceEnd(ctx, this.next)) this.embedded = this.spoke = false;
      if (this.spoke && isThat(ctx.f(this.next))) this.embedded = true;
      const w = speechAt(ctx, this.next);
      if (!w || (w.kind !== 'verb' && w.kind !== 'source')) continue;
      // …أن أسعار الاستراحات يعتبر طبيعيا: a verb inside reported speech has no speaker of its own.
      if (this.embedded) continue;
      this.spoke = true;
      // The subject never reaches into the quotation being attributed.
      const limit = Math.min(ctx.tokens.length, this.next + 14, to);
      const range = subjectOf(ctx, this.next, w, limit);
      const found = range && speakerOf(ctx, range, this.persons);
      if (!range || !found) continue;
      const s = this.resolve(found);
      const keys = new Set<string>();
      for (let k = range[0]; k < range[1]; k++) keys.add(stripArticle(ctx.f(k)));
      // Apposition: برتران بزانسنو، السفير الفرنسي في السعودية، …
      if (ctx.f(range[1]) === '،') for (let k = range[1] + 1; k < Math.min(limit, range[1] + 7) && ctx.tokens[k]?.kind === 'word'; k++) keys.add(stripArticle(ctx.f(k)));
      this.known.push({ s, keys });
      this.last = s;
    }
  }

  /** A definite generic speaker (المصادر، النادي، السفير الفرنسي) as the fuller phrase met before, if any. */
  resolve(s: Speaker): Speaker {
    if (s.entity) return s;
    const words = s.speaker.split(' ');
    const first = foldArabic(words[0] as string);
    if (words.length > 3 || !first.startsWith('ال')) return s;
    const keys = words.map((w) => stripArticle(foldArabic(w)));
    for (let k = this.known.length - 1; k >= Math.max(0, this.known.length - 40); k--) {
      const known = this.known[k] as Known;
      // Only a phrase that adds nothing to the earlier one refers back to it.
      if (known.s.start < s.start && known.s.speaker !== s.speaker && keys.every((w) => known.keys.has(w))) return { ...known.s, start: s.start, end: s.end };
    }
    return s;
  }
}

function attribute(ctx: QuoteContext, c: Cues, tracker: SpeakerTracker, persons: PersonIndex): { s: Speaker | null; confidence: number } {
  const found = (at: number, word: SpeechWord, limit: number) => {
    let range = subjectOf(ctx, at, word, limit);
    // A role, then the name set off by a comma: نائب الرئيس لدى نيسان، فرد دياز: «…».
    const name = range && isRolePhrase(ctx, range) ? appositiveName(ctx, range, limit) : null;
    if (name) range = name;
    const s = range ? speakerOf(ctx, range, persons, (ctx.tokens[limit - 1] as Token).end) : null;
    tracker.advance(at);
    return s && tracker.resolve(s);
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
    if (s) return rate(tracker.resolve(s), 0.45);
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
  // Closing tokens of the quotations accepted so far, for lists of quotations.
  const accepted = new Set<number>();
  // A pair inside an accepted quotation is part of it; inside a rejected one it is judged alone.
  let covered = -1;
  pairs.forEach((p, k) => {
    if (p.open < covered) return;
    const [open, close] = ctx.pairTokens[k] as [number, number];
    const span = innerSpan(text, p);
    if (!span) return;
    const cues = cuesOf(ctx, open, close, p.closed, span);
    if (cues.words === 0) return;
    const chained = cues.chainedTo >= 0 && accepted.has(cues.chainedTo);
    const score = scoreOf(cues, p.closed, chained);
    if (score < THRESHOLD) return;
    accepted.add(close);
    covered = p.close;
    const { s, confidence } = attribute(ctx, cues, tracker, persons);
    const sure = score > THRESHOLD ? confidence : confidence * 0.8;
    out.push({ start: span[0], end: span[1], text: text.slice(span[0], span[1]), speaker: s?.speaker ?? null, speakerEntity: s?.entity ?? null, confidence: Math.round(sure * 100) / 100 });
  });
  return out;
}
