/**
 * A name the tagger ran on into the next word where the page gives the name without it
 * (ماجد عبدالله لايعني beside ماجد عبدالله، زكي طليمات يسألني beside زكي طليمات): the extra word
 * is no part of the name when no list knows it as a name and it carries no article. The name the
 * page gives has two words or more: a lone given name is too often written without the family
 * name that follows it (فاتن حمامة beside فاتن). After a compound given name (عبد العزيز، عز
 * الدين) the next word is most often the family name (عبد العزيز جباري), so it is taken off only
 * when shaped as an inflected word is (عز الدين نعالج).
 */
import { endsInCompoundHalf } from './name-words';
import { foldArabic } from './normalize';
import { hasNounEnding, hasPronounSuffix } from './people-context';
import { isVerbForm } from './people-extent';
import { NAME_CLASS } from './people-not-names';
import { tokenize } from './tokenize';
import type { Draft } from './people-link';


/**
 * Whether a folded word is shaped as an inflected word: a pronoun or a feminine or plural ending,
 * the opening of an imperfect verb, or the negation لا written on the verb.
 * @example hasInflectedShape('عينيه') → true; hasInflectedShape('ميليباند') → false
 */
export function hasInflectedShape(f: string): boolean {
  return hasNounEnding(f) || hasPronounSuffix(f, true) || isVerbForm(f) || f.startsWith('لا');
}

const key = (words: readonly string[]) => words.join(' ');

/**
 * Drops, in place, the last word of each draft whose other words the page gives as a name of
 * their own, when that word may be no part of a name (see the module comment).
 * @example trimWordAfterPageName(text, drafts of 'ماجد عبدالله', 'ماجد عبدالله لايعني', classOf) → the last is 'ماجد عبدالله'
 */
export function trimWordAfterPageName(text: string, drafts: Draft[], classOf: (w: string) => number): void {
  const names = new Set(drafts.map((d) => key(d.words)));
  for (const d of drafts) {
    const n = d.words.length;
    if (n < 2) continue;
    const name = d.words.slice(0, -1), extra = d.words[n - 1]!;
    if (!names.has(key(name)) || extra.startsWith('ال') || classOf(extra) & NAME_CLASS) continue;
    if (name.length === 1 || endsInCompoundHalf(name) && !hasInflectedShape(foldArabic(extra))) continue;
    const words = tokenize(text.slice(d.start, d.end)).filter((t) => t.kind === 'word');
    if (words.length !== n) continue;
    d.end = d.start + words[n - 2]!.end;
    d.words = name;
    d.tokenEnd--;
  }
}
