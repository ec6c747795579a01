/**
 * A word shaped as a sound plural behind the article (أعلن الفائزين، حوار مع العلويين), or as a
 * plural or a dual in ات behind a clitic without the article (بعث ببرقيات، أبو تأشيرة وتأشيرتين;
 * with the article it may be a family name: محمد الشبانات), names a group or a
 * count of things, not a person: Arabic names take these endings on short stems only (الحسين،
 * الياسين، المأمون، بركات), and foreign names that end so stand bare or behind a conjunction
 * (كاميرون، وفيتغنشتاين). The tagger, reading such a word as a family name, may tag it on every
 * line of the page, alone or after a word that is also a given name (أسماء الفائزين).
 */
import { CURATED_NAME, type BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { procliticSplits } from './tokenize';


/** Folded sound plurals in ين and ون on a stem of four letters or more: فائزين، علويين; not حسين، مأمون. */
const MASCULINE_PLURAL = /^.{4,}(?:ين|ون)$/;
/** Folded plurals in ات and duals in تين، تان on a stem of four letters or more: برقيات، تأشيرتين; not بركات. */
const FEMININE_PLURAL = /^.{4,}(?:ات|تين|تان)$/;

/**
 * Whether a written word is a sound plural behind the article, or a plural or dual in ات behind
 * a clitic without the article, no reading of it listed as a name.
 * @example isPluralNoun(ctx, 'الفائزين') → true; isPluralNoun(ctx, 'كاميرون') → false
 */
function isPluralNoun(ctx: BoundsContext, written: string): boolean {
  const readings = procliticSplits(written);
  if (readings.some((r) => ctx.classOf(r.stem) & CURATED_NAME)) return false;
  return readings.some((r) => r.article ? MASCULINE_PLURAL.test(r.stem) : r.prefix !== '' && FEMININE_PLURAL.test(r.stem));
}

/**
 * Drops, in place, each draft of one or two words whose last word is a plural noun (see
 * isPluralNoun), and takes that word off a longer draft (المخرج محمد اليحيى المنشدون: the name
 * before it stands).
 * @example dropPluralNouns(ctx of 'أعلن الأمير أسماء الفائزين', drafts 'أسماء الفائزين') → none left
 */
export function dropPluralNouns(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d) => {
    const last = ctx.tokens[d.tokenEnd - 1];
    if (last?.kind !== 'word' || !isPluralNoun(ctx, last.text)) return false;
    if (d.tokenEnd - d.tokenStart <= 2 || d.words.length <= 2) return true;
    d.tokenEnd--;
    d.end = ctx.tokens[d.tokenEnd - 1]!.end;
    d.words = d.words.slice(0, -1);
    return false;
  });
}
