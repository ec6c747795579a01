/**
 * Foreign names the tagger leaves untagged after a nationality adjective that stands for a person
 * (المهاجم الهولندي روبن، نظيره الإسرائيلي موشيه يعالون، والبرازيلي رافينها): the adjective is
 * masculine and singular, and it follows a role, a noun of a person's relation (نظيره، زميله،
 * مواطنه), a verb or a noun in construct it cannot describe (وقاد الأوروغوياني، تحت قيادة الإسباني)
 * or opens its phrase itself with a conjunction, a preposition or after a mark (والبرازيلي،
 * للرسام الهولندي). The name is one or two words that no list knows as anything but a name and that
 * the corpora hold too rarely to give a cluster (a common word has one); an institution before the
 * adjective (النظام السوري، الجيش اليمني) is no person.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { ARABIC_WORD, hasNounEnding, isTitleToken, mayHoldArticle, words, type BoundsContext } from './people-context';
import { NAME_CLASS } from './people-not-names';
import { isFamilyNameAfter } from './people-extent';
import { hasInflectedShape } from './people-run-on';
import { procliticSplits, type Token } from './tokenize';
import { foldedAt } from './people-word-table';

/** Nouns of a person's relation to another that a nationality adjective may follow (نظيره الإسرائيلي). */
const RELATION_NOUNS = words('نظيره نظيرها مواطنه مواطنها زميله زميلها');
/** Pronouns a verb or a noun may end with (نظمه، عينها، أصدقاؤهم), rare at the end of a foreign name. */
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ني'];
/** Marks after which a nationality adjective opens its own phrase (، البرازيلي كاكا). */
const PHRASE_OPENERS = new Set(['،', ',', ':', '.', '(', '«', '"']);

/** The confidence of a name found only by the nationality adjective before it. */
export const AFTER_DEMONYM_CONFIDENCE = 0.7;

/**
 * Whether token t may be a word of a foreign name: Arabic letters, no article, no pronoun, no
 * feminine or plural ending, and each clitic reading either a name only or a word no list knows
 * and the corpora give no cluster.
 */
export function isForeignNameWord(ctx: BoundsContext, t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !ARABIC_WORD.test(t.text)) return false;
  const f = foldArabic(t.text);
  if (f.length < 3 || f.startsWith('ال')) return false;
  // موشيه، نيتشه: a word the lists know as a name only may end as a pronoun does.
  const bits = ctx.classOf(f);
  if (bits !== 0 && !(bits & ~NAME_CLASS)) return true;
  // مغادرتك، فصفقوا، استحلى: a pronoun, a feminine or plural ending, a verb's plural, the verb استفعل.
  if (hasNounEnding(f) || PRONOUNS.some((p) => f.endsWith(p)) || f.endsWith('تك') || f.endsWith('وا') || f.startsWith('است')) return false;
  // بهذي، وبنادق: a clitic on a known word.
  if ('وفبلك'.includes(f[0]!) && isKnownWord(ctx, f.slice(1))) return false;
  // حفلا، معقبا: the accusative of a known word or of a participle, not a name ending in ا (كاكا، ساشا).
  if (f.endsWith('ا') && (isKnownWord(ctx, f.slice(0, -1)) || ACCUSATIVE_PARTICIPLE.test(f))) return false;
  // مناسك، مساجد: the broken plural مفاعل.
  if (BROKEN_PLURAL.test(f)) return false;
  return procliticSplits(t.text).every((r) => isRareOrNameOnly(ctx, r.stem));
}

/** The accusative of a participle مفعّل (معقبا، مسرعا), often rare in the corpora, never a foreign name. */
const ACCUSATIVE_PARTICIPLE = /^م[^اوي]{3}ا$/;
/** The broken plural مفاعل (مناسك، مدارس), often rare in the corpora, never a foreign name. */
const BROKEN_PLURAL = /^م[^اوي]ا[^اوي]{2}$/;

/**
 * Whether a folded word no list knows and the corpora give no cluster has the shape of a surname,
 * not of an inflected common word: no pronoun (عينيه، رأيك), no feminine or plural ending
 * (تغريدة، ديناصورات), no imperfect verb's opening (تقيس، يطرد، أدلج), no conjunction's (وهبي may
 * be و + a word; فاتن is no ف + a known word).
 * @example isRareSurnameShape(ctx, 'ميليباند') → true; isRareSurnameShape(ctx, 'عينيه') → false
 */
export function isRareSurnameShape(ctx: BoundsContext, f: string): boolean {
  if (isKnownWord(ctx, f) || f.length < 3 || hasInflectedShape(f)) return false;
  return f[0] !== 'و' && !(f[0] === 'ف' && isKnownWord(ctx, f.slice(1)));
}

/** Whether a folded word is a name only in the lists, or in no list and too rare in the corpora for a cluster. */
export function isRareOrNameOnly(ctx: BoundsContext, g: string): boolean {
  const bits = ctx.classOf(g);
  return bits === 0 ? !ctx.clusterOf?.(g) : (bits & NAME_CLASS) !== 0 && !(bits & ~NAME_CLASS);
}

/** Whether a folded word is in a list or frequent enough in the corpora to have a cluster. */
export const isKnownWord = (ctx: BoundsContext, g: string) => ctx.classOf(g) !== 0 || !!ctx.clusterOf?.(g);

/** Whether a foreign name's first word opens as an imperfect verb does (يحتج، تسجل), a consonant after ي or ت (but يوهان، تياغو). */
const opensAsVerb = (f: string) => /^[يت][^اوي]/.test(f);

/** Whether token k is a word no list knows and the corpora give no cluster, before a mark (موشيه يعالون،). */
function isRareBeforeMark(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k], after = ctx.tokens[k + 1];
  return t?.kind === 'word' && ARABIC_WORD.test(t.text) && after?.kind !== 'word' && !isKnownWord(ctx, foldArabic(t.text));
}

/** Whether token t is a family name with the article after a foreign given name (كامل الخطي): no list knows it but as a name, and no cluster. */
export function isFamilyWithArticle(ctx: BoundsContext, t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !ARABIC_WORD.test(t.text)) return false;
  const f = foldArabic(t.text);
  return f.startsWith('ال') && f.length >= 5 && !hasNounEnding(f) && isRareOrNameOnly(ctx, f);
}

/**
 * Whether token k is a masculine singular nationality adjective with the article, clitics allowed (والبرازيلي، للإنجليزي).
 * @example isPersonDemonym(ctx of 'للإنجليزي بروميل', 0) → true
 */
export function isPersonDemonym(ctx: BoundsContext, k: number): boolean {
  // (a cheap look first: every token of the page comes here)
  const t = ctx.tokens[k]!;
  if (t.kind !== 'word') return false;
  const f = foldedAt(ctx, k);
  if (!f.endsWith('ي') || !mayHoldArticle(f)) return false;
  // (a loop over the readings, no closure made per token)
  for (const r of procliticSplits(t.text)) {
    const s = r.stem;
    if (s.startsWith('ال') && s.endsWith('ي') && (ctx.classOf(s) & LEX.DEMONYM) !== 0) return true;
  }
  return false;
}

/** Whether the adjective at token d stands for a person: after a role or a relation noun, or opening its phrase. */
function standsForPerson(ctx: BoundsContext, d: number): boolean {
  const prev = ctx.tokens[d - 1];
  // والبرازيلي، للإنجليزي: a clitic before the article makes the adjective a noun of its own.
  if (!prev || PHRASE_OPENERS.has(prev.text) || !foldedAt(ctx, d).startsWith('ال')) return true;
  if (prev.kind !== 'word') return false;
  return isTitleToken(ctx, prev) || RELATION_NOUNS.has(foldedAt(ctx, d - 1)) || isBareNonName(ctx, prev);
}

/** Classes of a word an adjective with the article may describe though the word has none: a place, a country, an organisation. */
const DESCRIBED = LEX.PLACE | LEX.COUNTRY | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.ORG_CUE | LEX.PLACE_CUE;

/**
 * Whether a word before a nationality adjective with the article is one it cannot describe, so the
 * adjective stands for a person: a verb or a noun in construct without the article (وقاد
 * الأوروغوياني ديسلفا، تحت قيادة الإسباني كانيدا), that no list knows as a name, a place or an
 * organisation (برشلونة الإسباني describes the club).
 */
function isBareNonName(ctx: BoundsContext, t: Token): boolean {
  return procliticSplits(t.text).every((r) => !r.article && !(ctx.classOf(r.stem) & (NAME_CLASS | DESCRIBED)));
}

/**
 * The token range [i, j) of a foreign name of one or two words starting at token i, right after a
 * nationality adjective that stands for a person, or null.
 * @example foreignNameAfterDemonym(ctx of 'مرر المهاجم الهولندي روبن كرة', 3) → [3, 4]
 */
export function foreignNameAfterDemonym(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  if (i < 1 || covered[i] || !isPersonDemonym(ctx, i - 1) || !standsForPerson(ctx, i - 1)) return null;
  const range = foreignNameAt(ctx, i, covered);
  // وانتشل الليبي لوتشيا مهرتياب: a lone word right before a name already found is no name of its own.
  return range && covered[range[1]] && range[1] === i + 1 ? null : range;
}

/**
 * The token range [i, j) of a name of one or two words at token i that a cue before it announces
 * (a nationality adjective, a kinship noun), or null: a foreign-name word that opens as no verb,
 * then a second word of the same kind or a family name.
 * @example foreignNameAt(ctx of 'نظيره الإسرائيلي موشيه يعالون،', 2) → [2, 4]
 */
export function foreignNameAt(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const { tokens } = ctx;
  const f = tokens[i] ? foldedAt(ctx, i) : '';
  // وتعتقل، وبنادق: a word behind و opens the next item, not the name announced.
  if (covered[i] || f.startsWith('و') || !isForeignNameWord(ctx, tokens[i]) || opensAsVerb(f)) return null;
  // موشيه يعالون، كامل الخطي: a second word of the same kind, or a family name, belongs to the name;
  // one behind و is the next name of a list (نورة ونوف).
  const second = tokens[i + 1];
  const j = !covered[i + 1] && second?.kind === 'word' && !second.text.startsWith('و') && (isForeignNameWord(ctx, tokens[i + 1]) || isRareBeforeMark(ctx, i + 1) || isFamilyWithArticle(ctx, tokens[i + 1]) || isFamilyNameAfter(ctx, i)) ? i + 2 : i + 1;
  return [i, j];
}
