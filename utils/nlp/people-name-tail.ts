/**
 * A family name left out after a name whose last word the lists cannot vouch for as a given name:
 * a compound given name or a kunya (كتب [عبد الله] المرشود عن …، الشاعر [أبو الطيب] المتنبئ.)
 * and the family names opened by ذو (المخرج [عز الدين] ذو الفقار). The rules for a lone given
 * name and a nasab (people-extent.ts) look at one listed given name, so a two-word given name
 * opened by عبد or أبو falls between them; ذو، "owner of", heads family names of old (ذو الفقار،
 * ذو النون) and after a person's name is not read as an adjective's head.
 */
import { foldArabic } from './normalize';
import { foldedAt } from './people-word-table';
import { LEX } from './ner/lexicon';
import { AFTER_NAME } from './people-extent';
import { isNameOnlyFamily } from './people-nasab-family';
import { isNotAName } from './people-not-names';
import { spacedOnly, type BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { procliticSplits, type Token } from './tokenize';

/** The first words of a two-word given name or kunya, folded (عبد الله، أبو الطيب). */
export const COMPOUND_HEAD = new Set(['عبد', 'ابو']);
/** Marks and words that close a name, after which a word with the article is no object or adjective. */
const CLOSING = new Set([...AFTER_NAME, '»', '"', 'الذي']);
/** Only letters after the article (الفقار, not الـ80). */
const LETTERS = /^ال[\u0621-\u064A]{3,}$/;

/**
 * Extends, in place, each draft by the family name left out after it: after a two-word given
 * name or kunya, a word with the article the lists know only as a name or not at all, before
 * what closes a name; after any name, ذو and such a word.
 * @example extendNameTails(ctx of 'كتب عبد الله المرشود عن الأمر', draft 'عبد الله') → 'عبد الله المرشود'
 */
export function extendNameTails(ctx: BoundsContext, drafts: Draft[]): void {
  const starts = new Set(drafts.map((d) => d.tokenStart));
  for (const d of drafts) {
    const b = d.tokenEnd;
    let take = 0;
    if (isDhuFamily(ctx, b)) take = 2;
    else if (d.tokenEnd - d.tokenStart === 2 && opensCompound(ctx.tokens[d.tokenStart]!) && isClosedFamily(ctx, b)) take = 1;
    if (!take || starts.has(b) || !spacedOnly(ctx, b - 1, b + take)) continue;
    d.end = ctx.tokens[b + take - 1]!.end;
    for (let k = b; k < b + take; k++) d.words.push(foldedAt(ctx, k));
    d.tokenEnd = b + take;
  }
}

/** Whether a word is عبد or أبو, also behind a conjunction (وأبو البراء). */
function opensCompound(t: Token): boolean {
  return procliticSplits(t.text).some((r) => !r.article && /^[وف]?$/.test(r.prefix) && COMPOUND_HEAD.has(foldArabic(r.stem)));
}

/** Whether tokens i, i+1 are ذو and a family word with the article (ذو الفقار). */
function isDhuFamily(ctx: BoundsContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && foldedAt(ctx, i) === 'ذو' && isFamilyWord(ctx, i + 1);
}

/** Whether token i is a family word with the article and what follows it closes the name (المرشود عن، المتنبئ.). */
function isClosedFamily(ctx: BoundsContext, i: number): boolean {
  if (!isFamilyWord(ctx, i)) return false;
  if (i + 1 >= ctx.tokens.length) return true;
  const a = foldedAt(ctx, i + 1);
  // أبو جعفر الحطاب التونسي: a demonym or a role after the family name.
  return CLOSING.has(a) || (ctx.classOf(a) & (LEX.DEMONYM | LEX.TITLE)) !== 0;
}

/** Whether token i is a word with the article, letters only, that the lists know only as a name or not at all. */
function isFamilyWord(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word' || isNotAName(ctx, t)) return false;
  const f = foldedAt(ctx, i);
  return LETTERS.test(f) && isNameOnlyFamily(ctx, f);
}
