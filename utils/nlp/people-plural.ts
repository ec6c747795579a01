/**
 * A word shaped as a sound plural behind the article (أعلن الفائزين، حوار مع العلويين), or as a
 * plural or a dual in ات behind a clitic without the article (بعث ببرقيات، أبو تأشيرة وتأشيرتين;
 * with the article it may be a family name: محمد الشبانات), names a group or a
 * count of things, not a person: Arabic names take these endings on short stems only (الحسين،
 * الياسين، المأمون، بركات), and foreign names that end so stand bare or behind a conjunction
 * (كاميرون، وفيتغنشتاين). The tagger, reading such a word as a family name, may tag it on every
 * line of the page, alone or after a word that is also a given name (أسماء الفائزين). So does a
 * sound plural in construct, its ن dropped before the definite noun it governs (اشتكى منسوبو
 * الإدارة، واعتبر موقعو النداء): a word in و whose stem the lists know as a common noun only.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CURATED_NAME, type BoundsContext } from './people-context';
import { NAME_CLASS } from './people-not-names';
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

/** Classes of a common noun that may head a plural in construct (مسؤولو is also a title). */
const COMMON_NOUN = LEX.COMMON | LEX.TITLE;

/**
 * Whether token k is a sound masculine plural in construct: a word in و on a stem of four letters
 * or more that the lists know as a common noun and never as a name, before a word with the
 * article (موقعو النداء، منسوبو الإدارة; not موريلو الكرة, whose stem is a name).
 * @example isConstructPlural(ctx of 'واعتبر موقعو النداء أن', 1) → true
 */
function isConstructPlural(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k], next = ctx.tokens[k + 1];
  if (t?.kind !== 'word' || next?.kind !== 'word' || !foldArabic(next.text).startsWith('ال')) return false;
  return procliticSplits(t.text).some((r) => {
    if (r.article || r.stem.length < 5 || !r.stem.endsWith('و') || ctx.classOf(r.stem) & NAME_CLASS) return false;
    const bits = ctx.classOf(r.stem.slice(0, -1));
    return (bits & COMMON_NOUN) !== 0 && (bits & NAME_CLASS) === 0;
  });
}

/**
 * Drops, in place, each draft of one or two words whose last word is a plural noun (see
 * isPluralNoun), and takes that word off a longer draft (المخرج محمد اليحيى المنشدون: the name
 * before it stands), and each one-word draft that is a plural in construct.
 * @example dropPluralNouns(ctx of 'أعلن الأمير أسماء الفائزين', drafts 'أسماء الفائزين') → none left
 */
export function dropPluralNouns(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d) => {
    if (d.tokenEnd - d.tokenStart === 1 && isConstructPlural(ctx, d.tokenStart)) return true;
    const last = ctx.tokens[d.tokenEnd - 1];
    if (last?.kind !== 'word' || !isPluralNoun(ctx, last.text)) return false;
    if (d.tokenEnd - d.tokenStart <= 2 || d.words.length <= 2) return true;
    d.tokenEnd--;
    d.end = ctx.tokens[d.tokenEnd - 1]!.end;
    d.words = d.words.slice(0, -1);
    return false;
  });
}
