/**
 * A common noun with a possessive pronoun (زيارتي، قناتي، بطله، شعوري) that the tagger read as a
 * one-word name: with the pronoun off, and ت given back its ة (زيارت → زيارة), the word is one the
 * lists know as a common word, a role or a cue (زيارة، قناة، بطل), never as a name. A word with the
 * article is left alone: there ي is most often a nisba, a family name (السلمي).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { NAME_CLASS } from './people-not-names';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';

/** Possessive pronouns, longest first; not ك nor نا, which end many names (مالك، دانا). */
const PRONOUNS = ['هما', 'هم', 'ها', 'ه', 'ي'];
/** Classes of a stem that make the word a noun with a pronoun: a common word, a role, a cue. */
const NOUN_CLASS = LEX.COMMON | LEX.TITLE | LEX.ORG_CUE | LEX.PLACE_CUE;
/** The shortest stem taken, so that short names are left alone (سري، عمه). */
const MIN_STEM = 3;

/**
 * Whether a folded word is a common noun with a possessive pronoun and no name itself.
 * @example isOwnedNoun(ctx, 'زيارتي') → true (زيارة)
 * @example isOwnedNoun(ctx, 'حسني') → false (a listed name)
 */
export function isOwnedNoun(ctx: BoundsContext, f: string): boolean {
  // السلمي، القصبي: a word with the article ending in ي is a family name, a nisba.
  if (f.startsWith('ال') || ctx.classOf(f) & NAME_CLASS) return false;
  const p = PRONOUNS.find((s) => f.endsWith(s));
  if (!p) return false;
  const stem = f.slice(0, -p.length);
  if (stem.length < MIN_STEM) return false;
  const noun = (w: string) => (ctx.classOf(w) & NOUN_CLASS) !== 0 && !(ctx.classOf(w) & NAME_CLASS);
  return noun(stem) || (stem.endsWith('ت') && noun(stem.slice(0, -1) + 'ة'));
}

/**
 * Drops, in place, each one-word draft that is a common noun with a possessive pronoun.
 * @example dropOwnedNouns(ctx of 'تزامنت زيارتي مع عرس', drafts 'زيارتي') → none left
 */
export function dropOwnedNouns(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d) => d.words.length === 1 && isOwnedNoun(ctx, foldArabic(d.words[0]!)));
}
