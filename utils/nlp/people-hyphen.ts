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
 * on either side of it. `drafts` is sorted by start, and stays so.
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
    for (;;) {
      const h = d.tokenEnd;
      if (!isTightHyphen(tokens, h)) break;
      const next = byStart.get(h + 1);
      if (next && !gone.has(next)) {
        gone.add(next);
        covered?.fill(1, h, h + 1);
        d.end = next.end; d.tokenEnd = next.tokenEnd; d.words.push(...next.words); d.confidence = Math.max(d.confidence, next.confidence);
        continue;
      }
      if (!standsAlone(ctx, h + 1, 'right') || !isNameLike(ctx, h + 1)) break;
      const w = tokens[h + 1]!;
      d.end = w.end; d.tokenEnd = h + 2; d.words.push(foldArabic(w.text));
      covered?.fill(1, h, h + 2);
    }
    for (;;) {
      const h = d.tokenStart - 1;
      if (h < 1 || !isTightHyphen(tokens, h)) break;
      const prev = byEnd.get(h);
      if (prev && !gone.has(prev) && prev !== d) {
        gone.add(prev);
        covered?.fill(1, h, h + 1);
        d.start = prev.start; d.tokenStart = prev.tokenStart; d.words.unshift(...prev.words); d.confidence = Math.max(d.confidence, prev.confidence);
        d.role ??= prev.role;
        continue;
      }
      if (!standsAlone(ctx, h - 1, 'left') || !isNameLike(ctx, h - 1)) break;
      const w = tokens[h - 1]!;
      d.start = w.start; d.tokenStart = h - 1; d.words.unshift(foldArabic(w.text));
      covered?.fill(1, h - 1, h + 1);
    }
    byStart.set(d.tokenStart, d); byEnd.set(d.tokenEnd, d);
  }
  if (gone.size === 0) return;
  const kept = drafts.filter((d) => !gone.has(d));
  drafts.length = 0;
  for (const d of kept) drafts.push(d);
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
