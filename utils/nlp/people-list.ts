/**
 * A family name left out of a lone given name inside a list of full names (ونوح الموسى وأحمد
 * السلطان وعبدالله دوشي، حمد المنتشري وراشد الرهيب). The family word is often also a title, an
 * adjective or a noun (السلطان، الرهيب، النقيب), so the tagger stops before it; but in a list whose
 * neighbouring item is a full name, the word with the article after a given name is that person's
 * family name, as in the other items; so is a word the lists know as a name before the next item
 * (مصطفى فتحي وحازم إمام وأيمن حفني).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CURATED_NAME, hasNounEnding, type BoundsContext } from './people-context';
import { isNotAName } from './people-not-names';
import type { Draft } from './people-link';
import { COMMAS } from './people-list-item';
import type { Token } from './tokenize';

/** Classes that make the word after the given name no family name: a verb of speech, a demonym, a place or a cue. */
const NOT_FAMILY = LEX.SPEECH | LEX.DEMONYM | LEX.COUNTRY | LEX.PLACE | LEX.PLACE_CUE | LEX.ORG_CUE;

/** Whether the draft opens on the conjunction و of its word (وأحمد). */
const opensOnWa = (ctx: BoundsContext, d: Draft) => {
  const t = ctx.tokens[d.tokenStart]!;
  return d.start > t.start && t.text.startsWith('و');
};

/** Whether `left` and `right`, in that order, are two items of one list: a comma or a و between them. */
function listed(ctx: BoundsContext, left: Draft, right: Draft, leftEnd: number): boolean {
  if (right.tokenStart === leftEnd) return opensOnWa(ctx, right);
  const between: Token | undefined = ctx.tokens[leftEnd];
  return right.tokenStart === leftEnd + 1 && between !== undefined && COMMAS.has(between.text);
}

/**
 * Whether a word without the article is a family name closing a list item (مصطفى فتحي وحازم إمام
 * وأيمن حفني): the lists know it as a name, and a mark or the next item behind و follows it.
 */
function closesListedName(ctx: BoundsContext, f: string, next: number): boolean {
  // محمد وسلطان وفواز: a word behind و is the next item, not a family name.
  if (f.length < 3 || f.startsWith('و') || !(ctx.classOf(f) & (CURATED_NAME | LEX.CORPUS_PERS))) return false;
  const after = ctx.tokens[next];
  return after === undefined || after.kind !== 'word' || foldArabic(after.text).startsWith('و');
}

/**
 * Extends, in place, each one-word given name that stands in a list next to a full name (two
 * words or more) by the word with the article after it, when that word is no noun of a feminine
 * or plural ending, no verb of speech, demonym or place and no other mention's. `drafts` is sorted by start.
 * @example extendNamesInLists(ctx of 'حمد المنتشري وراشد الرهيب.', drafts 'حمد المنتشري', 'راشد') → the second is 'راشد الرهيب'
 */
export function extendNamesInLists(ctx: BoundsContext, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.tokenEnd !== d.tokenStart + 1 || d.words.length !== 1) continue;
    const g = d.words[0]!, bits = ctx.classOf(g);
    if (!(bits & LEX.GIVEN) || bits & (LEX.TITLE | LEX.SPEECH) || g.startsWith('ال')) continue;
    const family = ctx.tokens[d.tokenEnd];
    if (family?.kind !== 'word' || isNotAName(ctx, family)) continue;
    const f = foldArabic(family.text);
    if (!(f.startsWith('ال') ? f.length >= 5 && !hasNounEnding(f) : closesListedName(ctx, f, d.tokenEnd + 1)) || ctx.classOf(f) & NOT_FAMILY) continue;
    const prev = drafts[i - 1], next = drafts[i + 1];
    if (next && next.tokenStart <= d.tokenEnd) continue;
    const afterPrev = prev !== undefined && prev.words.length > 1 && listed(ctx, prev, d, prev.tokenEnd);
    const beforeNext = next !== undefined && next.words.length > 1 && listed(ctx, d, next, d.tokenEnd + 1);
    if (!afterPrev && !beforeNext) continue;
    d.end = family.end;
    d.tokenEnd++;
    d.words = [...d.words, f];
  }
}
