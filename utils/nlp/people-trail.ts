/**
 * A family name the tagger ran on into the next word (السيد قبادي استند إلى …، ويضيف أبو هنية
 * مستطردا): the page names the person in full elsewhere (شاهين قبادي) and by the family name
 * alone, so the extra word, a verb or a participle no list knows as a name, is no part of the
 * name. Left in, it makes a second entity for the same person, and partial mentions link to it.
 */
import { LEX } from './ner/lexicon';
import { isNameConnector } from './name-words';
import { tokenize } from './tokenize';
import type { Draft } from './people-link';

/** Classes that make a word a possible part of a person's name. */
const NAME_WORD = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;

const key = (words: readonly string[]) => words.join(' ');

/**
 * Drops, in place, the last word of each draft that is a family name the page also gives alone
 * and closing a fuller name (شاهين قبادي), followed by one word that no list knows as a name,
 * that no other mention of the page holds, and that the page writes after the family name only
 * once. The family name must not come after a connector in the fuller name (سعود in فيصل بن
 * عبدالعزيز آل سعود is another man's).
 * @example trimWordAfterFamilyName(text, drafts of 'شاهين قبادي', 'قبادي', 'قبادي استند', classOf) → the last is 'قبادي'
 */
export function trimWordAfterFamilyName(text: string, drafts: Draft[], classOf: (w: string) => number): void {
  const count = new Map<string, number>();
  const wordUse = new Map<string, number>();
  // Closing words (one or two) of fuller names, with the first word of each name closing so.
  const closing = new Map<string, Set<string>>();
  for (const d of drafts) {
    const k = key(d.words);
    count.set(k, (count.get(k) ?? 0) + 1);
    for (const w of new Set(d.words)) wordUse.set(w, (wordUse.get(w) ?? 0) + 1);
    for (let j = 1; j <= 2 && j < d.words.length; j++) {
      if (isNameConnector(d.words[d.words.length - j - 1]!)) continue;
      const tail = key(d.words.slice(-j));
      (closing.get(tail) ?? closing.set(tail, new Set()).get(tail)!).add(d.words[0]!);
    }
  }
  for (const d of drafts) {
    const n = d.words.length;
    if (n < 2 || n > 3) continue;
    const family = d.words.slice(0, -1), extra = d.words[n - 1]!, k = key(family);
    const firsts = closing.get(k);
    if (!firsts || !count.has(k) || count.get(key(d.words)) !== 1) continue;
    // The fuller name must open with another word: قبادي استند after شاهين قبادي, not a name of its own.
    if (firsts.size === 1 && firsts.has(d.words[0]!)) continue;
    // A word with the article after a name is most often a family name (محمد الشريف، نصر الله الحسيني).
    if (extra.startsWith('ال') || classOf(extra) & NAME_WORD || wordUse.get(extra) !== 1) continue;
    const words = tokenize(text.slice(d.start, d.end)).filter((t) => t.kind === 'word');
    if (words.length !== n) continue;
    d.end = d.start + words[n - 2]!.end;
    d.words = family;
    d.tokenEnd--;
  }
}
