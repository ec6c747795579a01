/**
 * A name alone between quotation marks names a work or a brand (لعبة «ماينكرافت»، فيلم “دكتور
 * جيفاغو”), not a person, unless a title, a speech verb, a word that gives a byname or a role in
 * apposition makes it one (الرئيس «أبو مازن»، وكنيته «أبو الليث السوداني»، "فايز عوض" الرئيس
 * التنفيذي). people-bounds.ts asks this before it keeps a name, as it asks people-institutions.ts.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isTitleToken, someStem, words, type BoundsContext } from './people-context';
import { isQuotedPerson, namesWork } from './people-quoted-person';
import type { Token } from './tokenize';

/** Marks between a title and its subtitle. */
const SUBTITLE_MARKS = new Set([':', '-', '–']);
/** Quotation marks that open a title (or a byname). */
export const OPENING_MARKS = new Set(['"', '«', '“', '”', "'", '‘']);
const CLOSING_MARKS = new Set(['"', '»', '”', '“', "'", '’']);

/**
 * Words that give a person's name or byname (وكنيته «أبو الليث السوداني»، يدعى «أبو مالك»، اسمه
 * «كمال»، أسماه «خالد»); a bare اسم also names things (يطلق عليه اسم «جون»), so only with a pronoun.
 */
const NAMING = words('كنيته كنيتها يدعى تدعى الملقب الملقبة لقبه لقبها المكنى اسمه اسمها باسمه باسمها باسمي اسمي أسماه أسماها سماه سماها');

/**
 * Whether the name stands alone between quotation marks (لعبة «هيدز أب!»، فيلم “دكتور جيفاغو”),
 * or after a title and a colon there (لعبة «ماينكرافت: بوكيت إيديشين»): the title of a work or
 * a brand, unless a title, a speech verb or a word that gives a byname stands before the marks
 * (الرئيس «أبو مازن»، وكنيته «أبو الليث السوداني»).
 */
export function quotedTitle(ctx: BoundsContext, ts: number, te: number): boolean {
  let j = ts - 1;
  const isTitle = (t: Token | undefined) => t?.kind === 'word' && (ctx.classOf(foldArabic(t.text)) & LEX.TITLE) !== 0;
  while (j > ts - 3 && isTitle(ctx.tokens[j])) j--;
  // «ماينكرافت: بوكيت إيديشين»: after a word and a colon inside the marks the name is a subtitle.
  if (j === ts - 1 && SUBTITLE_MARKS.has(ctx.tokens[j]?.text ?? '') && ctx.tokens[j - 1]?.kind === 'word') j -= 2;
  const before = ctx.tokens[j];
  if (!before || before.kind === 'word' || !OPENING_MARKS.has(before.text)) return false;
  let k = te;
  // Allow one word and one punctuation mark inside the marks after the name (هيدز أب!).
  for (let extra = 0; extra < 2 && ctx.tokens[k] && !CLOSING_MARKS.has(ctx.tokens[k]!.text); extra++) k++;
  if (!ctx.tokens[k] || !CLOSING_MARKS.has(ctx.tokens[k]!.text)) return false;
  // بحضور "فايز عوض" الرئيس التنفيذي: a role in apposition after the marks, and no work's noun before them.
  if (k === te && isRoleAfter(ctx, k + 1) && !namesWork(ctx, ts)) return false;
  if (j < ts - 1) return true;
  const lead = ctx.tokens[j - 1];
  // وأضاف "المسعد": the verb may carry a conjunction; إن «سعد الحربي»، شقيقه «منير»: people-quoted-person.ts.
  return !lead || lead.kind !== 'word' || !someStem(lead.text, (f) => ctx.classOf(f) & (LEX.TITLE | LEX.SPEECH) || NAMING.has(f)) && !isQuotedPerson(ctx, j + 1);
}

/** Whether a role stands at token i, or after a comma there (… "فايز عوض" الرئيس التنفيذي، … «جون سعد»، مدير): the quoted name is its holder's. */
function isRoleAfter(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i]?.text === '،' || ctx.tokens[i]?.text === ',' ? ctx.tokens[i + 1] : ctx.tokens[i];
  return t?.kind === 'word' && isTitleToken(ctx, t);
}
