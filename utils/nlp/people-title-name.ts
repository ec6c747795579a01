/**
 * Names the tagger leaves untagged right after a title with the article (الدكتورة موضي الخلف،
 * الشاعر مطلق الأزيمع، الأمير متعب خلال جولته): the title announces one person, whose name follows
 * at once or after its nationality or a modifier (السابق، الراحل). The name is taken when it is clearly one:
 *  - a given name, or a word no list knows as anything else, then a family name with the article
 *    that no list knows as a place, a people or an organisation (موضي الخلف، وليد القليب);
 *  - a given name alone that no list knows as a common word (الأمير متعب، الفنانة صابرين);
 *  - a word alone that the page writes again elsewhere and that has the shape of no inflected
 *    common word (الأمير بندر … عمل بندر).
 * A title heading an institution's name (مستشفى الملك فهد، جامعة الإمام محمد) names no person there.
 */
import { LEX } from './ner/lexicon';
import { ARABIC_WORD, hasNounEnding, isDoctorPointAt, mayHoldArticle, hasPronounSuffix, isSpeechToken, someStem, words, type BoundsContext } from './people-context';
import { isForeignNameWord, isKnownWord } from './people-demonym';
import { NAME_CLASS } from './people-not-names';
import { isNisba } from './people-role';
import { namesInstitution } from './people-institutions';
import { isVerbForm } from './people-extent';
import { hasInflectedShape } from './people-run-on';
import { writesAgain } from './people-definite-profession';
import { CLOSING_MARKS as NAME_CLOSING_MARKS } from './people-closed-family';
import { classAt, foldedAt } from './people-word-table';
import { procliticSplits } from './tokenize';

/** Classes of a word that may stand between a title and the name: a modifier, a nationality. */
const BETWEEN = LEX.MODIFIER | LEX.DEMONYM | LEX.TITLE;
/** Classes no word of a person's name has here: a place, a country, an organisation, a speech verb. */
const NOT_NAME = LEX.PLACE | LEX.COUNTRY | LEX.DEMONYM | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.SPEECH | LEX.TITLE;

/** Titles with the article that are as often other nouns: the world, the team, the man, the front. */
const AMBIGUOUS_TITLES = words('العالم الفريق الرجل الامام الامين الرئيس الحاكم');

/**
 * Whether token k is a title with the article (الدكتورة، فالدكتورة، للأمير), not one of AMBIGUOUS_TITLES.
 * @example isDefiniteTitle(ctx of 'للأمير متعب', 0) → true; isDefiniteTitle(ctx of 'الفريق كوريتيبا', 0) → false
 */
export function isDefiniteTitle(ctx: BoundsContext, k: number): boolean {
  // (remembered per token: the cue before a name is looked for from up to three tokens after it)
  const known = ctx.table.definiteTitles;
  if (known[k]! < 0) known[k] = readsAsDefiniteTitle(ctx, k) ? 1 : 0;
  return known[k] === 1;
}

/** isDefiniteTitle, worked out. */
function readsAsDefiniteTitle(ctx: BoundsContext, k: number): boolean {
  // (a cheap look first: a word with no article in it, ال or لل, holds no definite title)
  if (!mayHoldArticle(foldedAt(ctx, k))) return false;
  for (const r of procliticSplits(ctx.tokens[k]!.text)) {
    const s = r.stem;
    if (s.startsWith('ال') && (ctx.classOf(s) & LEX.TITLE) !== 0 && !AMBIGUOUS_TITLES.has(s)) return true;
  }
  return false;
}

/** Whether token k may stand between the cue and the name: a nationality, a modifier, another title (الراحل). */
function isBetween(ctx: BoundsContext, k: number): boolean {
  const f = foldedAt(ctx, k);
  return f.startsWith('ال') && (isNisba(f) || (classAt(ctx, k) & BETWEEN) !== 0);
}

/**
 * The index of the definite title before token i, across up to two modifiers, or -1.
 * @example cueBefore(ctx of 'الدكتورة السعودية موضي', 2) → 0
 */
export function cueBefore(ctx: BoundsContext, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (isDefiniteTitle(ctx, k)) return k;
    if (!isBetween(ctx, k)) return -1;
  }
  return -1;
}

/** Whether the folded word may be a name's first word at all: Arabic letters, no article, no conjunction, not a verb. */
function mayBeName(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word' || !ARABIC_WORD.test(t.text)) return false;
  const f = foldedAt(ctx, k);
  return f.length >= 3 && !f.startsWith('ال') && !f.startsWith('و') && !(classAt(ctx, k) & NOT_NAME);
}

/** Whether token k is a family name with the article that no list knows as a place, a people or an organisation. */
export function isFamilyName(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word' || !ARABIC_WORD.test(t.text)) return false;
  const f = foldedAt(ctx, k);
  return f.startsWith('ال') && f.length >= 5 && !hasNounEnding(f) && !f.endsWith('ه') && !(classAt(ctx, k) & NOT_NAME) && !isSpeechToken(ctx, t);
}

/** Whether a folded word has the shape of no inflected common word: no pronoun, no verb's form (تقول، يشكو). */
const plainShape = (f: string) => !hasPronounSuffix(f, true) && !isVerbForm(f) && !f.endsWith('ا');

/** Words that close a lone given name (الأمير متعب خلال جولته، الفنانة أصالة إن). */
const AFTER_LONE_NAME = words('ان انه انها بان بانه خلال في عن من الي');
/** Marks that close a lone given name: those that close a name's span, and a closing bracket or a dash. */
const CLOSING_MARKS = new Set([...NAME_CLOSING_MARKS, ')', '-', '–']);

/**
 * Whether token k closes a lone name: a mark, the page's end, a speech verb or one of AFTER_LONE_NAME;
 * also على when `ala` (not after a given name: الشيخ الراحل سلام على روحك).
 */
function closesName(ctx: BoundsContext, k: number, ala = false): boolean {
  const t = ctx.tokens[k];
  if (!t) return true;
  if (t.kind !== 'word') return CLOSING_MARKS.has(t.text);
  const f = foldedAt(ctx, k);
  return AFTER_LONE_NAME.has(f) || (ala && f === 'علي') || isSpeechToken(ctx, t);
}

/** Whether the folded word opens with a clitic on a word the lists or the corpora know (لصندوق، بفرع، للفريق، بالدوري). */
function hasCliticOnKnownWord(ctx: BoundsContext, f: string): boolean {
  if (!'لبكف'.includes(f[0]!)) return false;
  const rest = f.slice(1);
  return rest.startsWith('ال') || f.startsWith('لل') || isKnownWord(ctx, rest);
}

/**
 * Whether token k is the point of the abbreviated title د. : the letter د right before it, not
 * glued to a word or to another abbreviation (م.د.), but for a professor's أ.د.
 */
function isAbbreviatedDoctor(ctx: BoundsContext, k: number): boolean {
  if (!isDoctorPointAt(ctx.tokens, k)) return false;
  const letter = ctx.tokens[k - 1]!, before = ctx.tokens[k - 2];
  if (!before || before.end < letter.start || (before.kind === 'punct' && before.text !== '.')) return true;
  const professor = ctx.tokens[k - 3];
  return before.text === '.' && (professor?.text === 'أ' || professor?.text === 'ا') && professor.end === before.start;
}

/**
 * The token range [i, j) of a name right after a definite title or د., or null.
 * @example nameAfterTitle(ctx of 'وقالت الدكتورة موضي الخلف إن', 2) → [2, 4]
 */
export function nameAfterTitle(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const { tokens } = ctx;
  const t = tokens[i];
  // الوزير على أهمية: the preposition على folds as the name علي.
  // (a cheap look first: the word before is a definite title or a definite word between it and the name)
  const prev = tokens[i - 1];
  // د. نجلاء الزامل: the abbreviated title stands for الدكتور (its letter and its point, two tokens).
  const abbreviated = isAbbreviatedDoctor(ctx, i - 1);
  if (covered[i] || (!abbreviated && (prev?.kind !== 'word' || !mayHoldArticle(foldedAt(ctx, i - 1))))) return null;
  if (!mayBeName(ctx, i) || t!.text === 'على') return null;
  const f = foldedAt(ctx, i);
  if (hasCliticOnKnownWord(ctx, f)) return null;
  if ((!abbreviated && cueBefore(ctx, i) < 0) || namesInstitution(ctx, i)) return null;
  const bits = classAt(ctx, i);
  const given = (bits & LEX.GIVEN) !== 0 && !(bits & ~NAME_CLASS & ~LEX.COMMON);
  // د. علي: after the abbreviation a given name the lists also call a common word is the name.
  const common = (bits & LEX.COMMON) !== 0 && !abbreviated;
  // A word no list knows, too rare for a cluster and of no inflected shape (موضي، ملفي).
  const rare = !isKnownWord(ctx, f) && !hasInflectedShape(f);
  // موضي الخلف، روضة الحاج: a first word of a name, then a family name; one the lists call common
  // (الخلف، الشهري) only after a given name they do not, and after a common one (مطلق، على) only a
  // family name too rare for a cluster (مطلق الأزيمع, not على المثول، صاحب السمو).
  // After a word no list knows, the family name must be one the page writes after no other word
  // (الملك الأرمني هيثوم المغول … احتل المغول: a people, not a family), and no definite word may
  // follow the pair, which may then be a phrase (المستشار ذعار الفرحاني العريق).
  if (!covered[i + 1] && isFamilyName(ctx, i + 1)) {
    const g = foldedAt(ctx, i + 1);
    const rareFamily = !isKnownWord(ctx, g);
    if ((rareFamily ? given : given && !common) || (rare && !isWrittenAfterOther(ctx, g, f) && !opensDefiniteWord(ctx, i + 2))) return [i, i + 2];
  }
  // الأمير متعب خلال، الفنانة أصالة قالت: a given name no list knows as a common word, closed.
  if (given && !common && closesName(ctx, i + 1)) return [i, i + 1];
  // الأمير بندر … بندر، الممثل كفن كوستنر: a word the page writes again, with the shape of no
  // inflected common word, and a second foreign-shaped word after it.
  if (!bits && !hasNounEnding(f) && plainShape(f) && closesName(ctx, i + 1, true) && isWrittenAgain(ctx, f, i)) return !covered[i + 1] && isForeignNameWord(ctx, tokens[i + 1]) ? [i, i + 2] : [i, i + 1];
  return null;
}

/**
 * Whether a token of the page other than token i is the folded word `f`, a clitic before it allowed
 * (بندر، لبندر), and none names an institution (ميناء برنيكي: the word is the place's name).
 */
function isWrittenAgain(ctx: BoundsContext, f: string, i: number): boolean {
  let again = false;
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (k === i || !writesAgain(ctx, k, f)) continue;
    if (namesInstitution(ctx, k)) return false;
    again = true;
  }
  return again;
}

/**
 * Whether the page writes the folded word `g` (a clitic before it allowed) after a word other than
 * `f`: other than a title or a speech verb, after which the page names the person again by the
 * family name alone (الدكتورة الخلف ردت، وقالت الخلف إن).
 */
function isWrittenAfterOther(ctx: BoundsContext, g: string, f: string): boolean {
  const { tokens } = ctx;
  return tokens.some((_, k) => {
    if (!writesAgain(ctx, k, g)) return false;
    // #شكرا_موضي_الخلف: a hashtag's underscore stands between its words.
    const before = tokens[k - 1]?.text === '_' ? k - 2 : k - 1;
    if (before >= 0 && (isDefiniteTitle(ctx, before) || isSpeechToken(ctx, tokens[before]!))) return false;
    return (before >= 0 ? foldedAt(ctx, before) : '') !== f;
  });
}

/** Whether token k is a word with the article (a clitic before it allowed) that no list knows as a name. */
function opensDefiniteWord(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === 'word' && someStem(t.text, (s) => s.startsWith('ال') && !(ctx.classOf(s) & NAME_CLASS));
}
