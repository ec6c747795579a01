/**
 * A double name written with a hyphen and no spaces (فيريرو-فالدنر، إنجريد أرندت-براور، ماري-كوليت
 * بينا، تشونج مونج-جون): the tokenizer splits it at the hyphen, and the tagger often names only
 * one side, or each side apart. A reader sees one name, so the word across the hyphen joins the
 * mention, and two mentions the hyphen ties become one. A byline's hyphens (مهنا التميمي-سبق-الجوف)
 * are no name's: the word across the hyphen must stand alone there, with another hyphen or a dot
 * on neither side of it (not جيه.بي.اكس-نيكي), and be a word the lists know only as a name or not
 * at all (not سبق).
 */
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { NAME_CLASS, isNotAName } from './people-not-names';
import type { Token } from './tokenize';

/** The hyphens a double name is written with. */
const HYPHENS = new Set(['-', '‐', '‑']);
/** Characters that, touching the far side of the word across the hyphen, make it part of a code, an abbreviation or a byline. */
const GLUED = /[-‐‑.\u0621-\u064A\w]/;

/**
 * Joins, in place, each draft with the word or the draft across a hyphen written without spaces
 * on either side of it; `drafts` keeps its order.
 * @example joinHyphenatedNames(ctx of 'وأعلنت المفوضة فيريرو-فالدنر', [draft 'فالدنر']) → one draft 'فيريرو-فالدنر'
 */
export function joinHyphenatedNames(ctx: BoundsContext, drafts: Draft[], covered?: Uint8Array): void {
  const { tokens } = ctx;
  const byStart = new Map<number, Draft>(), byEnd = new Map<number, Draft>();
  for (const d of drafts) { byStart.set(d.tokenStart, d); byEnd.set(d.tokenEnd, d); }
  const gone = new Set<Draft>();
  for (const d of drafts) {
    if (gone.has(d)) continue;
    // Rightwards first, then leftwards; a merged draft may join again on its new side.
    for (const side of SIDES) {
      for (;;) {
        const right = side === 'right';
        const h = right ? d.tokenEnd : d.tokenStart - 1, w = right ? h + 1 : h - 1;
        if (!isTightHyphen(tokens, h)) break;
        const other = right ? byStart.get(w) : byEnd.get(h);
        if (other && other !== d && !gone.has(other)) {
          gone.add(other);
          covered?.fill(1, h, h + 1);
          join(d, other, side);
          continue;
        }
        if (!standsAlone(ctx, w, side) || !isNameLike(ctx, w)) break;
        const t = tokens[w]!;
        join(d, { start: t.start, end: t.end, words: [foldArabic(t.text)], tokenStart: w, tokenEnd: w + 1 }, side);
        covered?.fill(1, Math.min(h, w), Math.max(h, w) + 1);
      }
    }
    byStart.set(d.tokenStart, d); byEnd.set(d.tokenEnd, d);
  }
  if (gone.size === 0) return;
  const kept = drafts.filter((d) => !gone.has(d));
  drafts.length = 0;
  for (const d of kept) drafts.push(d);
}

/** The sides of a draft a hyphen may join it on, in the order they are tried. */
const SIDES = ['right', 'left'] as const;

/** What a draft takes from the word or the draft across a hyphen. */
type Across = Pick<Draft, 'start' | 'end' | 'words' | 'tokenStart' | 'tokenEnd'> & Partial<Pick<Draft, 'confidence' | 'role'>>;

/** Extends draft `d`, in place, over `other` on its `side`: its words, its range, and a draft's confidence and role. */
function join(d: Draft, other: Across, side: 'left' | 'right'): void {
  if (side === 'right') {
    d.end = other.end; d.tokenEnd = other.tokenEnd; d.words.push(...other.words);
  } else {
    d.start = other.start; d.tokenStart = other.tokenStart; d.words.unshift(...other.words);
    d.role ??= other.role;
  }
  if (other.confidence !== undefined) d.confidence = Math.max(d.confidence, other.confidence);
}

/** Whether token h is a hyphen touching a word on each side (فيريرو-فالدنر). */
export function isTightHyphen(tokens: readonly Token[], h: number): boolean {
  const t = tokens[h], a = tokens[h - 1], b = tokens[h + 1];
  return t?.kind === 'punct' && HYPHENS.has(t.text) && a?.kind === 'word' && b?.kind === 'word' && a.end === t.start && t.end === b.start;
}

/** Whether the word at token i has nothing glued to its far side (`side` is where it lies from the hyphen). */
function standsAlone(ctx: BoundsContext, i: number, side: 'left' | 'right'): boolean {
  const t = ctx.tokens[i]!;
  const c = side === 'right' ? ctx.text[t.end] : ctx.text[t.start - 1];
  return c === undefined || !GLUED.test(c);
}

/** Whether the word at token i may be part of a name: no article, no function word, known to the lists only as a name or not at all. */
function isNameLike(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const f = foldArabic(t.text);
  return f.length >= 2 && !f.startsWith('ال') && !isNotAName(ctx, t) && (ctx.classOf(f) & ~NAME_CLASS) === 0;
}
