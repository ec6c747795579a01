/**
 * The place of a dateline is no person: a source's name between two dashes, or at the head of a
 * line before one, then the place and a colon (فهد الغبيوي- سبق- عفيف:، سبق- عفراء:). The tagger
 * reads a place named like a person there (عفيف، عفراء) as a name.
 */
import type { BoundsContext } from './people-context';
import { isDash, opensLine } from './people-byline';
import { dropDrafts, type Draft } from './people-link';

/** The most words a dateline's place takes (خميس مشيط). */
const MAX_PLACE_WORDS = 2;

/**
 * Whether tokens [a, b) are the place of a dateline: a colon right after them, a dash before
 * them, and before the dash one word that follows a dash or opens a line.
 * @example isDatelinePlace(ctx of 'فهد الغبيوي- سبق- عفيف: لقي شخص', 5, 6) → true
 */
export function isDatelinePlace(ctx: BoundsContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (b - a > MAX_PLACE_WORDS || tokens[b]?.text !== ':' || !isDash(tokens[a - 1])) return false;
  const source = tokens[a - 2];
  return source?.kind === 'word' && (isDash(tokens[a - 3]) || opensLine(ctx, a - 2));
}

/**
 * Drops, in place, the drafts that are the place of a dateline, and those whose every word is
 * one of that place's elsewhere on the page (مشيط in في خميس مشيط).
 */
export function dropDatelinePlaces(ctx: BoundsContext, drafts: Draft[]): void {
  const place = new Set(drafts.filter((d) => isDatelinePlace(ctx, d.tokenStart, d.tokenEnd)).flatMap((d) => d.words));
  if (place.size === 0) return;
  dropDrafts(drafts, (d) => d.words.every((w) => place.has(w)));
}
