/**
 * When a tagged person span names no person: the name designates an institution (جامعة الملك عبد
 * العزيز، مستشفى الملك فهد), a group (حركة حماس), a club (ميلان الإيطالي) or a title in quotation
 * marks (لعبة «ماينكرافت», people-quoted-title.ts). people-bounds.ts asks these before it keeps a name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CURATED_NAME, isDoctorPointAt, isTitleToken, stems, someStem, words, type BoundsContext } from './people-context';
import { completesRole } from './people-office';
import { procliticSplits, type Token } from './tokenize';
import { foldedAt } from './people-word-table';

/**
 * Nouns of organised groups: the name after one is the group's (حركة حماس، حركة أمل، جماعة بوكو
 * حرام), unless a person's full name follows (المتحدث باسم تنظيم أبو محمد العدناني); a person may
 * follow the group's one-word name (تنظيم داعش أبي بكر البغدادي). Not ميليشيات or كتائب, often
 * named after a person (ميليشيات صالح).
 */
const GROUP = words('تنظيم جماعة حركة حزب');

/**
 * Whether token i comes right after a noun of an organised group in construct (جماعة الحوثي،
 * تنظيم داعش); after the definite noun a person stands in apposition (زعيم الحزب فيليب ديونتر).
 */
export function followsGroupNoun(ctx: BoundsContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev?.kind === 'word' && constructStems(prev.text).some((f) => GROUP.has(f));
}

/** Nouns of a family or tribe: the surname after one names the whole family (عائلة الحربي، أسرة القذافي). */
const FAMILY = words('عائلة أسرة قبيلة');

/**
 * Whether token i comes right after a family noun in construct (فجعت عائلة الحربي، ولكافة
 * عائلة الحربي): the surname there is the family's, not one of its people.
 */
export function followsFamilyNoun(ctx: BoundsContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev?.kind === 'word' && constructStems(prev.text).some((f) => FAMILY.has(f));
}

/**
 * Whether token i comes right after an organisation noun in construct (مجموعة الطيار للسفر،
 * شركة العثيم): a surname there names the company, not its bearer; the page-level pass asks
 * this of the surnames it finds again.
 */
export function followsOrgNoun(ctx: BoundsContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev?.kind === 'word' && constructStems(prev.text).some((f) => !f.startsWith('ال') && (ctx.classOf(f) & LEX.ORG_CUE) !== 0);
}

/**
 * A name after one of these designates the place, institution or company (جامعة الملك عبد العزيز،
 * ملعب لوفتس رود، شركة برنارد ماركوس، برج إيفل، أكاديمية نانيستيليس), or the hurricane (إعصار فايلين;
 * not عاصفة, as in عاصفة سلمان الحزم, the operation of King Salman).
 */
const INSTITUTION = words(`
  جامعة جامعتا جامعتي الجامعة مستشفى مستشفيات المستشفى حديقة منتزه متنزه استاد ملعب دوري جائزة شارع طريق مسجد جامع كلية معهد
  مطار مطاري مطارا ميناء مدرسة مدارس ثانوية ثانويات متوسطة ابتدائية جسر ميدان قاعدة مستوصف كأس دار متحف برج مصنع فندق شركة مجموعة أكاديمية مؤسسة
  منتره
  إعصار أعاصير
`);
/**
 * A town's police, municipality or education office (شرطة عفيف، بلدية جوف بني هاجر، تعليم عفيف):
 * the name after one is the town's, unless a role governs the noun (رئيس بلدية تشاتانوغا أندي
 * بيرك: the name is the mayor's).
 */
const TOWN_OFFICE = words('شرطة بلدية تعليم');
/** A person's own publication, named by a bare name (مدونة محمد داود), written by the one a title announces (مدونة الكاتب …). */
const PERSONAL_WORK = words('مدونة مدونات');
/**
 * Places named like people (حاكم منطقة بركي براك، ولاية لوغار), in the construct form only: after
 * the definite noun a name is a person (المتحدث باسم الهلال الأحمر بالمنطقة خالد العنزي).
 */
export const PLACE_HEAD = /^[وفبل]?(?:منطق[ةه]|ولاي[ةه]|اقليم|بلد[ةه]|قري[ةه]|مقاطع[ةه]|ناحي[ةه]|محافظ[ةه]|مديري[ةه]|مدين[ةه]|جزير[ةه]|غاب[ةه]|جبل)$/;
/** The preposition في of a place, behind و or ف or not (وفي تانجشان), folded. */
export const FI = /^[وف]?في$/;
/** … and after these only with a royal or religious title between (مركز الأمير عبدالله الفيصل، مدينة الملك عبد الله). */
const INSTITUTION_WITH_TITLE = words(`
  مركز مؤسسة مجمع قاعة مكتبة كرسي منحة بطولة مسابقة برنامج مشروع مبادرة نادي صالة جمعية قصر حي أحياء سد وقف دارة
`);
/** Titles that name institutions after their patron (الملك، الأمير، الإمام …). */
const PATRON_TITLE = words('الملك الأمير الأميرة الإمام الشيخ السلطان المؤسس خادم الحرمين الشريفين');

/** The readings of a word that keep no article: the forms in which it can head a construct (مركز، لمركز; not المركز). */
const constructStems = (word: string) => procliticSplits(word).filter((s) => !s.article).map((s) => s.stem);

/** A word with the article, a clitic before it allowed (المستشفى، بالجامعة، للمركز). */
const DEFINITE = /^[وف]?[بلك]?ال|^[وف]?لل/;

/**
 * Whether token i comes right after a group, organisation or family noun in construct (جماعة
 * الحوثي، شركة العثيم، عائلة الحربي): the word there names the group, the company or the family.
 */
export function followsNamingNoun(ctx: BoundsContext, i: number): boolean {
  return followsGroupNoun(ctx, i) || followsOrgNoun(ctx, i) || followsFamilyNoun(ctx, i);
}

/**
 * Whether a name standing at token i names something else: an institution before it, or a
 * group, organisation or family noun right before it (جامعة الملك سعود، جماعة أبو هريرة).
 */
export function namesSomethingElse(ctx: BoundsContext, i: number): boolean {
  return namesInstitution(ctx, i) || followsNamingNoun(ctx, i);
}

/**
 * Whether the words before token `ts` name an institution the name belongs to. With `blessed` (a
 * blessing follows the name: مبادرة خادم الحرمين الملك عبدالله - حفظه الله -) only a place or an
 * institution does (مسجد، ملعب، جامعة): an initiative, a project or a centre after a patron's
 * title is then his own, the person himself named.
 */
export function namesInstitution(ctx: BoundsContext, ts: number, blessed = false): boolean {
  let titled = false, crossed = false;
  for (let j = ts - 1; j >= 0 && j >= ts - 5; j--) {
    const t = ctx.tokens[j]!;
    // مستشفيات د.سليمان الحبيب: the abbreviated title د. is a title as الدكتور is (its point and
    // its letter, two tokens, are stepped over together).
    if (j === ts - 1 && isDoctorPointAt(ctx.tokens, j)) { crossed = true; j--; continue; }
    if (t.kind !== 'word') return false;
    const forms = stems(t.text);
    if (forms.some((f) => PATRON_TITLE.has(f))) { titled = true; continue; }
    // The head is in construct with the name (مركز الملك فهد): after its definite form the name
    // is a person in apposition (وكيل المركز الشيخ ناصر بن محيا).
    const construct = constructStems(t.text);
    const f = foldArabic(t.text);
    // مستشفيات الدكتور سليمان الحبيب: after any other title only a head in construct names the place
    // (not مدير المستشفى الدكتور خالد الثمالي, where the definite head ends a role).
    // مدير المستشفى محمد الخياط: the definite noun completes a role, unless a patron's title follows it.
    // مدونة محمد داود names the blog; مدونة الكاتب عبد الحميد عبد العاطي, the writer whose blog it is.
    if (construct.some((w) => PERSONAL_WORK.has(w))) return !crossed && !titled;
    // عن طريق المهاجم حمزة الدردور: "by way of", no road.
    if (f === 'طريق' && j > 0 && foldedAt(ctx, j - 1) === 'عن') return false;
    if ((construct.some((w) => INSTITUTION.has(w)) || PLACE_HEAD.test(f)) && !(crossed && DEFINITE.test(f))) return titled || !completesRole(ctx, j);
    if (construct.some((w) => TOWN_OFFICE.has(w))) return !crossed && !(ctx.tokens[j - 1]?.kind === 'word' && isTitleToken(ctx, ctx.tokens[j - 1]!));
    if (isTitleToken(ctx, t)) { crossed = true; continue; }
    return !blessed && titled && construct.some((w) => INSTITUTION_WITH_TITLE.has(w));
  }
  return false;
}

/** Adjectives of a hospital or a college that follow its patron's name when the noun is left out (الملك فهد التخصصي), folded. */
const INSTITUTION_ADJECTIVES = words('التخصصي التخصصية الجامعي الجامعية الطبي الطبية المركزي');

/**
 * Whether the name [ts, te) follows a patron's title and is followed, inside the span or right
 * after it, by an adjective of a hospital or a college (الملك فهد التخصصي ببريدة): the
 * institution named after him, its noun left out of a list of them.
 * @example namesInstitutionByAdjective(ctx of 'والملك فهد التخصصي ببريدة', 1, 3) → true
 */
export function namesInstitutionByAdjective(ctx: BoundsContext, ts: number, te: number): boolean {
  const title = ctx.tokens[ts - 1];
  if (title?.kind !== 'word' || !stems(title.text).some((f) => PATRON_TITLE.has(f))) return false;
  for (let k = ts + 1; k <= te; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === 'word' && INSTITUTION_ADJECTIVES.has(foldArabic(t.text))) return true;
  }
  return false;
}

/**
 * Whether the full name [ts, te) stands in construct after an institution noun that takes a
 * patron's name (مركز، مؤسسة، نادي …) and before a nisba adjective that no list knows as a name
 * (مركز جونز هوبكنز أرامكو الطبي): the adjective describes the institution the name is part of.
 * @example namesDescribedInstitution(ctx of 'في مركز جونز هوبكنز أرامكو الطبي', 2, 5) → true
 */
export function namesDescribedInstitution(ctx: BoundsContext, ts: number, te: number): boolean {
  const head = ctx.tokens[ts - 1], adjective = ctx.tokens[te];
  if (te - ts < 2 || head?.kind !== 'word' || adjective?.kind !== 'word' || !constructStems(head.text).some((w) => INSTITUTION_WITH_TITLE.has(w))) return false;
  const f = foldArabic(adjective.text);
  return f.startsWith('ال') && f.endsWith('ي') && f.length >= 5 && !(ctx.classOf(f) & (CURATED_NAME | LEX.CORPUS_PERS | LEX.DEMONYM));
}

/** Heads of an institution's name that the lists also know as given names (ديوان المظالم، ديوان المحاسبة). */
const INSTITUTION_GIVEN = words('ديوان');

/**
 * Whether the name at token ts opens with a given name that heads an institution's name before a
 * word with the article (رئيس ديوان المظالم): the institution, not a person called ديوان; or with
 * the noun of an institution named after a person the lists know (دوري عبداللطيف جميل), taken
 * into the span.
 * @example opensWithInstitutionHead(ctx of 'رئيس ديوان المظالم', 1) → true
 */
export function opensWithInstitutionHead(ctx: BoundsContext, ts: number): boolean {
  const head = ctx.tokens[ts], next = ctx.tokens[ts + 1];
  if (head?.kind !== 'word' || next?.kind !== 'word') return false;
  // دوري عبداللطيف جميل، كأس زايد: the tagger took the institution's noun into the name, before a
  // name the lists know; not before one they do not (دوري جولد is Dore Gold).
  if (constructStems(head.text).some((f) => INSTITUTION.has(f))) return (ctx.classOf(foldArabic(next.text)) & (CURATED_NAME | LEX.CORPUS_PERS)) !== 0;
  return someStem(head.text, (f) => INSTITUTION_GIVEN.has(f)) && foldArabic(next.text).startsWith('ال');
}

/** A demonym with the article (الإيطالي، السعودية). */
function isDefiniteDemonym(ctx: BoundsContext, t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const f = foldArabic(t.text);
  return f.startsWith('ال') && (ctx.classOf(f) & LEX.DEMONYM) !== 0;
}

/**
 * Whether one word that no list knows as a name takes a demonym with the article after it
 * (ميلان الإيطالي، كيريتارو المكسيكي، النصر السعودي): so the news name clubs and companies,
 * while a person's nationality comes before the name (المهاجم البرازيلي رونالدينيو).
 */
export function namesClub(ctx: BoundsContext, ts: number, te: number): boolean {
  if (ctx.classOf(foldArabic(ctx.tokens[ts]!.text)) & CURATED_NAME) return false;
  return te - ts === 2 ? isDefiniteDemonym(ctx, ctx.tokens[te - 1]) : te - ts === 1 && isDefiniteDemonym(ctx, ctx.tokens[te]);
}
