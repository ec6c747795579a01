/**
 * A word the page writes right after a company noun (شركة “زين”، مجموعة زين، لاستوديو ديزني، تمتلك
 * شركة إيني) names that company on the page: alone elsewhere (تجربة العملاء لدى زين، وحققت إيني
 * الكشف) it is the same company, not a person the tagger thought it saw. Only nouns that head a
 * firm, a team or a centre count: قوات الأنصاري, forces, belong to a person. A word with the article
 * is a family name (مجموعة الأنصاري, a leader's band), and a word that a fuller name of the page holds
 * (شركة عبداللطيف جميل beside عبداللطيف جميل) is left alone, unless its other word is a noun no list
 * knows as a name (أرباح سامسونغ).
 */
import { foldedAt } from './people-word-table';
import { words, type BoundsContext } from './people-context';
import { OPENING_MARKS } from './people-quoted-title';
import { dropDrafts, dropLoneWords, type Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { procliticSplits } from './tokenize';

/** Nouns whose complement in construct is a firm, a team or a centre, folded, without clitics. */
const COMPANY_HEADS = words('شركة شركات شركتا شركتي مجموعة استوديو استديو بنك مصرف فريق مركز');
/** A folded word ending in a company noun: only such a word may be one behind proclitics. */
const ENDS_IN_HEAD = new RegExp(`(?:${[...COMPANY_HEADS].join('|')})$`);

/** Whether a word (folded: `f`) is a company noun, bare or behind proclitics without the article (وشركة، لاستوديو، وبمجموعة). */
function isCompanyHead(word: string, f: string): boolean {
  return COMPANY_HEADS.has(f) || (ENDS_IN_HEAD.test(f) && procliticSplits(word).some((r) => !r.article && COMPANY_HEADS.has(r.stem)));
}

/** The folded words of the page written right after a company noun (opening quotation marks allowed between). */
function companyWords(ctx: BoundsContext): Set<string> {
  const out = new Set<string>();
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 3 || !isCompanyHead(t.text, foldedAt(ctx, i))) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.kind === 'punct' && OPENING_MARKS.has(tokens[k]!.text)) k++;
    const f = tokens[k]?.kind === 'word' ? foldedAt(ctx, k) : '';
    if (f && !f.startsWith('ال')) out.add(f);
  }
  return out;
}

/**
 * Drops, in place, each one-word draft of a word the page writes after a company noun, unless a
 * fuller name of the page holds it.
 * @example dropCompanyNames(ctx of 'أعلنت شركة زين نتائجها … ويجد العملاء لدى زين', drafts 'زين') → none left
 */
export function dropCompanyNames(ctx: BoundsContext, drafts: Draft[]): void {
  if (!drafts.some((d) => d.words.length <= 2)) return;
  const company = companyWords(ctx);
  // أرباح سامسونغ beside شركة سامسونغ: a noun no list knows as a name, governing the company's
  // name, made a "full name" of it; once it is gone, the company's lone mentions go too.
  dropDrafts(drafts, (d) => d.words.length === 2 && company.has(d.words[1]!) && !(ctx.classOf(d.words[0]!) & NAME_CLASS));
  dropLoneWords(drafts, company);
}
