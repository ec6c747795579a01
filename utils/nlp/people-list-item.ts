/**
 * A name that stands as the next item of a list of full names, behind the list's و (أحمد
 * الرحيلي، وكامل الموسى، وعمر السومة): the tagger often leaves the given name out because the و
 * hides it (وكامل is no word it knows), or the whole item. After a full name, a given name the
 * lists know behind و, then one name-like word that closes the item, is the list's next person.
 */
import { foldArabic, foldedOffset } from './normalize';
import { PLURAL } from './people-page-pair';
import { LEX } from './ner/lexicon';
import { hasPronounSuffix, type BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';
import { isNotAName } from './people-not-names';
import type { Draft } from './people-link';
import type { Token } from './tokenize';

/** A list item found so is as sure as an untagged given name and family name. */
export const LIST_ITEM_CONFIDENCE = 0.7;

/** Classes a given name of a list item must not have: common words, titles (ووزير), verbs of speech, cues, places. */
export const NOT_GIVEN = LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.MODIFIER | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE;
/** Classes a family name of a list item must not have (وأسماء كثيرة، وأمين محافظة جدة). */
const NOT_FAMILY = NOT_GIVEN | LEX.CORPUS_ORG | LEX.CORPUS_LOC | LEX.CORPUS_MISC;
/** The commas between the items of a list. */
export const COMMAS = new Set(['،', ',']);
/** Marks that close a list item. */
export const ITEM_CLOSERS = new Set(['،', ',', '.', '؛', ':', ')', '(', '-', '»']);

/** Where the name behind the list's و of token t starts (وكامل → كامل). */
export const afterWa = (t: Token): number => t.start + foldedOffset(t.text, 1);

/**
 * Whether a word's classes make it an item's given name: a given name the lists know, or a name
 * the corpora show only as a person's (معاذ، حمادة), and nothing else a list knows.
 * @example isItemGivenName(classes of 'معاذ') → true; isItemGivenName(classes of 'طالب') → false
 */
export function isItemGivenName(bits: number): boolean {
  return (bits & (LEX.GIVEN | LEX.CORPUS_PERS)) !== 0 && !(bits & NOT_GIVEN);
}

/** The given name behind the list's و of token t (وكامل → كامل), or null when t is no such word. */
function givenBehindWa(ctx: BoundsContext, t: Token | undefined): string | null {
  if (t?.kind !== 'word' || !t.text.startsWith('و')) return null;
  const f = foldArabic(t.text);
  // وليد، وسام، وديع: a whole word that is itself a name is read whole.
  if (f.length < 4 || ctx.classOf(f) & (LEX.GIVEN | LEX.PERSON | LEX.COMMON)) return null;
  const g = f.slice(1), bits = ctx.classOf(g);
  return isItemGivenName(bits) && !isNotAName(ctx, t) ? g : null;
}

/** Whether token t may be a family name closing a list item: a name-like word no list knows as anything else. */
function isItemFamily(ctx: BoundsContext, t: Token | undefined): boolean {
  if (t?.kind !== 'word' || isNotAName(ctx, t)) return false;
  const f = foldArabic(t.text);
  if (f.length < 3 || f.startsWith('و') || ctx.classOf(f) & NOT_FAMILY) return false;
  // (a plural, المشاركين، المنظمات, is a group; the feminine ة is allowed: السومة، الشبانة)
  return f.startsWith('ال') ? f.length >= 5 && !PLURAL.test(f) : !hasPronounSuffix(f) && !isVerbForm(f);
}

/** Whether the item ending before token k is closed: a mark, the next item behind و, or the end. */
function closesItem(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t === undefined || (t.kind === 'word' ? t.text.startsWith('و') : ITEM_CLOSERS.has(t.text));
}

/** The full-name draft (two words or more) that ends right before token i, or before the comma there. */
function fullNameBefore(ctx: BoundsContext, i: number, ends: ReadonlyMap<number, Draft>): boolean {
  const before = COMMAS.has(ctx.tokens[i - 1]?.text ?? '') ? i - 1 : i;
  const d = ends.get(before);
  return d !== undefined && d.words.length > 1;
}

/**
 * Whether the item at token i stands between a name found so far by its given name alone, its
 * family name not yet taken in, and a full name right after the item (وحاتم المسحل ومعاذ العوهلي
 * وطلال البنعلي); `ends` and `starts` hold the drafts by their end and start tokens.
 */
function isBetweenNames(i: number, ends: ReadonlyMap<number, Draft>, starts: ReadonlyMap<number, Draft>): boolean {
  return (ends.has(i) || ends.has(i - 1)) && (starts.get(i + 2)?.words.length ?? 0) > 1;
}

/**
 * Adds, in place, the list items after a full name: a family name the tagger found alone gets
 * the given name behind و before it (، وكامل الموسى → كامل الموسى), and an untagged given name and
 * family name become a draft (، وعمر السومة،). `covered` marks the tokens of drafts.
 * @example addListItems(ctx of 'ضمت القائمة ماجد الحربي، وكامل الموسى.', drafts 'ماجد الحربي', 'الموسى') → 'كامل الموسى'
 */
export function addListItems(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const ends = new Map<number, Draft>(), starts = new Map<number, Draft>();
  for (const d of drafts) {
    ends.set(d.tokenEnd, d);
    starts.set(d.tokenStart, d);
  }
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (covered[i] || !tokens[i]!.text.startsWith('و')) continue;
    const g = givenBehindWa(ctx, tokens[i]);
    if (g === null || !fullNameBefore(ctx, i, ends) && !isBetweenNames(i, ends, starts)) continue;
    const t = tokens[i]!, start = afterWa(t);
    const next = starts.get(i + 1);
    if (next) {
      // الموسى found alone: the given name behind و opens it, unless it opens with a given name itself.
      if (ctx.classOf(next.words[0]!) & LEX.GIVEN || !isItemFamily(ctx, tokens[i + 1])) continue;
      next.start = start;
      next.tokenStart = i;
      next.words = [g, ...next.words];
      covered[i] = 1;
      continue;
    }
    if (covered[i + 1] || !isItemFamily(ctx, tokens[i + 1]) || !closesItem(ctx, i + 2)) continue;
    const family = tokens[i + 1]!;
    const draft: Draft = { start, end: family.end, words: [g, foldArabic(family.text)], confidence: LIST_ITEM_CONFIDENCE, tokenStart: i, tokenEnd: i + 2 };
    drafts.push(draft);
    ends.set(i + 2, draft);
    covered.fill(1, i, i + 2);
  }
}
