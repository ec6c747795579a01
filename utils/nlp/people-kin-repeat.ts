/**
 * A given name no list knows, or one shaped as a common noun (نادية ends in ة as a noun does),
 * after a kinship noun with a possessive pronoun (ابنتهما نادية، زوجي عز): the noun alone does
 * not tell a name from a description (ابنته الصغرى، زوجها المريض), but a word the page writes
 * again after another kinship noun or after a speech verb (وقالت نادية) is the person's name.
 */
import { foldArabic } from './normalize';
import { KIN_WITH_ANY_PRONOUN, endsInCompoundHalf } from './name-words';
import { isRareOrNameOnly } from './people-demonym';
import { ARABIC_WORD, isSpeechToken, type BoundsContext } from './people-context';
import type { Token } from './tokenize';

/** Per page: how many times each folded word follows a kinship noun, and the words after a speech verb. */
const cues = new WeakMap<readonly Token[], { afterKin: Map<string, number>; afterSpeech: Set<string> }>();

/** The words of the page after a kinship noun (with their counts) and after a speech verb, built once a page. */
function pageCues(ctx: BoundsContext) {
  let c = cues.get(ctx.tokens);
  if (c) return c;
  c = { afterKin: new Map(), afterSpeech: new Set() };
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!, prev = tokens[i - 1]!;
    if (t.kind !== 'word' || prev.kind !== 'word') continue;
    const f = foldArabic(t.text);
    if (isKinNoun(prev)) c.afterKin.set(f, (c.afterKin.get(f) ?? 0) + 1);
    else if (isSpeechToken(ctx, prev)) c.afterSpeech.add(f);
  }
  cues.set(ctx.tokens, c);
  return c;
}

const isKinNoun = (t: Token) => KIN_WITH_ANY_PRONOUN.test(foldArabic(t.text));

/**
 * The token range [i, i + 1) of a name after a kinship noun with a possessive pronoun that the
 * page writes again after another kinship noun or a speech verb, or null. nameAfterKinNoun
 * (people-kin-name.ts) asks this after its own look at the noun.
 * @example nameAfterKinRepeated(ctx of 'ابنتهما نادية … وقالت نادية', 1) → [1, 2]
 */
export function nameAfterKinRepeated(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const t = ctx.tokens[i], noun = ctx.tokens[i - 1];
  if (i < 1 || covered[i] || t?.kind !== 'word' || noun?.kind !== 'word') return null;
  const f = foldArabic(t.text);
  // ابنته الصغرى، وابنه وزوجته: a word with the article or behind و is no name here.
  if (f.length < 2 || !ARABIC_WORD.test(f) || f.startsWith('ال') || f.startsWith('و')) return null;
  // في، من، أن after قال: a word the lists know only as another kind, or a common word of the
  // corpora, is no name; a word listed as a name only or a rare word (نادية، كروكوس) may be.
  if (!isRareOrNameOnly(ctx, f)) return null;
  const c = pageCues(ctx);
  if ((c.afterKin.get(f) ?? 0) < 2 && !c.afterSpeech.has(f)) return null;
  // زوجي عز الدين: the second half of a compound given name belongs to it.
  const next = ctx.tokens[i + 1];
  return next?.kind === 'word' && !covered[i + 1] && endsInCompoundHalf([f, foldArabic(next.text)]) ? [i, i + 2] : [i, i + 1];
}
