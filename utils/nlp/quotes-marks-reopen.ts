/**
 * A quotation the page never closed, taken for the outer quotation of the next one: the page
 * forgets a closing mark, so the next quotation's marks nest in it and its own closing mark is
 * found far on, around several quotations (مشيرا إلى أن «نتنياهو … الكونجرس. وفي مقابلة … وقال
 * أوباما: «نحن لا نقيس …» … »). A quotation of the same family nested after a sentence of the
 * outer one has ended, where a new quotation starts (after a colon, or at a sentence's start),
 * is a new quotation: the outer one ends, unclosed, before it. A quotation nested in one sentence
 * (التي نصها: «…») or in another family of marks (“… فقال: «…»”) stays nested. And a quotation
 * left open and reopened right after a sentence end, its paragraph's line break lost, is one.
 */
import { isBreak, isSentencePunct, isSpace } from './quotes-mark-chars';
import type { MarkPair } from './quotes-marks';

/** The index of the last character before `i` that is no space, down to `floor` (floor - 1 when none). */
function beforeSpaces(text: string, i: number, floor = 0): number {
  let j = i - 1;
  while (j >= floor && isSpace(text.charCodeAt(j))) j--;
  return j;
}

/** True when the mark at `i` opens a new quotation: a colon or a sentence end before it, spaces aside. */
function isIntroduced(text: string, i: number): boolean {
  const j = beforeSpaces(text, i);
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  return c === 0x3a || isSentencePunct(c);
}

/**
 * The pair of one paragraph that reopens the quotation the page left open at `dangling`: the
 * first pair after it whose opening mark stands after the end of a sentence and a space (…
 * الفعل. “هذه التشريعات …”), where a paragraph's line break was lost and the page reopened the
 * quotation as for a new paragraph; its closing mark closes both. Null when there is none.
 * (Reopened after a colon, a quotation is a new one: cutReopened.)
 */
export function reopenedInLine(text: string, dangling: number, pairs: ReadonlyArray<[number, number]>): [number, number] | null {
  let first: [number, number] | null = null;
  for (const pair of pairs) if (pair[0] > dangling && (!first || pair[0] < first[0])) first = pair;
  if (!first) return null;
  const j = beforeSpaces(text, first[0], dangling + 1);
  return j < first[0] - 1 && isSentencePunct(text.charCodeAt(j)) ? first : null;
}

/** True when a sentence ends (its punctuation followed by a space) in text[from, to), all in one paragraph. */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  let found = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) return false;
    if (i + 1 < to && isSentencePunct(c) && isSpace(text.charCodeAt(i + 1))) found = true;
  }
  return found;
}

/**
 * The pairs of one family of marks (sorted by opening), with each closed pair that holds a new
 * quotation of the same family cut, unclosed, before that quotation's opening mark.
 * @example cutReopened('قال: «نعم. وقال: «لا» ثم»', [{ open: 5, close: 23, … }, { open: 16, close: 19, … }]) → [{ open: 5, close: 15, closed: false, … }, { open: 16, close: 19, … }]
 */
export function cutReopened(text: string, pairs: MarkPair[]): MarkPair[] {
  const out: MarkPair[] = [];
  // Indices (in out) of the closed pairs enclosing the current one, innermost last.
  const stack: number[] = [];
  for (const p of pairs) {
    while (stack.length > 0 && (out[stack[stack.length - 1] as number] as MarkPair).close < p.open) stack.pop();
    const k = stack[stack.length - 1];
    const outer = k === undefined ? undefined : (out[k] as MarkPair);
    if (outer && outer.closed && p.close <= outer.close && isIntroduced(text, p.open) && hasSentenceEnd(text, outer.open + 1, p.open)) {
      // The outer pair ends before p (before the space or colon that precedes it): it no longer encloses p or what follows.
      out[k as number] = { open: outer.open, close: p.open - 1, closed: false, paragraphs: 1 };
      stack.pop();
      while (stack.length > 0 && (out[stack[stack.length - 1] as number] as MarkPair).close < p.open) stack.pop();
    }
    out.push(p);
    if (p.closed) stack.push(out.length - 1);
  }
  return out;
}
