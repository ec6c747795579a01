/**
 * A foreign family name the tagger left out after a lone given name (وضع هنريك [فيسكر] التصميم،
 * وقال بريان [دوفال] من شركة …): a word shaped as a foreign name is (no list knows it but as a name,
 * the corpora too rarely for a cluster, no inflected ending), not a verb, right after a given name
 * the lists know but the corpora too rarely give a cluster, as foreign given names are (بريان، كريس).
 */
import { foldArabic } from './normalize';
import { written } from './name-words';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { isForeignNameWord } from './people-demonym';
import { isVerbForm } from './people-extent';
import type { Draft } from './people-link';
import { isNotAName } from './people-not-names';
import { isPredicateAfterName } from './people-predicate';
import type { Token } from './tokenize';

/** Classes that make the lone word no given name: a role, a verb of speech, a common word. */
const NOT_GIVEN = LEX.TITLE | LEX.SPEECH | LEX.COMMON;

/**
 * Extends, in place, each one-word draft of a foreign given name by the foreign-shaped word right
 * after it (white space between). `drafts` is sorted by start.
 * @example extendForeignFamilyNames(ctx of 'ووضع هنريك دوفال التصميم', draft 'هنريك') → 'هنريك دوفال'
 */
export function extendForeignFamilyNames(ctx: BoundsContext, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!, after = drafts[i + 1];
    if (d.tokenEnd !== d.tokenStart + 1 || d.words.length !== 1 || !isForeignGivenName(ctx, d.words[0]!)) continue;
    const next = ctx.tokens[d.tokenEnd];
    if (next?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(d.end, next.start)) || after && after.tokenStart <= d.tokenEnd) continue;
    const f = foldArabic(next.text);
    // صبري ينفد، إبراهيم سارعت: the verb of the clause, not the family name.
    // كروز خلف: a word the lists know (as a name or else) is more often an Arabic word than a foreign surname.
    if (ctx.classOf(f) !== 0 || !isForeignNameWord(ctx, next) || isVerbForm(f) || isPredicateAfterName(ctx, f, written(next.text)) || isNotAName(ctx, next)) continue;
    // نورة ونوف، نجلاء وهبي: a word opening with و may be the conjunction and the next item or word (people-page-pair.ts).
    if (f.startsWith('و') || !closesName(ctx.tokens[d.tokenEnd + 1])) continue;
    d.end = next.end;
    d.tokenEnd++;
    d.words = [...d.words, f];
  }
}

/** Words after which a name has ended: prepositions. */
const AFTER_NAME = new Set(['من', 'عن', 'في', 'الي', 'علي', 'خلال', 'مع']);

/** Whether the token after a name closes it: a mark, the end, a preposition, or a word with the article (وضع هنريك فيسكر التصميم). */
function closesName(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return true;
  const f = foldArabic(t.text);
  return AFTER_NAME.has(f) || f.startsWith('ال');
}

/** Whether a folded word is a given name in the lists, no role or common word, that the corpora give no cluster (بريان، كريس). */
function isForeignGivenName(ctx: BoundsContext, g: string): boolean {
  const bits = ctx.classOf(g);
  // نورة: an Arabic name in ة is no foreign given name.
  return (bits & LEX.GIVEN) !== 0 && !(bits & NOT_GIVEN) && !g.endsWith('ة') && !ctx.clusterOf?.(g);
}
