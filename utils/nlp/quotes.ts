/**
 * Direct quotations in Arabic news and who said them.
 *
 * Pairs of marks come from quotes-marks; each pair is judged from its context (quotes-cues: a
 * speech verb, a colon or إن/أن before it, an attribution after it, its length and shape, a
 * noun that makes it a name: صحيفة "…"; a label, a call, "in his words" or a proverb:
 * quotes-label, quotes-demand, quotes-wording, quotes-saying), weighed in quotes-score, and the
 * accepted ones get a speaker (quotes-attribution). Linear: the marks are paired in one pass,
 * only the text around them is tokenised, and the speaker of a bare وأضاف is tracked as the text
 * is swept once.
 */
import { foldArabic } from './normalize';
import { attribute } from './quotes-attribution';
import { isUnownedTerm } from './quotes-unowned-term';
import { SpeakerTracker } from './quotes-speaker-tracker';
import { buildQuoteContextSteps } from './quotes-context';
import type { PageTokens } from './quotes-stretch-tokens';
import { runSteps } from '../steps';
import { cuesOf } from './quotes-cues';
import { scoreOf, THRESHOLD } from './quotes-score';
import { findMarkPairs, type MarkPair } from './quotes-marks';
import { isFigure } from './quotes-shape';
import { indexPersons } from './quotes-person-index';
import { describesNamedPerson } from './quotes-described-name';
import type { EntityMention, Quotation } from './types';
import { partitionPoint } from '../sorted';
import { unclosedEnd } from './quotes-unclosed-end';

/**
 * Longest unclosed quotation kept (up to where its words end, quotes-unclosed-end). Past it, where
 * the words end cannot be told — one long paragraph that reported speech runs on in (the quotation
 * gold's rule 15) — and the pair is not taken.
 */
const MAX_UNCLOSED = 700;

/** The quoted span without the marks and the spaces next to them; null when empty. */
function innerSpan(text: string, p: MarkPair): [number, number] | null {
  let start = p.open + 1;
  let end = p.close;
  // A quotation the page never closed ends where the writer takes over again: a later sentence
  // with marks of its own or a speech verb, a lead-in after a comma (…عقده في أنقرة "إن العناصر
  // الأولى … للتنظيم. وأضاف رئيس الحكومة "لكننا …").
  if (!p.closed) end = start + unclosedEnd(text.slice(start, end));
  if (!p.closed && end - start > MAX_UNCLOSED) return null;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? [start, end] : null;
}

/** True when mentions (sorted by start) cover most of text[a, b). */
function isMostlyEntity(mentions: EntityMention[], a: number, b: number): boolean {
  let covered = 0;
  for (let k = partitionPoint(mentions.length, (i) => (mentions[i] as EntityMention).end <= a); k < mentions.length && (mentions[k] as EntityMention).start < b; k++) {
    const m = mentions[k] as EntityMention;
    covered += Math.max(0, Math.min(m.end, b) - Math.max(m.start, a));
  }
  return covered >= 0.6 * (b - a);
}

/** A paragraph with at least this many marks, and more than one per three words, is not prose. */
const NOISY_MARKS = 20;

function isMark(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f);
}

/**
 * The paragraphs (line ranges) of `text` that are thick with quotation marks — a list of
 * symbols, a broken page, ten thousand stray marks — where no pair of marks is taken for a quotation.
 * @example noisyParagraphs('" '.repeat(30) + '\nقال: "نعم"') → [[0, 60]]
 */
export function noisyParagraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0, marks = 0, words = 0, inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d || c === 0x2029) {
      if (marks >= NOISY_MARKS && marks * 3 > words) out.push([start, i]);
      start = i + 1;
      marks = words = 0;
      inWord = false;
    } else if (c === 0x20 || c === 0x09 || c === 0xa0) inWord = false;
    else {
      if (isMark(c)) marks++;
      else if (!inWord) words++;
      inWord = !isMark(c);
    }
  }
  return out;
}

/** Pairs judged between two yields of detectQuotesSteps. */
const PAIRS_PER_STEP = 15;

/**
 * The direct quotations of `text` with their speakers; `entities` (the page's mentions: people
 * link speakers, and any recognised name that fills a pair of marks makes it a name, not a quotation).
 * @example detectQuotes('وقال أردوغان: "نعم للسلام"')[0] → { text: 'نعم للسلام', speaker: 'أردوغان', … }
 * @example detectQuotes('قال مراسل "الجزيرة"') → []
 */
export function detectQuotes(text: string, entities: EntityMention[] = []): Quotation[] {
  return runSteps(detectQuotesSteps(text, entities));
}

/**
 * `detectQuotes` a slice of the page at a time, yielding between slices; `page`, when given, is
 * tokenize(text) and its folds, read instead of tokenising the text around the marks again.
 */
export function* detectQuotesSteps(text: string, entities: EntityMention[] = [], page?: PageTokens): Generator<void, Quotation[]> {
  const noisy = noisyParagraphs(text);
  yield;
  // Marks of noisy paragraphs are not paired at all: those paragraphs are blanked (offsets kept).
  let marked = text;
  if (noisy.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const [a, b] of noisy) {
      parts.push(text.slice(at, a), ' '.repeat(b - a));
      at = b;
    }
    parts.push(text.slice(at));
    marked = parts.join('');
  }
  const pairs = findMarkPairs(marked);
  if (pairs.length === 0) return [];
  yield;
  const ctx = yield* buildQuoteContextSteps(text, pairs, page);
  const persons = indexPersons(ctx, entities);
  const names = [...entities].sort((a, b) => a.start - b.start);
  const tracker = new SpeakerTracker(ctx, persons);
  const out: Quotation[] = [];
  // Closing tokens of the quotations accepted so far, for lists of quotations.
  const accepted = new Set<number>();
  // Closing tokens of the pairs rejected as titles, for lists of titles.
  const titles = new Set<number>();
  // A pair inside an accepted quotation is part of it; inside a rejected one it is judged alone.
  let covered = -1;
  const shortTexts = new Map<string, number>();
  for (const p of pairs) {
    if (p.close - p.open > 60) continue;
    const key = foldArabic(text.slice(p.open + 1, p.close).trim());
    shortTexts.set(key, (shortTexts.get(key) ?? 0) + 1);
  }
  yield;
  for (let k = 0; k < pairs.length; k++) {
    if (k % PAIRS_PER_STEP === PAIRS_PER_STEP - 1) yield;
    const p = pairs[k] as MarkPair;
    if (p.open < covered) continue;
    const [open, close] = ctx.pairTokens[k] as [number, number];
    const span = innerSpan(text, p);
    // نقل "78,618" راكبًا: a figure in marks is emphasis, not words said.
    if (!span || isFigure(text, span[0], span[1])) continue;
    // يقول فهد الغانمي «موظف في منتجع سياحي»: إن …: the speaker's description, not his words.
    if (describesNamedPerson(text, names, p)) continue;
    const cues = cuesOf(ctx, open, close, p.closed, span);
    if (cues.words === 0) continue;
    if (cues.words <= 4) {
      cues.repeats = (shortTexts.get(foldArabic(text.slice(span[0], span[1]))) ?? 1) - 1;
      // A recognised name fills the marks: وقال "كيري"، إن «السعودية» …
      cues.knownName ||= isMostlyEntity(names, span[0], span[1]);
    } else if (cues.words <= 6) {
      // A longer phrase in marks four times or more is a name the text keeps using («معايير خطة العمل
      // المشترك الشاملة»); a quotation is echoed once or twice at most.
      const seen = (shortTexts.get(foldArabic(text.slice(span[0], span[1]))) ?? 1) - 1;
      if (seen >= 3) cues.repeats = seen;
    }
    // «…» و«…» after a first title rejected (أسماء كتبه: «…» و«…»): the next item of the list is a title too.
    if (titles.has(cues.listedTo)) cues.workTitle = true;
    const chained = cues.chainedTo >= 0 && accepted.has(cues.chainedTo);
    const score = scoreOf(cues, p.closed, chained);
    if (score < THRESHOLD) {
      if (cues.workTitle) titles.add(close);
      continue;
    }
    const { s, confidence } = attribute(ctx, cues, tracker, persons);
    // A few words no one said and nothing introduces as speech: the writer's term (quotes-unowned-term).
    if (!s && isUnownedTerm(ctx, cues, chained)) continue;
    accepted.add(close);
    covered = p.closed ? p.close : span[1];
    const sure = score > THRESHOLD ? confidence : confidence * 0.8;
    out.push({ start: span[0], end: span[1], text: text.slice(span[0], span[1]), speaker: s?.speaker ?? null, speakerEntity: s?.entity ?? null, confidence: Math.round(sure * 100) / 100 });
  }
  return out;
}
