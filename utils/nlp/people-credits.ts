/**
 * Names in the credits of a song, a film or a show: a bare credit noun (كلمات، ألحان، غناء،
 * إخراج، بطولة …) names who did the work right after it (من كلمات ضياء الميالي وألحان عادل
 * العراقي). Entertainment news lists such credits one after another, where the tagger, which reads
 * no cue there, misses most of them. A listed given name and a name-like family name after the
 * noun, closed by a mark, a و or the next credit, are a person.
 */
import { LEX } from './ner/lexicon';
import { hasPronounSuffix, spacedOnly, words, type BoundsContext } from './people-context';
import { ITEM_CLOSERS, LIST_ITEM_CONFIDENCE, NOT_GIVEN } from './people-list-item';
import type { Draft } from './people-link';
import { isNotAName } from './people-not-names';
import { foldedAt } from './people-word-table';

/** Credit nouns, bare, folded. */
const CREDITS = words('كلمات الحان لحن غناء اداء توزيع تاليف اخراج سيناريو بطولة اعداد تقديم');
/** The same behind و (وألحان), so that a word of the page is looked up without slicing off its و. */
const CREDITS_AFTER_WA = new Set([...CREDITS].map((w) => `و${w}`));
/** Classes a family name in the credits must not have: a role, a verb of speech, a cue, a place, a nationality. */
const NOT_FAMILY = LEX.TITLE | LEX.SPEECH | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE | LEX.MODIFIER;
/** Marks that close a name in the credits: those of a list item, and the marks around the work's title. */
const CLOSERS = new Set([...ITEM_CLOSERS, '«', '"']);

/** Whether token i is a credit noun, bare or behind و (وألحان), never with the article: read off the page's folded words, as it is asked of every token. */
function isCredit(ctx: BoundsContext, i: number): boolean {
  if (ctx.tokens[i]?.kind !== 'word') return false;
  const f = foldedAt(ctx, i);
  return CREDITS.has(f) || CREDITS_AFTER_WA.has(f);
}

/**
 * Adds, in place, the two-word names right after a credit noun that no draft covers.
 * @example addCreditNames(ctx of 'من كلمات ضياء الميالي وألحان عادل العراقي،', drafts, covered) → adds both names
 */
export function addCreditNames(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!isCredit(ctx, i)) continue;
    const a = i + 1, given = tokens[a]!, family = tokens[a + 1]!, after = tokens[a + 2];
    if (covered[a] || covered[a + 1] || given.kind !== 'word' || family.kind !== 'word' || !spacedOnly(ctx, a, a + 2)) continue;
    if (!(after === undefined || CLOSERS.has(after.text) || after.kind === 'word' && (foldedAt(ctx, a + 2).startsWith('و') || isCredit(ctx, a + 2)))) continue;
    const g = foldedAt(ctx, a), f = foldedAt(ctx, a + 1), gb = ctx.classOf(g), fb = ctx.classOf(f);
    // (العراقي: a nisba the lists know as a nationality is the family name there)
    const nisba = f.startsWith('ال') && f.endsWith('ي') && (fb & LEX.DEMONYM) !== 0;
    if (f.length < 3 || hasPronounSuffix(f) || fb & NOT_FAMILY & ~(nisba ? LEX.DEMONYM : 0)) continue;
    // (عادل، علي: a given name that is also a word, only before a family name the lists know as a name's or a nisba; not أو تعاطي)
    const named = nisba || (fb & (LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS)) !== 0 && !(fb & LEX.COMMON);
    if (!(gb & LEX.GIVEN) || gb & NOT_GIVEN & ~LEX.COMMON || gb & LEX.COMMON && !named || isNotAName(ctx, given) || isNotAName(ctx, family)) continue;
    drafts.push({ start: given.start, end: family.end, words: [g, f], confidence: LIST_ITEM_CONFIDENCE, tokenStart: a, tokenEnd: a + 2 });
    covered.fill(1, a, a + 2);
  }
}
