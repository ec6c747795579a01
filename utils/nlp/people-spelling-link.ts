/**
 * A person whose foreign name the page spells two ways (آرون بوشنيل in the headline, آرون بوشنل
 * and بوشنل in the body) is one entity: the card counts every mention and the history one person.
 * Only words the lists know as no given name, place or common word are read as spellings of each
 * other: سلمان and سليمان, given names a letter tells apart, stay two people.
 */
import { LEX } from './ner/lexicon';
import { isSpelling } from './name-spelling';

/** Classes of a word that make a letter's difference another word, not another spelling. */
const NOT_A_SPELLING = LEX.GIVEN | LEX.COMMON | LEX.TITLE | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE;

/**
 * Whether one folded word is the other with the ending ي in place of its last letter or after it:
 * a nisba or the pronoun "my" on the same stem (حمامي, my bath, is no spelling of حمامة).
 */
function isYaEnding(a: string, b: string): boolean {
  const [other, ya] = b.endsWith('ي') ? [a, b] : [b, a];
  return ya.endsWith('ي') && (ya === `${other}ي` || ya.slice(0, -1) === other.slice(0, -1));
}

/** Whether two folded words are spellings of one foreign name (name-spelling), neither a word the lists know otherwise. */
function isForeignSpelling(a: string, b: string, classOf: (folded: string) => number): boolean {
  return isSpelling(a, b) && !isYaEnding(a, b) && ((classOf(a) | classOf(b)) & NOT_A_SPELLING) === 0;
}

/**
 * Whether the name `short` (words in the spelling linking compares) is another spelling of `long`:
 * as many words, all the same but one spelt another way; or one word, the last of `long` spelt
 * another way (بوشنل for آرون بوشنيل).
 * @example isSpeltAs(['ارون', 'بوشنل'], ['ارون', 'بوشنيل'], classOf) → true
 */
function isSpeltAs(short: readonly string[], long: readonly string[], classOf: (folded: string) => number): boolean {
  if (short.length === 1 && long.length > 1) return isForeignSpelling(short[0]!, long[long.length - 1]!, classOf);
  if (short.length !== long.length) return false;
  let apart = -1;
  for (let i = 0; i < short.length; i++) {
    if (short[i] === long[i]) continue;
    if (apart >= 0) return false;
    apart = i;
  }
  return apart >= 0 && isForeignSpelling(short[apart]!, long[apart]!, classOf);
}

/**
 * The one entity head whose name `words` spells another way, or null when there is none or more
 * than one (two Bushnells of the page: a lone بوشنل is left to the other links).
 * @example spelledHead(['بوشنل'], [head 'آرون بوشنيل'], wordsOf, classOf) → that head
 */
export function spelledHead<T>(words: readonly string[], heads: readonly T[], wordsOf: (h: T) => readonly string[], classOf: (folded: string) => number): T | null {
  const found = heads.filter((h) => isSpeltAs(words, wordsOf(h), classOf));
  return found.length === 1 ? found[0]! : null;
}

/**
 * The mention each entity spelt two ways (`varied`: the heads another full spelling joined) is
 * named by: its fullest name in the spelling the page uses most, the first written on a tie
 * (آرون بوشنل, twenty times in the body, over آرون بوشنيل once in the headline). Other entities
 * keep their head's name: their spellings (عبد الله، عبدالله) compare as one.
 * @example namingMentions(drafts, headOf, wordsOf, new Set([head 'آرون بوشنيل'])) → Map { head 'آرون بوشنيل' → draft 'آرون بوشنل' }
 */
export function namingMentions<T>(drafts: readonly T[], headOf: ReadonlyMap<T, T>, wordsOf: (d: T) => readonly string[], varied: ReadonlySet<T>): Map<T, T> {
  const out = new Map<T, T>();
  if (varied.size === 0) return out;
  const counts = new Map<T, Map<string, { first: T; n: number }>>();
  for (const d of drafts) {
    const h = headOf.get(d)!;
    if (!varied.has(h) || wordsOf(d).length !== wordsOf(h).length) continue;
    const key = wordsOf(d).join(' ');
    const byKey = counts.get(h) ?? new Map<string, { first: T; n: number }>();
    counts.set(h, byKey);
    const c = byKey.get(key);
    if (c) c.n++;
    else byKey.set(key, { first: d, n: 1 });
  }
  for (const [h, byKey] of counts) {
    // (ties go to the head's own spelling, the first written)
    let best = byKey.get(wordsOf(h).join(' '))!;
    for (const c of byKey.values()) if (c.n > best.n) best = c;
    out.set(h, best.first);
  }
  return out;
}
