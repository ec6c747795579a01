/**
 * A given name the tagger left out before a rare family name it found alone (لوتشيا [مهرتياب]،
 * وتقول سيما [جاياشاندران]): a surname no list knows and the corpora too rarely give a cluster
 * is a foreign or uncommon name, and the word before it that the lists know as a given name, or
 * that is shaped as a foreign name, is its first name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isTitleToken, someStem, type BoundsContext } from './people-context';
import { isForeignNameWord, isRareSurnameShape } from './people-demonym';
import { isVerbForm } from './people-extent';
import { lastWords, type Draft } from './people-link';
import { isNotAName } from './people-not-names';

/**
 * Extends, in place, each one-word draft of a rare surname by the given name right before it
 * (white space between). `drafts` is sorted by start.
 * @example extendRareSurnameLeft(ctx of 'وقال لوتشيا مهرتياب إن', draft 'مهرتياب') → 'لوتشيا مهرتياب'
 */
export function extendRareSurnameLeft(ctx: BoundsContext, drafts: Draft[]): void {
  let surnames: Set<string> | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!, before = drafts[i - 1];
    if (d.tokenEnd !== d.tokenStart + 1 || d.words.length !== 1 || !isRareSurnameShape(ctx, d.words[0]!)) continue;
    // لودريان beside جان إيف لودريان: the page names the person in full elsewhere.
    if ((surnames ??= lastWords(drafts)).has(d.words[0]!)) continue;
    const prev = ctx.tokens[d.tokenStart - 1];
    if (prev?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(prev.end, d.start)) || before && before.tokenEnd >= d.tokenStart) continue;
    const g = foldArabic(prev.text);
    if (g.startsWith('ال') || g.startsWith('و') || !isGivenBefore(ctx, prev, g) || !followsCue(ctx, d.tokenStart - 1) || isNotAName(ctx, prev)) continue;
    d.start = prev.start;
    d.tokenStart--;
    d.words = [g, ...d.words];
  }
}

/** Marks before a name's first word. */
const OPENING = new Set(['،', ',', ':', '.', '(', '-', '–', '؛', '«', '"']);

/** Whether what stands before token i announces a name: a mark, the start, a verb of speech, a title or a nationality adjective (الليبي لوتشيا). */
function followsCue(ctx: BoundsContext, i: number): boolean {
  const b = ctx.tokens[i - 1];
  if (!b) return true;
  if (b.kind !== 'word') return OPENING.has(b.text);
  return someStem(b.text, (w) => (ctx.classOf(w) & (LEX.SPEECH | LEX.TITLE | LEX.DEMONYM)) !== 0) || isTitleToken(ctx, b);
}

/** Whether a word may be the given name before a rare surname: a listed given name, no role or verb of speech, or an unlisted foreign-shaped word that opens as no verb. */
function isGivenBefore(ctx: BoundsContext, t: BoundsContext['tokens'][number], g: string): boolean {
  const bits = ctx.classOf(g);
  // نظام حبري، شهد ركودا: a given name that is also a common word more often heads the phrase.
  if (bits & LEX.GIVEN) return !(bits & (LEX.TITLE | LEX.SPEECH | LEX.COMMON));
  return bits === 0 && isForeignNameWord(ctx, t) && !isVerbForm(g);
}
