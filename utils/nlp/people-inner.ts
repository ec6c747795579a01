/**
 * Function words that a tagged span sometimes runs across, joining two names or a name and the
 * words before it: a preposition (تفوق بوتين على أوباما), a pronoun as the copula (مستشار
 * للبغدادي هو تركي البنعلي), its negation (هند ليست سعاد), a kin noun between the relatives'
 * names (كان خالد شقيق عمر الحلقة), the vocative يا (مبسوط منك خالص يا فاتن). None stands
 * inside a name, so people-bounds.ts cuts the span there.
 */
import { written } from './name-words';
import { isNotAName } from './people-not-names';
import { LEX } from './ner/lexicon';
import { someStem, words, type BoundsContext } from './people-context';
import type { Token } from './tokenize';

/** Whether a reading of token `t`, a conjunction off (ومحمد), is a given name. */
const isGivenName = (ctx: BoundsContext, t: Token) => someStem(t.text, (f) => (ctx.classOf(f) & LEX.GIVEN) !== 0);

/** The pronouns that stand as a copula between two nouns, and the negation ليس; written forms. */
const COPULA = new Set(['هو', 'هي', 'ليس', 'ليست']);

/** Kin nouns: the name after one is the relative's (حفيد الشريف، زوجة أبي علي), never part of a name. */
export const KIN = words('حفيد حفيدة نجل نجلة شقيق شقيقة زوج زوجة أرملة طليقة والد والدة');

/**
 * The token index inside (ts, te - 1) of a word that cuts the span, and whether the words before
 * it may still be a name (not after يا, which follows the speaker's words), or null.
 * @example innerBreak(ctx of 'تفوق بوتين على أوباما', 1, 4) → { at: 2, keepBefore: true }
 */
export function innerBreak(ctx: BoundsContext, ts: number, te: number): { at: number; keepBefore: boolean } | null {
  for (let k = ts + 1; k < te - 1; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') continue;
    const w = written(t.text);
    if (w === 'يا') return { at: k, keepBefore: false };
    // على as the page writes the preposition (isNotAName tells it from the name علي), not after a
    // given name, where some pages write the name علي so (محمد على العجري).
    if (COPULA.has(w) || someStem(t.text, (f) => KIN.has(f)) || (/^عل[ىي]$/.test(w) && isNotAName(ctx, t) && !isGivenName(ctx, ctx.tokens[k - 1]!))) return { at: k, keepBefore: true };
  }
  return null;
}
