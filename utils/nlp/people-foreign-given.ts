/**
 * Foreign given names the tagger or the bounds leave out of a name. An unlisted one before a
 * one-word surname the tagger tagged (وكان تغران [سوليان]): a page introduces a foreign person by
 * the full name at the surname's first mention and by the surname alone after it. The word before
 * is taken when no list knows it or any of its clitic readings and the corpora hold it too rarely
 * to give it a cluster (a common noun has one), it carries no article, no pronoun, no feminine or
 * plural ending, the surname carries no article either, this is the surname's first word on the
 * page and the surname stands again later. A verb or a noun before a later mention (ندد كاميرون، إدارة أوباما)
 * is left out, since the surname stood earlier.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isNotAName } from './people-not-names';
import { ARABIC_WORD, CORPUS_OTHER, hasNounEnding, hasPronounSuffix, type BoundsContext } from './people-context';
import { RELATIVE_PRONOUNS } from './name-words';
import { procliticSplits } from './tokenize';
import { isKnownWord } from './people-demonym';
import { foldedAt } from './people-word-table';
import { roleBefore } from './people-role';


/**
 * Whether the word before the one-word person span at token ts is an unlisted given name: at the
 * surname's first mention of several, or right after a role.
 * @example isUnlistedGivenNameBefore(ctx of 'وكان تغران سوليان يقول … وأضاف سوليان', 2, 3) → true
 */
export function isUnlistedGivenNameBefore(ctx: BoundsContext, ts: number, te: number): boolean {
  const { tokens } = ctx;
  const given = tokens[ts - 1], family = tokens[ts]!;
  if (te - ts !== 1 || given?.kind !== 'word') return false;
  const g = foldArabic(given.text), f = foldArabic(family.text);
  if (g.length < 3 || f.length < 3 || g.startsWith('ال') || f.startsWith('ال') || !ARABIC_WORD.test(g) || hasPronounSuffix(g)) return false;
  if (hasNounEnding(g) || isNotAName(ctx, given)) return false;
  // الذي تحاكي هرمون: after a relative pronoun the word is the verb of its clause.
  const before = tokens[ts - 2];
  if (before?.kind === 'word' && RELATIVE_PRONOUNS.has(foldArabic(before.text))) return false;
  // The surname's first word on the page, and not its only one; or the name right after a role
  // (الرئيس المكسيكي السابق فيلبي كالديرون), which announces a person's full name.
  const afterRole = roleBefore(ctx.text, tokens, ts - 1, ctx.classOf) !== undefined;
  let later = afterRole;
  for (let j = 0; j < tokens.length && !later; j++) {
    if (j === ts || tokens[j]!.kind !== 'word') continue;
    const w = foldedAt(ctx, j);
    if (w !== f && !(w.length === f.length + 1 && w.endsWith(f) && 'وفلب'.includes(w[0]!))) continue;
    if (j < ts) return false;
    later = true;
    break;
  }
  if (!later) return false;
  // A word frequent enough in the corpora to have a cluster is a common word (كتاب نادر، قول غوميز);
  // after a role the conjunction readings are not asked (فيلبي, not ف + يلبي "and he answers"),
  // the preposition's are (المدرب بأداء فهد: ب + أداء "performance").
  const asked = afterRole ? procliticSplits(given.text).filter((r) => r.prefix === '' || /[بل]/.test(r.prefix)) : procliticSplits(given.text);
  return asked.every((r) => !isKnownWord(ctx, r.stem));
}

/**
 * Whether the head of the two-word person span [ts, te) is a foreign given name that the corpora
 * know only as (part of) a place's or a club's name (برناردينو ليون), not a place word before a
 * name: no curated list knows it, the corpora hold it too rarely to give it a cluster, it carries
 * no article and no clitic off a known word, the second word is no place's or body's and no given
 * name only, and the page names the person by the second word alone elsewhere (وقال ليون) or the
 * lists know the second word as a person's name and not as a common word (بترا كفيتوفا).
 * @example isGivenNameKnownAsPlace(ctx of 'التقى برناردينو ليون الوفود، وقال ليون إن', 1, 3) → true
 */
export function isGivenNameKnownAsPlace(ctx: BoundsContext, ts: number, te: number): boolean {
  const { tokens } = ctx;
  const given = tokens[ts]!, family = tokens[ts + 1];
  if (te - ts !== 2 || family?.kind !== 'word') return false;
  const g = foldArabic(given.text), f = foldArabic(family.text);
  if (g.startsWith('ال') || f.startsWith('ال') || f.length < 3) return false;
  const bits = ctx.classOf(g), fb = ctx.classOf(f);
  if (!(bits & CORPUS_OTHER) || bits & ~CORPUS_OTHER) return false;
  // ديزني، سيدي بشر، مونت كارلو: the second word a place's or a body's too, or a given name only.
  if (fb & (CORPUS_OTHER | LEX.COUNTRY | LEX.PLACE) || fb & LEX.GIVEN && !(fb & LEX.SURNAME)) return false;
  // وأغا خان: a clitic off a known word; سيدي، استوديو: a word frequent enough to have a cluster is a common one.
  if (ctx.clusterOf?.(g) || procliticSplits(given.text).some((r) => r.stem !== given.text && ctx.classOf(r.stem) !== 0)) return false;
  // A family name the lists know as a person's and not as a common word (بترا كفيتوفا، برناردينو ليون).
  if (fb & (LEX.SURNAME | LEX.PERSON) && !(fb & LEX.COMMON)) return true;
  // The family word alone elsewhere: not after the head, nor inside the same span.
  for (let j = 1; j < tokens.length; j++) {
    if (j === ts + 1 || tokens[j]!.kind !== 'word') continue;
    const w = foldedAt(ctx, j);
    if ((w === f || w.length === f.length + 1 && w.endsWith(f) && 'وفلب'.includes(w[0]!)) && foldedAt(ctx, j - 1) !== g) return true;
  }
  return false;
}
