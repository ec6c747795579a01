/**
 * What the two page-level repeat passes share (people-repeat-full.ts finds a full name again,
 * people-given-repeat.ts its given name alone): how confident a name must be, what a repeat keeps
 * of that confidence, and the reading of a word as a name's first word, bare or behind
 * proclitics (فعز الدين، لراف سيمونز، وعمر).
 */
import { foldedOffset } from './normalize';
import { procliticSplits, type Token } from './tokenize';

/** The least confidence of a name for its repeats to be found. */
export const MIN_REPEAT_CONFIDENCE = 0.7;
/** A repeat gets this fraction of the name's confidence. */
export const REPEAT_FACTOR = 0.9;
/** Proclitics a name's first word may carry: و، ف، ب، ل، ك and two of them (وب، فل). */
const MAX_CLITIC = 3;

/** A word read as a key: the key, where it starts in the original text, and whether a clitic stands before it. */
export interface KeyAt {
  readonly key: string;
  readonly start: number;
  readonly clitic: boolean;
}

/**
 * The reader of words as one of `keys` (folded first words of names), bare or behind proclitics;
 * it gives undefined for a word that reads as no key. A word `isWord` knows whole is not read
 * behind clitics: لصالح is "in favour of", not ل + صالح; كريم is a name, not ك + ريم.
 * @example keyReader(new Map([['عمر', …]]))(token 'وعمر', 'وعمر') → { key: 'عمر', start: token.start + 1, clitic: true }
 */
export function keyReader(keys: ReadonlyMap<string, unknown>, isWord: (folded: string) => boolean = () => false): (t: Token, folded: string) => KeyAt | undefined {
  // A word behind clitics ends as its key does: one whose last letter ends no key needs no readings.
  const lastLetters = new Set<number>();
  for (const key of keys.keys()) lastLetters.add(key.charCodeAt(key.length - 1));
  return (t, folded) => {
    // (clitic readings only for a word that ends with a key: most words do not)
    const reading = keys.has(folded) || !lastLetters.has(folded.charCodeAt(folded.length - 1)) || !mayEndInKey(folded, keys) || isWord(folded) ? undefined : procliticSplits(t.text).find((r) => r.prefix && !r.article && keys.has(r.stem));
    const key = reading?.stem ?? folded;
    if (!keys.has(key)) return undefined;
    return { key, start: t.start + foldedOffset(t.text, reading?.prefix.length ?? 0), clitic: reading !== undefined };
  };
}

/**
 * Whether the folded word may be a key behind proclitics: a key after its first 1–3 letters, or a
 * key with the article whose ا the ل of للـ swallowed (للوليد → الوليد). Every reading that
 * procliticSplits offers without the article is one of these, so this only spares the readings.
 */
function mayEndInKey(f: string, keys: ReadonlyMap<string, unknown>): boolean {
  for (let p = 1; p <= MAX_CLITIC && p < f.length; p++) {
    const rest = f.slice(p);
    if (keys.has(rest) || keys.has(`ا${rest}`)) return true;
  }
  return false;
}
