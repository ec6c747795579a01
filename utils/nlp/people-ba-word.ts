/**
 * A lone name the page only ever writes behind the letter ب (قال المتحدث باسم بوينغ … وقالت
 * بوينغ، قريبا من باغا … عن باغا) is a word that begins with ب, not the preposition ب and a name:
 * a person named again would stand at least once without the preposition. Such a word (بوينغ،
 * باغا) the tagger read as ب + a short name is no person.
 */
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';
import { dropDrafts, fullNameWords, type Draft } from './people-link';

/** How many times the page must write the word, always behind ب, to tell. */
const MIN_TIMES = 2;

/**
 * Drops, in place, the one-word drafts cut after a ب that the page writes at least twice and
 * never without it, unless a fuller name of the page holds the word.
 * @example dropWordsAlwaysAfterBa(ctx of 'قالت بوينغ إن … باسم بوينغ', drafts 'وينغ', 'وينغ') → none left
 */
export function dropWordsAlwaysAfterBa(ctx: BoundsContext, drafts: Draft[]): void {
  const inNames = fullNameWords(drafts);
  const verdict = new Map<string, boolean>();
  dropDrafts(drafts, (d) => {
    const t = ctx.tokens[d.tokenStart]!, w = d.words[0]!;
    const cut = d.words.length === 1 && d.start === t.start + 1 && t.text.startsWith('ب') && !inNames.has(w);
    if (cut && !verdict.has(w)) verdict.set(w, isAlwaysAfterBa(ctx, w));
    return cut && verdict.get(w) === true;
  });
}

/** Whether the page writes the folded word `w` at least MIN_TIMES times as a word, always as ب + w. */
function isAlwaysAfterBa(ctx: BoundsContext, w: string): boolean {
  let times = 0;
  for (const t of ctx.tokens) {
    if (t.kind !== 'word' || !t.text.endsWith(w.slice(-1))) continue;
    const f = foldArabic(t.text);
    if (f === 'ب' + w) times++;
    else if (f.endsWith(w) && f.length <= w.length + 2) return false;
  }
  return times >= MIN_TIMES;
}
