/**
 * Words that are a speech verb or a noun by the same letters (كتب "wrote" / "books", ذكر
 * "mentioned" / "mention", نقل "reported" / "transfer", رأى "saw" / رأي "opinion"), read as the
 * noun when they go on a list inside a sentence: دواوين الشعر، والقصص القصيرة، وكتب الأطفال is a
 * list of books, not "and the children wrote" — taken for a verb, الأطفال became the speaker of
 * the next bare وقال. A verb of that shape, in the middle of a sentence, says what was said
 * (…، وذكر المتحدث أن، …، وكتب الوزير: «…»، …، ونقل الموقع عن …); a list item does not.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isThat } from './quotes-speech';

/** The ambiguous past forms with a leading و or ف (folded). */
const JOINED = /^[وف](?:كتب|ذكر|نقل|راي)$/;

/** Words after such a verb that show it reports speech: its source (عن), its content (قوله). */
const REPORTING = new Set(['عن', 'قوله', 'قولها', 'بقوله', 'بقولها']);

/** Tokens after the word read for a sign of reported speech. */
const REACH = 12;

/**
 * True when the token at `i` (وكتب، وذكر، ونقل، ورأي) continues a list inside its sentence and
 * governs a definite noun, with nothing said after it: a noun, not a speech verb.
 * @example isListNoun(ctx, i) for 'وكتب' in 'من دواوين الشعر، والقصص، وكتب الأطفال، إلى أربعة عشر كتابا.' → true
 * @example isListNoun(ctx, i) for 'وذكر' in 'زار المعرض، وذكر المتحدث أن الزوار كثر.' → false
 */
export function isListNoun(ctx: QuoteContext, i: number): boolean {
  if (i === 0 || ctx.breakBefore[i] || !JOINED.test(ctx.f(i))) return false;
  // Inside a sentence: after a comma or a word, not at its start or after a colon or a mark.
  const prev = ctx.tokens[i - 1];
  if (!prev || isSentenceEnd(ctx, i - 1) || (prev.kind === 'punct' && ctx.f(i - 1) !== '،')) return false;
  const next = ctx.f(i + 1);
  if (ctx.tokens[i + 1]?.kind !== 'word' || !next.startsWith('ال') || next.length <= 3) return false;
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 1 + REACH); k++) {
    const f = ctx.f(k);
    if (isThat(f) || REPORTING.has(f) || f === ':' || ctx.pairEnd.has(k)) return false;
    if (isSentenceEnd(ctx, k)) break;
  }
  return true;
}
