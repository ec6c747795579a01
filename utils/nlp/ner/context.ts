/**
 * Context features that look further than the neighbouring words: the look-back over modifiers
 * to a title or a speech verb, its crossing with the word's own name class, and what the other
 * mentions of the same word in the document stand next to (بلينكن alone, after أنتوني بلينكن
 * earlier on the page: the earlier mention followed a title and a given name).
 */
import { hashString, mixKey } from './hash';
import { LEX } from './lexicon';
import type { WordInfo } from './word-info';

const T_TITLE_CHAIN = 40, T_SPEECH_CHAIN = 41, T_CHAIN_LEX = 46, T_TITLE_X = 48, T_SPEECH_X = 49, T_GIVEN_X = 50, T_DOC = 51, T_DOC_REPEAT = 52;

/** Template ids of the look-back, for tests and tools. */
export const CONTEXT_TEMPLATES = { titleChain: T_TITLE_CHAIN, speechChain: T_SPEECH_CHAIN, doc: T_DOC } as const;

const SKIP_IN_CHAIN = LEX.MODIFIER | LEX.DEMONYM | LEX.COUNTRY;
const PERSONISH = LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;
const PLACE_PREPOSITIONS = new Set(['في', 'الى', 'من', 'بين', 'داخل'].map((w) => hashString(w)));
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت'].map((w) => hashString(w)));

/** Coarse name class of a word for the crossed features: 0 unknown … 5 place or organisation word. */
function nameClass(lex: number): number {
  if (lex & LEX.GIVEN) return 1;
  if (lex & (LEX.PERSON | LEX.SURNAME)) return 2;
  if (lex & LEX.CORPUS_PERS) return 3;
  if (lex & (LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.COUNTRY | LEX.PLACE)) return 5;
  if (lex & LEX.COMMON) return 4;
  return 0;
}

/** Where the look-back from token i ends: 1 + modifiers skipped, negated for a speech verb; 0 when neither. */
function lookBack(infos: readonly WordInfo[], i: number): number {
  let skipped = 0;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const wi = infos[j]!;
    if (wi.lex & LEX.TITLE) return 1 + Math.min(skipped, 3) + (skipped > 0 ? 0x100 * (j + 1) : 0);
    if (wi.lex & LEX.SPEECH) return -(1 + Math.min(skipped, 3));
    if (!(wi.lex & SKIP_IN_CHAIN) && !wi.nisba) return 0;
    skipped++;
  }
  return 0;
}

/**
 * Keys of the look-back from token i (in "قال وزير الخارجية التركي مولود" the title is three
 * words before the name), plus its crossings when `crosses` is on.
 */
export function chainKeys(infos: readonly WordInfo[], i: number, crosses: boolean, push: (k: number) => void): void {
  const back = lookBack(infos, i);
  const cls = crosses ? nameClass(infos[i]!.lex) : 0;
  if (back > 0) {
    const skipped = (back & 0xff) - 1;
    push(mixKey(T_TITLE_CHAIN, skipped));
    if (back > 0xff) push(mixKey(T_CHAIN_LEX, infos[(back >> 8) - 1]!.hash));
    if (crosses) push(mixKey(T_TITLE_X, skipped * 8 + cls));
  } else if (back < 0) {
    push(mixKey(T_SPEECH_CHAIN, -back - 1));
    if (crosses) push(mixKey(T_SPEECH_X, (-back - 1) * 8 + cls));
  }
  if (crosses && i > 0 && infos[i - 1]!.lex & LEX.GIVEN) push(mixKey(T_GIVEN_X, cls));
}

const DOC_BITS = 8;

/** What one mention stands next to, as bits (see `documentContext`). */
function mentionBits(infos: readonly WordInfo[], i: number): number {
  const back = lookBack(infos, i);
  const prev = i > 0 ? infos[i - 1]! : null;
  const next = i + 1 < infos.length ? infos[i + 1]! : null;
  let bits = 0;
  if (back > 0) bits |= 1;
  if (back < 0) bits |= 2;
  if (prev && prev.lex & LEX.GIVEN && !(prev.lex & LEX.TITLE)) bits |= 4;
  if (next && next.lex & PERSONISH) bits |= 8;
  if (prev && PLACE_PREPOSITIONS.has(prev.hash)) bits |= 16;
  if (prev && prev.lex & LEX.ORG_CUE) bits |= 32;
  if (prev && prev.lex & LEX.PLACE_CUE) bits |= 64;
  if (next && NAME_LINKS.has(next.hash)) bits |= 128;
  return bits;
}

/**
 * Per sentence and token, the context bits of the word's OTHER mentions in the document (its
 * own mention left out, so that a word named once gets nothing); bit 8 marks a repeated word.
 * @example documentContext([[قال، الرئيس، ماكرون], [وأضاف، ماكرون]])[1][1] → title bit set (from sentence 1)
 */
export function documentContext(sentences: readonly (readonly WordInfo[])[]): Uint16Array[] {
  const counts = new Map<number, Int32Array>();
  const own = sentences.map((infos) => {
    const bits = new Uint8Array(infos.length);
    for (let i = 0; i < infos.length; i++) {
      const b = (bits[i] = mentionBits(infos, i));
      for (const id of infos[i]!.ids) {
        let c = counts.get(id);
        if (!c) counts.set(id, (c = new Int32Array(DOC_BITS + 1)));
        c[DOC_BITS]!++;
        for (let k = 0; k < DOC_BITS; k++) if (b & (1 << k)) c[k]!++;
      }
    }
    return bits;
  });
  return sentences.map((infos, si) => {
    const out = new Uint16Array(infos.length);
    for (let i = 0; i < infos.length; i++) {
      const b = own[si]![i]!;
      let agg = 0;
      for (const id of infos[i]!.ids) {
        const c = counts.get(id)!;
        if (c[DOC_BITS]! > 1) agg |= 1 << DOC_BITS;
        for (let k = 0; k < DOC_BITS; k++) if (c[k]! - ((b >> k) & 1) > 0) agg |= 1 << k;
      }
      out[i] = agg;
    }
    return out;
  });
}

/** Keys of a token's document-context bits. */
export function documentKeys(bits: number, push: (k: number) => void): void {
  if (bits & (1 << DOC_BITS)) push(mixKey(T_DOC_REPEAT, 1));
  for (let k = 0; k < DOC_BITS; k++) if (bits & (1 << k)) push(mixKey(T_DOC, k));
}
