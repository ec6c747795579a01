/**
 * A listed given name the tagger left out before a lone family name it tagged (قال أزهر [عباس]،
 * الزعيم طيب [أردوغان]): the word before the tagged word is a given name the curated lists know
 * and no list knows as anything else, and what stands before it opens a name's place in the
 * sentence (a word with the article, a verb of speech, a title, a demonym, a mark). After any
 * other word (أبهر وائل [كفوري]، وكانت فاليري [غوم]) the tagged word must be a family name the lists
 * know only as a name, or not at all, and no other given name stands before it on the page: نظام
 * [الأسد] beside بشار الأسد is a noun and the surname of another name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { RELATIVE_PRONOUNS, isNameConnector } from './name-words';
import { NAME_CLASS, isNotAName } from './people-not-names';
import { hasNounEnding, type BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';
import { procliticSplits, type Token } from './tokenize';
import { INTRODUCES, isCommonGivenNameBefore } from './people-common-given';

/** Marks before a name's first word: a comma, a colon, a full stop, a bracket, a dash. */
const OPENING = new Set(['،', ',', ':', '.', '(', '-', '–', '؛']);

/**
 * Whether the word before the one-word person span at token ts is a listed given name left out of it.
 * @example isListedGivenNameBefore(ctx of 'وقال الزعيم طيب أردوغان إن', 3, 4) → true
 */
export function isListedGivenNameBefore(ctx: BoundsContext, ts: number, te: number): boolean {
  const given = ctx.tokens[ts - 1], before = ctx.tokens[ts - 2];
  if (te - ts !== 1 || given?.kind !== 'word' || !before || isNotAName(ctx, given)) return false;
  const g = foldArabic(given.text), bits = ctx.classOf(g);
  if (g.startsWith('ال') || isNameConnector(g) || !(bits & LEX.GIVEN)) return false;
  // (or, المؤلفة آمال [حجازي]: at the family name's first mention, one the lists also know as a common word: people-common-given)
  return isOnlyGivenNameBefore(ctx, ts, g, bits, before) || isCommonGivenNameBefore(ctx, ts, g, bits);
}

/** Whether the given name `g`, which no list knows as anything else, is left out before the family name at token ts. */
function isOnlyGivenNameBefore(ctx: BoundsContext, ts: number, g: string, bits: number, before: Token): boolean {
  if (bits & ~NAME_CLASS) return false;
  // The tagged word is a family name, not a second given name (محمد [علي] stays as tagged).
  const f = foldArabic(ctx.tokens[ts]!.text);
  // أسماء الفائزين: a plural or a feminine noun is no family name.
  if (ctx.classOf(f) & LEX.GIVEN && !(ctx.classOf(f) & LEX.SURNAME) || hasNounEnding(f)) return false;
  if (before.kind !== 'word') return OPENING.has(before.text);
  const b = foldArabic(before.text);
  // الذي خلف المالكي: after a relative pronoun the word is the verb of its clause.
  if (RELATIVE_PRONOUNS.has(b)) return false;
  if (/^[وف]?ال/.test(b) && !(ctx.classOf(b) & NAME_CLASS) || (ctx.classOf(b) & INTRODUCES) !== 0) return true;
  // في رسم [كاريكاتيري]، في خميس [مشيط]: after في a noun of place or time, not a person, is likely.
  return b !== 'في' && !(ctx.classOf(f) & ~FAMILY_CLASS) && !followsOtherGivenName(ctx, ts, g, f);
}

/** Classes a family name may have: a person's name, a surname, a name the corpora show. */
const FAMILY_CLASS = LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;

/** Whether the family word `f` of token ts stands elsewhere on the page after a given name other than `g` (بشار الأسد). */
function followsOtherGivenName(ctx: BoundsContext, ts: number, g: string, f: string): boolean {
  const { tokens } = ctx;
  for (let j = 1; j < tokens.length; j++) {
    if (j === ts || tokens[j]!.kind !== 'word' || tokens[j - 1]!.kind !== 'word' || foldArabic(tokens[j]!.text) !== f) continue;
    const prev = tokens[j - 1]!, p = foldArabic(prev.text);
    // غوكوني عويدي: a word no list knows, no verb and no clitic on a word, may be a given name too.
    if (p !== g && (ctx.classOf(p) & LEX.GIVEN || ctx.classOf(p) === 0 && !isVerbForm(p) && procliticSplits(prev.text).length === 1)) return true;
  }
  return false;
}
