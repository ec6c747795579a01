/**
 * A name noun pointed at with a demonstrative (هذا البرنامج، تلك المبادرة) refers back to a thing
 * the text has already named; words in marks right after it are what is said of it, not its name:
 * قال في بيان إن هذا البرنامج «سيمثل محور الحملة» is a quotation, برنامج «سيمثل …» would be a title.
 */
import type { QuoteContext } from './quotes-context';

/** Demonstratives (folded) that point at a noun after them. */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هذان', 'هذين', 'هاتان', 'هاتين', 'هولاء', 'اولئك']);

/**
 * True for a folded demonstrative, with a و/ف/ب/ل on it (هذا، وهذه، فتلك، بهذا).
 * @example isDemonstrative('فهذا') → true
 */
export function isDemonstrative(f: string): boolean {
  return DEMONSTRATIVES.has(f.replace(/^[وفبل](?=[هذت])/, ''));
}

/**
 * True when token `noun` is a definite noun right after a demonstrative (a و/ف/ب/ل allowed on it).
 * @example isPointedNoun(ctx, i) for 'إن هذا البرنامج «…»' with i at البرنامج → true
 * @example isPointedNoun(ctx, i) for 'برنامج «…»' → false
 */
export function isPointedNoun(ctx: QuoteContext, noun: number): boolean {
  if (noun < 1 || ctx.breakBefore[noun]) return false;
  if (!/^(?:ال|لل)/.test(ctx.f(noun))) return false;
  return isDemonstrative(ctx.f(noun - 1));
}
