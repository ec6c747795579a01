/**
 * Where the words of a quotation the page never closed end, inside its paragraph: before a later
 * sentence that has marks of its own (a new statement), before a sentence the writer opens with a
 * speech verb (… بوحدة شعبها. وأكد رئيس البرلمان …), and before a comma that hands back to the
 * writer's lead-in (… وحلفائهم، لافتا إلى أن …؛ … قام به داعش، في إشارة إلى …). Else the words run to
 * the paragraph's end.
 */
import { foldArabic } from './normalize';
import { speechWord } from './quotes-speech';

/** A quotation mark of any family. */
const MARK = /["«»“”]/;
/** A word: a run of characters that are no space, punctuation or quotation mark. */
const WORD = '[^\\s،,:;؛.!؟?"«»“”]+';
/** The first word of a stretch of text. */
const FIRST_WORD = new RegExp(`^\\s*(${WORD})`);
/** A comma or a space and the two words after it: the writer's participle and what it introduces, or في إشارة. */
const LEAD_IN = new RegExp(`([،,]|\\s)\\s*(${WORD})(?:\\s+(${WORD}))?`, 'g');
/** What a participle of the writer's lead-in introduces when no comma stands before it: أن، بأن، إلى (أن). */
const INTRODUCED = new Set(['ان', 'بان', 'الي', 'انه', 'انها', 'بانه', 'بانها']);
/** Sentence openings that hand the page back to the writer (إلى ذلك، من جهته، رابط الخبر). */
const NARRATION = /^و?(?:الي ذلك|من جه[ةه] اخري|من جهت(?:ه|ها|هم)|من جانب(?:ه|ها|هم)|في غضون ذلك)[\s،,]|^رابط الخبر/;

/** The speech word of a folded word, reading a final ه as the feminine ة a page wrote so (مضيفه). */
function speechWordOf(f: string) {
  return speechWord(f) ?? (f.endsWith('ه') ? speechWord(`${f.slice(0, -1)}ة`) : undefined);
}

/** Whether `sentence` opens with a speech verb behind و or ف (وأكد، وأضاف، فقال) or the writer's narration (إلى ذلك). */
function opensWritersSentence(sentence: string): boolean {
  const m = FIRST_WORD.exec(sentence);
  if (!m) return false;
  const f = foldArabic(m[1] as string);
  return /^[وف]/.test(f) && speechWord(f)?.kind === 'verb' || NARRATION.test(foldArabic(sentence.trimStart().slice(0, 20)));
}

/** Whether a sentence that follows the quoted words starts the writer's narration again. */
function endsQuotedWords(sentence: string): boolean {
  return MARK.test(sentence) || opensWritersSentence(sentence);
}

/**
 * Offset of the first comma or space in `body` after which the writer's lead-in goes on (، لافتا،
 * مشيرا إلى أن، مضيفة بأن، ، في إشارة), or body.length.
 */
function leadInComma(body: string): number {
  LEAD_IN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LEAD_IN.exec(body)); ) {
    const f = foldArabic(m[2] as string), next = m[3] === undefined ? '' : foldArabic(m[3]);
    const comma = m[1] !== undefined && /[،,]/.test(m[1]);
    const w = speechWordOf(f);
    if (w?.kind === 'participle' && w.strong && (comma || INTRODUCED.has(next))) return m.index;
    if (comma && f === 'في' && next === 'اشارة') return m.index;
    // (the next look starts at the second word: it may open the lead-in itself)
    if (m[3] !== undefined) LEAD_IN.lastIndex = m.index + m[0].length - m[3].length - 1;
  }
  return body.length;
}

/**
 * The end of an unclosed quotation's words in `body` (its text up to the paragraph end): up to the
 * first sentence end followed by a sentence that has marks or opens with a speech verb, or up to
 * a comma before the writer's lead-in, whichever comes first; else all of it. One pass over the
 * sentence ends and one over the commas (a paragraph may be long).
 * @example unclosedEnd('إن الجماعات خطر. وأكد رئيس البرلمان أن …') → 16
 */
export function unclosedEnd(body: string): number {
  const clause = leadInComma(body);
  const ends = /[.!؟?](?=\s|$)/g;
  // Just after the last sentence end that a space follows (only those end the quoted words).
  let from = -1;
  for (let m: RegExpExecArray | null; (m = ends.exec(body)) && m.index < clause; ) {
    if (from >= 0 && endsQuotedWords(body.slice(from, m.index))) return from;
    from = m.index + 1 < body.length ? m.index + 1 : -1;
  }
  if (from >= 0 && from < clause && endsQuotedWords(body.slice(from, clause))) return from;
  return clause;
}
