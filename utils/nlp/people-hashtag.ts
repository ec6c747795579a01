/**
 * A hashtag joins its words with underscores (#شكرا_د_موضي_الخلف), and the tokenizer splits it
 * at them: a name the page gives elsewhere then lands on its pieces as separate one-word
 * mentions (موضي، الخلف), or on one piece only (خلفان of #ضاحي_خلفان_يهاجم). A reader sees one
 * name in the hashtag, so the pieces that spell a fuller name of the page become one mention.
 */
import { foldArabic, foldedOffset } from './normalize';
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { procliticSplits } from './tokenize';

/**
 * Joins, in place, the drafts inside each hashtag that fall within pieces spelling a name of two
 * or more words given outside the hashtags (a proclitic allowed on the first piece:
 * #مبروك_لمعاذ_الخلف), into one draft over those pieces. `drafts` is sorted by start.
 * @example joinHashtagNames(ctx of 'موضي الخلف … #شكرا_د_موضي_الخلف', drafts) → 'موضي_الخلف' one draft
 */
export function joinHashtagNames(ctx: BoundsContext, drafts: Draft[]): void {
  const runs = hashtagRuns(ctx);
  if (runs.length === 0) return;
  const inRun = (d: Draft) => runs.some(([a, b]) => d.tokenStart >= a && d.tokenEnd <= b);
  const names: string[][] = [];
  for (const d of drafts) if (d.words.length > 1 && !inRun(d)) names.push(d.words);
  if (names.length === 0) return;
  names.sort((x, y) => y.length - x.length);
  const joined: Draft[] = [];
  for (const [a, b] of runs) {
    const pieces: number[] = [];
    for (let i = a; i < b; i++) if (ctx.tokens[i]!.kind === 'word') pieces.push(i);
    const inside = drafts.filter((d) => d.tokenStart >= a && d.tokenEnd <= b);
    for (let k = 0; k < pieces.length && inside.length; k++) {
      const name = names.find((w) => spellsAt(ctx, pieces, k, w));
      if (!name) continue;
      const first = pieces[k]!, last = pieces[k + name.length - 1]!;
      const within = inside.filter((d) => d.tokenStart >= first && d.tokenEnd <= last + 1);
      if (within.length === 0) continue;
      const t = ctx.tokens[first]!;
      const prefix = procliticSplits(t.text).find((r) => r.stem === name[0] && !r.article)?.prefix.length ?? 0;
      joined.push({ start: t.start + foldedOffset(t.text, prefix), end: ctx.tokens[last]!.end, words: [...name], confidence: Math.max(...within.map((d) => d.confidence)), tokenStart: first, tokenEnd: last + 1, role: within[0]!.role });
      for (const d of within) inside.splice(inside.indexOf(d), 1);
      k += name.length - 1;
    }
  }
  if (joined.length === 0) return;
  const gone = new Set<Draft>();
  for (const j of joined) for (const d of drafts) if (d.tokenStart >= j.tokenStart && d.tokenEnd <= j.tokenEnd) gone.add(d);
  const kept = drafts.filter((d) => !gone.has(d)).concat(joined).sort((x, y) => x.start - y.start);
  drafts.length = 0;
  for (const d of kept) drafts.push(d);
}

/** Whether the pieces from index k spell the folded words of `name`, a proclitic allowed on the first. */
function spellsAt(ctx: BoundsContext, pieces: readonly number[], k: number, name: readonly string[]): boolean {
  if (k + name.length > pieces.length) return false;
  for (let n = 0; n < name.length; n++) {
    const w = ctx.tokens[pieces[k + n]!]!.text;
    if (n === 0 ? !procliticSplits(w).some((r) => r.stem === name[0] && !r.article) : foldArabic(w) !== name[n]) return false;
  }
  return true;
}

/**
 * The token ranges [a, b) of the words of hashtags written with underscores: a # followed at once
 * by words joined by _ with no space between.
 */
function hashtagRuns(ctx: BoundsContext): [number, number][] {
  const { tokens, text } = ctx;
  const runs: [number, number][] = [];
  if (!text.includes('#') || !text.includes('_')) return runs;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!tokens[i]!.text.endsWith('#')) continue;
    let b = i + 1;
    while (b < tokens.length && tokens[b]!.start === tokens[b - 1]!.end && (tokens[b]!.kind === 'word' || tokens[b]!.text === '_')) b++;
    if (tokens.slice(i + 1, b).some((t) => t.text === '_')) runs.push([i + 1, b]);
    i = b - 1;
  }
  return runs;
}
