/**
 * Lists of names set off by spaced dashes, as obituaries and greetings give a family's sons (إخوان
 * الفقيد: عبد الله الوابل - سليمان - إبراهيم - عبد العزيز - سالم - وابل - عمر; لأبناء الفقيد صالح -
 * فراس - سطام - راكان). The tagger reads some items and misses others, and may run one name over a
 * dash into the next (عبد العزيز - سالم). A dash with a space on each side parts two names, so a
 * mention never crosses one; and where a run of three items or more holds two person mentions or
 * more, one of them sure, each other item of one name-like word (or عبد and a word) is a person
 * too, and the items the tagger doubted stand.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { hasPronounSuffix, type BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';
import { LIST_ITEM_CONFIDENCE, NOT_GIVEN } from './people-list-item';
import { MIN_LONE_WORD_CONFIDENCE, type Draft } from './people-link';
import { isNotAName } from './people-not-names';
import { isDash } from './people-byline';
import { COMPOUND_HEAD } from './people-name-tail';
import type { Token } from './tokenize';

/** Classes an unlisted item must not have: those of a list item's given name, and a corpus's place, body or thing. */
const NOT_AN_ITEM = NOT_GIVEN | LEX.CORPUS_LOC | LEX.CORPUS_MISC;

/** Whether token i is a dash with a space on each side: a mark, or a lone tatweel standing as one (حسين شيعان ـ متعب شراحيلي). */
function isSpacedDash(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i];
  return isDash(t) && /\s/.test(ctx.text[t!.start - 1] ?? '') && /\s/.test(ctx.text[t!.end] ?? '');
}

/**
 * Splits, in place, each draft at the spaced dashes inside it, into the parts with a word
 * (عبد العزيز - سالم → عبد العزيز، سالم).
 */
export function splitAtSpacedDashes(ctx: BoundsContext, drafts: Draft[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    const cuts: number[] = [];
    for (let i = d.tokenStart + 1; i < d.tokenEnd - 1; i++) if (isSpacedDash(ctx, i)) cuts.push(i);
    if (cuts.length === 0) continue;
    const parts: Draft[] = [];
    let from = d.tokenStart;
    for (const cut of [...cuts, d.tokenEnd]) {
      const words = ctx.tokens.slice(from, cut).filter((t) => t.kind === 'word');
      if (words.length) {
        const first = from === d.tokenStart ? d.start : words[0]!.start;
        parts.push({ ...d, start: first, end: words[words.length - 1]!.end, words: words.map((t) => foldArabic(t.text)), tokenStart: from, tokenEnd: cut });
      }
      from = cut + 1;
    }
    drafts.splice(k, 1, ...parts);
  }
}

/** An item of a dash list: its token range. */
type Item = [number, number];

/**
 * Adds, in place, the items of each dash list the tagger missed: in a run of three items or more
 * set off by spaced dashes, of which two or more are person drafts (one of them a full name or a
 * word the tagger is sure of), an item of one name-like word, or عبد and a word, that no draft
 * covers; the item drafts the tagger doubted are raised to a list item's confidence.
 * @example addDashListItems(ctx of 'لأبناء الفقيد صالح - فراس - سطام - راكان وبنات', drafts 'صالح', 'فراس', covered) → also 'سطام', 'راكان'
 */
export function addDashListItems(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens } = ctx;
  const endingAt = new Map<number, Draft>(), startingAt = new Map<number, Draft>(), byRange = new Map<string, Draft>();
  const key = (a: number, b: number) => `${a}:${b}`;
  for (const d of drafts) {
    endingAt.set(d.tokenEnd, d); startingAt.set(d.tokenStart, d);
    if (!byRange.has(key(d.tokenStart, d.tokenEnd))) byRange.set(key(d.tokenStart, d.tokenEnd), d);
  }
  const draftAt = ([a, b]: Item) => byRange.get(key(a, b));
  for (let i = 0; i < tokens.length; i++) {
    if (!isSpacedDash(ctx, i)) continue;
    // A run: dashes with one or two words between each and the next.
    const dashes = [i];
    for (let j = i + 1; j < tokens.length && j - dashes[dashes.length - 1]! <= 3; j++) {
      if (isSpacedDash(ctx, j)) dashes.push(j);
      else if (tokens[j]!.kind !== 'word') break;
    }
    i = dashes[dashes.length - 1]!;
    if (dashes.length < 2) continue;
    const items: Item[] = [];
    const first = endingAt.get(dashes[0]!);
    items.push(first ? [first.tokenStart, first.tokenEnd] : [wordsBefore(ctx, dashes[0]!), dashes[0]!]);
    for (let k = 0; k + 1 < dashes.length; k++) items.push([dashes[k]! + 1, dashes[k + 1]!]);
    const last = dashes[dashes.length - 1]! + 1, lastDraft = startingAt.get(last);
    items.push(lastDraft ? [lastDraft.tokenStart, lastDraft.tokenEnd] : [last, wordsAfter(ctx, last)]);
    const found = items.map(draftAt).filter((d) => d !== undefined);
    if (found.length < 2 || !found.some((d) => d.words.length > 1 || d.confidence >= MIN_LONE_WORD_CONFIDENCE)) continue;
    for (const [a, b] of items) {
      const d = draftAt([a, b]);
      // (فراس, tagged at 0.43 beside صالح: the list vouches for a name the tagger doubted)
      if (d) { d.confidence = Math.max(d.confidence, LIST_ITEM_CONFIDENCE); continue; }
      // (متعب شراحيلي with شراحيلي alone tagged: the given name joins the item's draft)
      const tail = b - a === 2 ? draftAt([a + 1, b]) : undefined;
      if (b <= a || covered.subarray(a, tail ? a + 1 : b).some((c) => c !== 0) || !isNameItem(ctx, a, b)) continue;
      const t = tokens[a]!, u = tokens[b - 1]!;
      const added: Draft = { start: t.start, end: u.end, words: tokens.slice(a, b).map((w) => foldArabic(w.text)), confidence: LIST_ITEM_CONFIDENCE, tokenStart: a, tokenEnd: b };
      if (tail) drafts.splice(drafts.indexOf(tail), 1);
      drafts.push(added);
      byRange.set(key(a, b), added);
      covered.fill(1, a, b);
    }
  }
}

/** Where the item before a dash at token d starts: the word before it, with عبد before that. */
function wordsBefore(ctx: BoundsContext, d: number): number {
  const a = d - 1;
  if (ctx.tokens[a]?.kind !== 'word') return d;
  return COMPOUND_HEAD.has(foldArabic(ctx.tokens[a - 1]?.text ?? '')) ? a - 1 : a;
}

/** Where the item after a dash ends (token i its first): one word, or عبد and a word. */
function wordsAfter(ctx: BoundsContext, i: number): number {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return i;
  return COMPOUND_HEAD.has(foldArabic(t.text)) && ctx.tokens[i + 1]?.kind === 'word' ? i + 2 : i + 1;
}

/**
 * Whether tokens [a, b) are a one-word name-like item, عبد and a word, or a listed given name and
 * a name-like word (متعب شراحيلي، عوض خميس).
 */
function isNameItem(ctx: BoundsContext, a: number, b: number): boolean {
  const t = ctx.tokens[a]!;
  if (b - a === 2) return ctx.tokens[a + 1]!.kind === 'word' && (COMPOUND_HEAD.has(foldArabic(t.text)) || isGivenItemWord(ctx, t) && isNameLike(ctx, ctx.tokens[a + 1]!, true));
  return b - a === 1 && isNameLike(ctx, t, false);
}

/** Whether token t is a given name the lists know and nothing else an item must not be. */
function isGivenItemWord(ctx: BoundsContext, t: Token): boolean {
  const bits = ctx.classOf(foldArabic(t.text));
  return t.kind === 'word' && !isNotAName(ctx, t) && (bits & LEX.GIVEN) !== 0 && !(bits & NOT_AN_ITEM);
}

/** Whether token t may be a name in a list: a listed given name, or a word that reads as no verb and has no pronoun; a family name (`family`) may have the article. */
function isNameLike(ctx: BoundsContext, t: Token, family: boolean): boolean {
  if (t.kind !== 'word' || isNotAName(ctx, t)) return false;
  const f = foldArabic(t.text), bits = ctx.classOf(f);
  if (f.length < 3 || f.startsWith('ال') && !family || bits & NOT_AN_ITEM) return false;
  return (bits & LEX.GIVEN) !== 0 || (!hasPronounSuffix(f) && !isVerbForm(f));
}
