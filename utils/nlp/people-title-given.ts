/**
 * A title word that is the person's given name (أمين راضي، أمير كردي، وسلطان البيشي، السلطان ملك
 * شاه): أمين، أمير، سلطان، ملك are titles and given names alike. The word is the name's first
 * before a family name with the article that the lists know as a name or not at all (سلطان
 * البيشي, not أمين الرياض، سلطان عمان), and before a word without the article that the lists
 * know as a name, or that no list knows at all (a foreign or rare family name: أمين أبي ياغي);
 * a title governs a place, a body or a common noun instead (أمير قطر، أمين عام، أمين سر).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isNameOnlyFamily } from './people-nasab-family';
import { CORPUS_OTHER, CURATED_NAME, hasNounEnding, isDoctorPointAt, isTitleToken, words, type BoundsContext } from './people-context';
import { isPersonDemonym } from './people-demonym';
import { ROLE_NAMES } from './people-apposition-noun';
import { written } from './name-words';
import { procliticSplits, type Token } from './tokenize';

/** Classes of the word after the title that show a place, a body, a common word or another title. */
const NOT_A_NAME_PART = LEX.COUNTRY | LEX.PLACE | LEX.DEMONYM | LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.MODIFIER | LEX.CORPUS_ORG;

/** Classes that show a title word is not used as a given name. */
const NOT_A_GIVEN_NAME = LEX.COMMON | LEX.SPEECH | CORPUS_OTHER;

/**
 * Honorifics the lists know as given names too, written bare before the name as an address far
 * more often (شيخ محمد العلي، يا شيخ سلام، شيخ درزي); a given name only inside a longer name
 * (ولد شيخ أحمد), which the title trimming never meets at its start.
 */
const ADDRESS_TITLES = words('شيخ');

/**
 * Whether a reading of the title word, a conjunction allowed and no article, is a given name of
 * people, not also a common word or a word the corpora know in a body's or a thing's name
 * (دكتور: العقيد دكتور عاطي is a title); the article shows the title (البابا فرنسيس). Before a
 * word with the article, which is more often what the title governs (ولي العهد، شيخ العقل، أمير
 * الشعراء), only a given name the corpora show as a person's counts (سلطان البيشي); before a
 * bare name one the curated lists know is enough (أمير كردي، السلطان ملك شاه).
 */
function isGivenTitleWord(ctx: BoundsContext, t: Token, beforeArticle: boolean): boolean {
  const people = beforeArticle ? LEX.CORPUS_PERS : LEX.PERSON | LEX.CORPUS_PERS;
  const isGiven = (bits: number) => (bits & LEX.GIVEN) !== 0 && (bits & people) !== 0 && !(bits & NOT_A_GIVEN_NAME);
  return procliticSplits(t.text).some((r) => !r.article && !r.stem.startsWith('ال') && /^[وف]?$/.test(r.prefix) && !ADDRESS_TITLES.has(r.stem) && isGiven(ctx.classOf(r.stem)));
}

/**
 * Whether the title word at token i is the given name of the name that follows it (وأمير كردي،
 * وسلطان البيشي، السلطان ملك شاه).
 * @example isTitleAsGivenName(ctx of 'وقال أمين راضي إن', 1) → true; isTitleAsGivenName(ctx of 'أمير قطر', 0) → false
 */
export function isTitleAsGivenName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], next = ctx.tokens[i + 1];
  if (t?.kind !== 'word' || next?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(t.end, next.start))) return false;
  const f = foldArabic(next.text), bits = ctx.classOf(f);
  if (!isGivenTitleWord(ctx, t, f.startsWith('ال'))) return false;
  if (f.startsWith('ال')) return isNameOnlyFamily(ctx, f);
  if (f.length < 3 || bits & NOT_A_NAME_PART) return false;
  // A name the lists know (راضي، شاه، عبد), or a word no list knows that does not end as a
  // feminine or plural noun does (more often a common noun's).
  // After a role or a description with the article (المحلل السياسي أمين قمورية) the word may end so.
  const before = ctx.tokens[i - 1];
  const described = before?.kind === 'word' && foldArabic(before.text).startsWith('ال');
  return (bits & (CURATED_NAME | LEX.CORPUS_PERS)) !== 0 || bits === 0 && (!hasNounEnding(f) || described);
}

/**
 * Whether the word right before a tagged name at token ts is a title word used as its given name
 * (للمخرج أمير رمسيس، حصد المصري أمير رمسيس، د. مساعد العيبان): a role, a nationality or the
 * doctor's د. stands before it, so the bare title is no second role in apposition but the name's
 * first word. مساعد and مشرف, role nouns no list knows as names, count there too.
 * @example isTitleGivenAfterCue(ctx of 'للمخرج أمير رمسيس،', 2) → true; (ctx of 'التقى أمير قطر', 2) → false
 */
export function isTitleGivenAfterCue(ctx: BoundsContext, ts: number): boolean {
  const given = ctx.tokens[ts - 1], cue = ctx.tokens[ts - 2];
  if (given?.kind !== 'word' || !cue) return false;
  const isCue = isDoctorPointAt(ctx.tokens, ts - 2) || cue.kind === 'word' && (isTitleToken(ctx, cue) || isPersonDemonym(ctx, ts - 2));
  if (!isCue) return false;
  return ROLE_NAMES.has(written(given.text)) ? isTitleAsNameBefore(ctx, ts) : isTitleAsGivenName(ctx, ts - 1);
}

/** Whether the word at token ts can follow a role noun used as a given name: a family name only a name bears, or a word no list knows. */
function isTitleAsNameBefore(ctx: BoundsContext, ts: number): boolean {
  const t = ctx.tokens[ts];
  if (t?.kind !== 'word') return false;
  const f = foldArabic(t.text), bits = ctx.classOf(f);
  return f.startsWith('ال') ? isNameOnlyFamily(ctx, f) : (bits & CURATED_NAME) !== 0 && !(bits & NOT_A_NAME_PART) || bits === 0 && !hasNounEnding(f);
}
