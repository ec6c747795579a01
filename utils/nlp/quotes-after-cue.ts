/**
 * The speech word right after a closed pair of marks that says whose words they were: «…»، قال
 * الوزير; «…»، كما يقول الخبير; «…»، بهذه الكلمات أوجز القائد; «…» على حد قوله. Read by cuesOf
 * (quotes-cues.ts); the attribution reads the subject after it.
 */
import { AS, isAsCue, isThisIsWhat } from './quotes-as-said';
import type { QuoteContext } from './quotes-context';
import type { Cues } from './quotes-cues';
import { speechWord } from './quotes-speech';
import { speechAt } from './quotes-speech-at';

/** بهذه، بتلك … before the words just quoted (بهذه الكلمات أوجز …). */
const THESE = new Set(['بهذه', 'بتلك', 'بهذا', 'بهذي']);
/** Nouns for the wording of what was said (folded). */
const WORDING = new Set(['الكلمات', 'الكلمة', 'العبارة', 'العبارات', 'الجملة', 'الجمل', 'الكلام', 'القول']);

/**
 * The speech word after the pair closed by token `close` (of `words` words), and whether كما/هكذا
 * stands before it (the words are as its subject said them).
 * @example speechAfter(ctx, i) for '«الوضع صعب»، قال الوزير' → { after: { at: i + 2, … }, asSaid: false }
 */
export function speechAfter(ctx: QuoteContext, close: number, words: number): { after: Cues['after']; asSaid: boolean } {
  let k = close + 1;
  // («…»؛ هكذا يقول …: a semicolon before the "thus"/"as" that names the speaker)
  if (ctx.f(k) === '،' || ctx.f(k) === ',' || (ctx.f(k) === '؛' && AS.test(ctx.f(k + 1)))) k++;
  // «…»، كما يقول: the words are as the verb after كما has them said; «…»، هكذا تحدث المؤسس: "thus" spoke the one after the verb.
  if (k > close + 1 && AS.test(ctx.f(k)) && !ctx.breakBefore[k + 1] && speechAt(ctx, k + 1)?.kind === 'verb') k++;
  // «…» هذا ما يقوله صاحب الفكرة: "this is what" the subject of the verb after it says.
  if (isThisIsWhat(ctx, k + 2) && !ctx.breakBefore[k] && !ctx.breakBefore[k + 2] && speechAt(ctx, k + 2)?.kind === 'verb') k += 2;
  const w = k < ctx.tokens.length && !ctx.breakBefore[k] ? speechAt(ctx, k) : undefined;
  // «…»، قال الوزير; without the comma only a quotation long enough not to be the verb's subject («عكاظ» تنشر).
  const sayable = k > close + 1 || words >= 5;
  // …»، قال الوزير attributes; …». وقال opens the next sentence.
  // (a verb whose own first letter is و is not conjoined: «…»، كما وصفتها الوزارة)
  const conjoined = w?.kind === 'verb' && /^[وف]/.test(ctx.f(k)) && speechWord(ctx.f(k).slice(1)) !== undefined;
  if (w && sayable && (w.kind === 'verb' || w.kind === 'source') && !conjoined) return { after: { at: k, word: w }, asSaid: isAsCue(ctx, k) || isThisIsWhat(ctx, k) };
  // «…»، بهذه الكلمات أوجز القائد …: the verb after "with these words" is a speech act, its subject the speaker.
  if (k > close + 1 && THESE.has(ctx.f(k)) && WORDING.has(ctx.f(k + 1)) && ctx.tokens[k + 2]?.kind === 'word' && !ctx.breakBefore[k + 2]) return { after: { at: k + 2, word: { kind: 'verb', strong: true } }, asSaid: false };
  if (ctx.f(k) === 'علي' && ctx.f(k + 1) === 'حد') return { after: { at: k + 1, word: { kind: 'noun', strong: true } }, asSaid: false };
  return { after: null, asSaid: false };
}
