/**
 * A person the tagger swallowed into the end of an organisation's name, where a role names the
 * body the person belongs to (زعيم الحزب فيليب ديونتر، عضو الاتحاد العربي عبدالرحمن المسعد، نائب
 * رئيس النادي فيصل أبا الخيل): news text puts the holder's name right after the body, and the
 * tagger reads the whole run as one organisation. And a known person's surname the tagger
 * doubtfully called a body or another name, as it may through a whole page (وأوباما).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isNameConnector } from './name-words';
import { isPersonsGivenName } from './people-bounds';
import { hasNounEnding, type BoundsContext } from './people-context';
import { NAME_CLASS, isNotAName } from './people-not-names';
import { roleBefore } from './people-role';
import { givenNameBits } from './people-theophoric';
import { UNTAGGED_NAME_CONFIDENCE } from './people-untagged';
import { OPENING_MARKS } from './people-quoted-title';
import type { Draft } from './people-link';
import type { NamedSpan } from './ner';

/** Classes that end a person's name inside a body's name: a role, a cue of a body or a place. */
const NOT_IN_NAME = LEX.TITLE | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.SPEECH | LEX.COMMON;

/**
 * The token range [a, b) of a person at the end of the non-person span [ts, te), or null: a
 * given name the corpora show as a person's, without the article, right after a word of the
 * body's name with the article (الحزب، العربي), a role a few words before it, and a family name
 * after it inside the span or right after it.
 * @example personAtSpanEnd(ctx of 'أن زعيم الحزب فيليب ديونتر عقد', 2, 5) → [3, 5]
 */
export function personAtSpanEnd(ctx: BoundsContext, ts: number, te: number): [number, number] | null {
  const { tokens, classOf } = ctx;
  // The role read back from the body's first word, asked at most once.
  let spanRole: string | undefined | null = null;
  const roleAtSpan = () => (spanRole === null ? (spanRole = roleBefore(ctx.text, tokens, ts, classOf)) : spanRole);
  for (let a = ts + 1; a < te; a++) {
    const given = tokens[a]!, body = foldArabic(tokens[a - 1]!.text);
    const g = foldArabic(given.text);
    if (given.kind !== 'word' || g.startsWith('ال')) continue;
    // (مفوض الطاقة في الاتحاد الأوروبي أندريس بيبالغس: a given name the corpora never show, after a role that reaches the body)
    const bits = givenNameBits(classOf, g);
    if (!isPersonsGivenName(bits) && !(bits & LEX.GIVEN && !(bits & NOT_IN_NAME) && roleAtSpan() !== undefined)) continue;
    // آل فياض: the family's name, not a body's; الملك فهد: a title, the patron of the place.
    if (!body.startsWith('ال') || body.length < 4 || classOf(body) & (LEX.TITLE | NAME_CLASS)) continue;
    let b = a + 1;
    while (b < te && isNamePart(ctx, b)) b++;
    if (b < te) return null;
    // عضو الاتحاد العربي {عبدالرحمن} المسعد: the family name just after the span.
    if (b === a + 1 && isNamePart(ctx, b) && !isNameConnector(foldArabic(tokens[b]!.text))) b++;
    // رئيس جمعية سيهات الخيرية عبدالرؤوف المطرود: a word no list knows in the body's name (سيهات) ends
    // the role read back from the name; the role then stands right before the tagged body.
    // الاتحاد الأوروبي كاترين أشتون: a surname the lists know as a known person's needs no role.
    if (b === a + 1 || !isKnownSurname(classOf(foldArabic(tokens[b - 1]!.text))) && (roleBefore(ctx.text, tokens, a, classOf) ?? roleAtSpan()) === undefined) return null;
    return [a, b];
  }
  return null;
}

/** Whether token i may be a part of a name after its given name: a connector, a name, or a word no list knows, not a feminine or plural noun. */
function isNamePart(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word' || isNotAName(ctx, t)) return false;
  const f = foldArabic(t.text);
  // أشتون: a known person's surname, though shaped as a plural (ـون).
  return isNameConnector(f) || !(ctx.classOf(f) & NOT_IN_NAME) && (!hasNounEnding(f) || isKnownSurname(ctx.classOf(f)));
}

/** Whether a word's classes make it a known person's surname (ArWikiCats, world leaders) that no list knows as anything else. */
const isKnownSurname = (bits: number): boolean => (bits & (LEX.PERSON | LEX.SURNAME)) !== 0 && !(bits & NOT_ONLY_A_PERSON);

/**
 * Adds to `drafts` the person at the end of the non-person span `s` (زعيم الحزب فيليب ديونتر), if any.
 * @example pushPersonAtSpanEnd(ctx of 'زعيم الحزب فيليب ديونتر عقد', span of الحزب فيليب ديونتر, drafts) adds فيليب ديونتر
 */
export function pushPersonAtSpanEnd(ctx: BoundsContext, s: NamedSpan, drafts: Draft[]): void {
  if (s.tokenEnd - s.tokenStart < 2) return;
  const range = personAtSpanEnd(ctx, s.tokenStart, s.tokenEnd);
  if (!range) return;
  const [a, b] = range, { tokens } = ctx;
  const words = tokens.slice(a, b).filter((t) => t.kind === 'word').map((t) => foldArabic(t.text));
  drafts.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, words, confidence: UNTAGGED_NAME_CONFIDENCE, tokenStart: a, tokenEnd: b, role: roleBefore(ctx.text, tokens, a, ctx.classOf) });
}

/** Classes that keep a word from being read only as a person's: a place, a body, another name, a cue, a role, a common word. */
const NOT_ONLY_A_PERSON = LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.CORPUS_MISC
  | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.TITLE | LEX.SPEECH | LEX.COMMON | LEX.MODIFIER;

/** Below this confidence a body, place or other name of a known person's surname is that person. */
const DOUBTED_OTHER = 0.6;

/** Words that put the next one at a place, folded. */
const AT_A_PLACE = new Set(['في', 'قرب', 'بقرب', 'وفي']);

/** The classes of a known person's surname that the annotated corpora also show as a person's. */
const KNOWN_SURNAME = LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;

/**
 * Whether the tagger's body or other name `s` is a known person it doubted (بوش الصغير وأوباما:
 * أوباما read as a body at 0.48 through the page): one word without the article, the surname of
 * a known person's name (ArWikiCats, world leaders) that the annotated corpora show as a
 * person's and no list knows as anything else, and the span's confidence below DOUBTED_OTHER.
 * @example readsAsListedPerson(ctx of 'بوش الصغير وأوباما', ORG span أوباما at 0.48) → true
 */
export function readsAsListedPerson(ctx: BoundsContext, s: NamedSpan): boolean {
  const t = ctx.tokens[s.tokenStart];
  // (not a place: في فرانكلين is the town the tagger took it for)
  if (s.type === 'LOC' || s.confidence >= DOUBTED_OTHER || s.tokenEnd !== s.tokenStart + 1 || t?.kind !== 'word') return false;
  const f = foldArabic(ctx.text.slice(Math.max(s.start, t.start), t.end));
  // (nor after في or قرب, or a word that names a place or a body, an opening mark between:
  // باق في ليون، قرب ليون، مدينة «أوباما» are a club and towns)
  let b = s.tokenStart - 1;
  if (b >= 0 && OPENING_MARKS.has(ctx.tokens[b]!.text)) b--;
  const before = ctx.tokens[b];
  if (before?.kind === 'word' && s.start === t.start) {
    const w = foldArabic(before.text);
    if (AT_A_PLACE.has(w) || ctx.classOf(w) & (LEX.PLACE_CUE | LEX.ORG_CUE)) return false;
  }
  const bits = ctx.classOf(f);
  return !f.startsWith('ال') && (bits & KNOWN_SURNAME) === KNOWN_SURNAME && !(bits & NOT_ONLY_A_PERSON);
}
