/**
 * Where a tagged person span and the name differ at its edges: a given name the tagger left out
 * after a comma (، مشاعل الحسين منظمة الحجوزات), a family name it left out after a lone given name
 * (مصطفى بصاص عن …; after a nasab, people-nasab-family.ts), and a connector the name ends in
 * (فيصل أبا الخيل); the conjunction و it kept on the first word is people-clitic.ts's. people.ts
 * asks these around the trimming of people-bounds.ts.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { RELATIVE_PRONOUNS, isNameConnector } from './name-words';
import { CURATED_NAME, hasNounEnding, isAyatollahAt, isTitleToken, spacedOnly, type BoundsContext } from './people-context';
import { NAME_CLASS, isAliWithYa, isNotAName, isWrittenAli } from './people-not-names';
import { procliticSplits, type Token } from './tokenize';

/** Classes of words that are something else than a name: a role, a verb of speech, a cue, a place, a common word. */
const OTHER_WORD = LEX.TITLE | LEX.SPEECH | LEX.COMMON | LEX.MODIFIER | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.CORPUS_MISC;
/** Words that close a subject before its statement (مساعد غالي العنزي أن …). */
const BEFORE_STATEMENT = new Set(['ان', 'انه', 'انها', 'بان', 'بانه']);
/** Marks and words after which a clause part ends, not a noun and its object (ودخل سامي المسجد في …). */
const CLOSES_NAME = new Set(['،', ',', '.', ':', '؛', ...BEFORE_STATEMENT]);
/** Words or marks that may close a name: those, and عن، في …. */
export const AFTER_NAME = new Set([...CLOSES_NAME, 'في', 'عن', 'من', 'الي', 'علي', 'خلال', '-', ')', '(']);

/** Letters that open a verb more often than an unlisted name: the imperfect (يقترح، تشبث، نرى) and أفعل، افتعل. */
const VERB_OPENERS = 'يتنأاإ';
/** Whether an unlisted word opens as a verb does: the imperfect, also with the future س (سيكتب), أفعل، افتعل. */
export function isVerbForm(f: string): boolean {
  return VERB_OPENERS.includes(f[0]!) || f[0] === 'س' && 'يتن'.includes(f[1]!);
}
/** Letters that open an unlisted word as a conjunction or a preposition (وكلمني، لمجهوداتهم). */
const CLITIC_OPENERS = 'وفل';
/** Pronouns a verb or a noun may end with (سميته، صنيعه، ظنهم، وكلمني), rare at the end of a name. */
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ني'];

/** Whether an unlisted word may be a name: no list knows it or its clitic readings, and it ends in no pronoun. */
export function isUnlistedName(ctx: BoundsContext, t: Token, f: string): boolean {
  return !PRONOUNS.some((p) => f.endsWith(p)) && procliticSplits(t.text).every((r) => ctx.classOf(r.stem) === 0);
}

/** The longest unlisted word taken for a given name (مشاعل، مساعد). */
const MAX_UNLISTED_GIVEN = 6;

/**
 * Whether the word before the name [ts, te) is a given name the tagger left out: a word of four
 * to six letters that no list knows, bare, after a comma or a word with the article that ends a
 * role's phrase (وأوضح المدير التنفيذي مساعد العتيبي أن), and the name stands in apposition to a
 * role or an organisation or before its statement (، مشاعل الحسين منظمة الحجوزات في شركة …،
 * مساعد غالي العنزي أن …); a verb or a noun opening the clause is not (، يقترح أوروبين، عرين
 * سعود الفيصل).
 * @example isGivenNameBefore(ctx of 'أكدت، مشاعل الحسين منظمة', 3, 4) → true
 */
export function isGivenNameBefore(ctx: BoundsContext, ts: number, te: number): boolean {
  const prev = ctx.tokens[ts - 1], comma = ctx.tokens[ts - 2], after = ctx.tokens[te];
  // بمنطقة الحدود الشمالية مساعد غالي العنزي، أن: at the end of a role's phrase, as after a comma.
  const roleEnd = comma?.kind === 'word' && foldArabic(comma.text).startsWith('ال');
  if (prev?.kind !== 'word' || (comma?.text !== '،' && comma?.text !== ',' && !roleEnd) || after?.kind !== 'word') return false;
  const f = foldArabic(prev.text), a = foldArabic(after.text);
  if (f.length < 4 || f.length > MAX_UNLISTED_GIVEN || isVerbForm(f) || procliticSplits(prev.text).length > 1) return false;
  return (BEFORE_STATEMENT.has(a) || (ctx.classOf(a) & (LEX.TITLE | LEX.ORG_CUE)) !== 0) && isUnlistedName(ctx, prev, f);
}

/**
 * Whether a word with the article after a lone given name is its family name by what follows: a
 * word no list knows but as a name, not a feminine or a plural, before a mark or أن, a nisba, or
 * the next name of a list behind و (يحيى المسلم وسلطان البيشي، مصطفى الختم السوداني); one in ة no
 * list knows only before أن or the masculine الذي (وكشف نواف العقلة الذي). A common word after a
 * name is no family name (خالد اليوم), nor the object after a subject (ودخل سامي البيت في …).
 */
function closesFamilyName(ctx: BoundsContext, f: string, after: Token | undefined): boolean {
  if (ctx.classOf(f) & ~(LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS)) return false;
  const a = after ? foldArabic(after.text) : '';
  if (hasNounEnding(f)) return f.endsWith('ة') && ctx.classOf(f) === 0 && (a === 'الذي' || BEFORE_STATEMENT.has(a));
  if (!after) return true;
  if (CLOSES_NAME.has(a) || ctx.classOf(a) & LEX.DEMONYM) return true;
  return a.length > 3 && a.startsWith('و') && (ctx.classOf(a.slice(1)) & (CURATED_NAME | LEX.CORPUS_PERS)) !== 0;
}

/**
 * Whether the word before the name at token ts is a listed given name the tagger left out, after
 * a title or the honorific آية الله (المرجع آية الله علي السيستاني، الرئيس محمد مرسي).
 * @example isGivenNameAfterTitle(ctx of 'آية الله علي السيستاني', 3) → true
 */
export function isGivenNameAfterTitle(ctx: BoundsContext, ts: number): boolean {
  const given = ctx.tokens[ts - 1], title = ctx.tokens[ts - 2];
  if (given?.kind !== 'word' || title?.kind !== 'word') return false;
  const g = ctx.classOf(foldArabic(given.text));
  // علي is also على folded: the name only as written with ي, on a page that writes final ي as ي.
  const common = g & LEX.COMMON && !isAliWithYa(ctx, given);
  if (!(g & LEX.GIVEN) || g & (LEX.TITLE | LEX.SPEECH) || common) return false;
  return isAyatollahAt(ctx.tokens, ts - 2) || isTitleToken(ctx, title);
}

/**
 * Whether the word after a lone given name at token a is its family name: a word no list knows
 * (مصطفى بصاص عن …) or one with the article that is no role, cue or place (دخيل الطيار مدير
 * الصالة), before what closes a name, or a nisba a common adjective shares (صالح الظاهري، عمر
 * الديني); the word with the article only before a role in apposition, since a common word may
 * follow a name (خالد اليوم).
 * @example isFamilyNameAfter(ctx of 'أو مصطفى بصاص عن مصلحتهم', 1) → true
 */
export function isFamilyNameAfter(ctx: BoundsContext, a: number): boolean {
  const given = ctx.tokens[a]!, family = ctx.tokens[a + 1], after = ctx.tokens[a + 2];
  if (family?.kind !== 'word' || isNotAName(ctx, family)) return false;
  const gf = foldArabic(given.text), g = ctx.classOf(gf);
  // عز الدين بعصبية: a word with the article is the end of a compound name, not a given name.
  if (!(g & LEX.GIVEN) || g & (LEX.TITLE | LEX.SPEECH | LEX.COMMON) || gf.startsWith('ال')) return false;
  const f = foldArabic(family.text);
  const role = after?.kind === 'word' && (ctx.classOf(foldArabic(after.text)) & LEX.TITLE) !== 0;
  if (f.startsWith('ال')) return f.length >= 5 && (role && !(ctx.classOf(f) & (OTHER_WORD & ~LEX.COMMON)) || closesFamilyName(ctx, f, after) || isCommonNisbaFamily(ctx, f));
  // (ارشيدات: a word in ات opens as أفعل does but is no verb; a plural the lists would know.)
  if (f.length < 3 || isVerbForm(f) && !f.endsWith('ات') || CLITIC_OPENERS.includes(f[0]!) || !(isUnlistedName(ctx, family, f) || isListedOnlyAsName(ctx, f))) return false;
  // (محافظ العقبة فواز إرشيدات التي هاجم فيها: a relative pronoun closes the name as a mark does.)
  const next = after ? foldArabic(after.text) : '';
  return !after || role || AFTER_NAME.has(next) || RELATIVE_PRONOUNS.has(next) || isNextNameInList(ctx, after);
}

/**
 * Whether token b is the name علي after the given names [a, b), written with ي on a page that
 * writes the preposition على with ى and never writes إلى as إلي (عاصم علي أن، يوسف محمد علي
 * بالمركز): a father's or grandfather's name, which the tagger left out as it reads the word as the
 * preposition. Every word before it is a listed given name without the article and no role or
 * common word.
 * @example isWrittenAliAfterGivenNames(ctx of 'وعلى هذا يرى عاصم علي أن', 3, 4) → true
 */
export function isWrittenAliAfterGivenNames(ctx: BoundsContext, a: number, b: number): boolean {
  const ali = ctx.tokens[b];
  if (ali === undefined || !isWrittenAli(ctx, ali) || ctx.writesIlaWithYa()) return false;
  for (let i = a; i < b; i++) {
    const f = foldArabic(ctx.tokens[i]!.text), bits = ctx.classOf(f);
    if (!(bits & LEX.GIVEN) || bits & (LEX.TITLE | LEX.SPEECH | LEX.COMMON) || f.startsWith('ال')) return false;
  }
  return true;
}

/**
 * Whether the word after the one-word name at token a is a foreign family name written with أل,
 * which folds as the article does (إيلتون ألميدا، فرناندو ألونسو): a word no list knows, of five
 * letters or more, opened by أل with its hamza, which the article never has.
 * @example isHamzaAlFamilyAfter(ctx of 'كشف البرازيلي إيلتون ألميدا لاعب', 2) → true
 */
export function isHamzaAlFamilyAfter(ctx: BoundsContext, a: number): boolean {
  const family = ctx.tokens[a + 1];
  if (family?.kind !== 'word' || !family.text.startsWith('أل') || !spacedOnly(ctx, a, a + 2)) return false;
  const f = foldArabic(family.text);
  return f.length >= 5 && isUnlistedName(ctx, family, f);
}

/**
 * Whether the first word of the span [ts, te) is no part of the name after it: a word the lists
 * know only as a common one, before a given name or عبد/أبو that opens a name of two words or
 * more (برفقة عبد المحسن العيوف، رمزية بن غوريون). (A foreign form of address, مدام فاتن, is left
 * in: the page's checks read the name through it.)
 * @example isLeadingWordBeforeName(ctx of 'برفقة عبد المحسن العيوف أحد', 0, 4) → true
 */
export function isLeadingWordBeforeName(ctx: BoundsContext, ts: number, te: number): boolean {
  const first = foldArabic(ctx.tokens[ts]!.text), next = ctx.tokens[ts + 1]!;
  if (te - ts < 3 || ctx.classOf(first) !== LEX.COMMON || next.kind !== 'word') return false;
  const g = foldArabic(next.text);
  return g === 'عبد' || g === 'ابو' || g === 'بن' || (ctx.classOf(g) & LEX.GIVEN) !== 0 && !(ctx.classOf(g) & LEX.COMMON);
}

/** Nisbas that follow a name as adjectives of time (المدرب خالد الحالي). */
const NISBA_ADJECTIVES = new Set(['الحالي', 'الماضي']);

/**
 * Whether a folded word with the article is a nisba a common word shares with a family name
 * (الظاهري، الديني): six letters or more (not الذي); a regnal number (الثاني) is a modifier,
 * which the tagger keeps in the name.
 */
function isCommonNisbaFamily(ctx: BoundsContext, f: string): boolean {
  return f.length >= 6 && f.endsWith('ي') && !NISBA_ADJECTIVES.has(f) && !(ctx.classOf(f) & ~(LEX.COMMON | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS));
}

/** A word the lists know only as a name (متعب، حميدة), no role, cue, place or common word. */
function isListedOnlyAsName(ctx: BoundsContext, f: string): boolean {
  const bits = ctx.classOf(f);
  return bits !== 0 && !(bits & ~NAME_CLASS);
}

/** Whether a token opens the next name of a list behind و (كريس برات وبرايس …): و on a listed name. */
function isNextNameInList(ctx: BoundsContext, t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const a = foldArabic(t.text);
  return a.length > 3 && a.startsWith('و') && !(ctx.classOf(a) & LEX.COMMON) && (ctx.classOf(a.slice(1)) & (CURATED_NAME | LEX.CORPUS_PERS)) !== 0;
}

/** Whether the word before token a is a title, a demonym or a verb of speech, clitics off (وقال، المهندس، السوري). */
function followsPersonCue(ctx: BoundsContext, a: number): boolean {
  const prev = ctx.tokens[a - 1];
  return prev?.kind === 'word' && procliticSplits(prev.text).some((r) => (ctx.classOf(r.stem) & (LEX.TITLE | LEX.SPEECH | LEX.DEMONYM)) !== 0);
}

/**
 * Whether a lone given name at token a reads as the first term of a genitive phrase, as an
 * adjective or a noun that shares its form with the name (حسن التنظيم، وصالح الأعمال، كريم
 * الأخلاق): the word after it is a definite noun the lists know only as a common word, not a
 * relative pronoun (خالد الذي) nor a nisba, which may be a family name (يحيى الشهري). A person
 * named so is backed by a fuller name on the page; the lone word alone is doubted (people-link.ts).
 * @example headsGenitivePhrase(ctx of 'أسهم في نجاحها حسن التنظيم', 3) → true
 */
export function headsGenitivePhrase(ctx: BoundsContext, a: number): boolean {
  const given = ctx.tokens[a], next = ctx.tokens[a + 1];
  if (given?.kind !== 'word' || next?.kind !== 'word') return false;
  const f = foldArabic(next.text);
  if (!f.startsWith('ال') || f.length < 5 || f.endsWith('ي') || RELATIVE_PRONOUNS.has(f)) return false;
  // After a title, a demonym or a verb of speech (قال نواف العقلة، المهاجم السوري عمر السومة) an unlisted word is the family name.
  if (ctx.classOf(f) !== LEX.COMMON && !(ctx.classOf(f) === 0 && hasNounEnding(f) && !followsPersonCue(ctx, a))) return false;
  // وصالح الأعمال: the name behind the conjunction.
  return procliticSplits(given.text).some((r) => !r.article && /^[وف]?$/.test(r.prefix) && (ctx.classOf(r.stem) & LEX.GIVEN) !== 0);
}

/**
 * Whether the name [a, b) ends in a connector (بن، أبا، عبد …) and token b is the word it asks
 * for, which the tagger left out (فيصل أبا الخيل، الأمير عبدالرحمن بن مساعد): no name ends in one.
 * @example endsInConnector(ctx of 'الأمير عبدالرحمن بن مساعد جهودا', 1, 3) → true
 */
export function endsInConnector(ctx: BoundsContext, a: number, b: number): boolean {
  const next = ctx.tokens[b];
  return b > a && isNameConnector(foldArabic(ctx.tokens[b - 1]!.text)) && next?.kind === 'word' && !isNotAName(ctx, next);
}
