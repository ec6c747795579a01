/**
 * Where a person's name begins and ends, once the tagger has proposed a PERS span: the span is
 * trimmed of words that are not part of a name (a preposition or a kin noun before it, a role
 * noun or a verb after it), split when it runs two names together, and dropped when the name
 * designates an institution (جامعة الملك عبد العزيز، مستشفى الملك فهد), a group (حركة حماس), a
 * club (ميلان الإيطالي) or a title in quotation marks (لعبة «ماينكرافت»), or when the only word
 * is the preposition على.
 */
import { hasAccusativeTanwin, isNameConnector, written } from './name-words';
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { procliticSplits, type Token } from './tokenize';

const words = (block: string) => new Set(block.split(/\s+/).filter(Boolean).map(foldArabic));

/** Function words and honorifics that never begin or end a name (compared as written: فإن, not فان; على apart, see below). */
const NOT_A_NAME_WORD = new Set(`
  إلى الى في من عن إن أن فإن وإن بأن لأن وأن مع ثم لكن لكنه حتى منذ عند قد لقد كما بعد قبل حول ضد عبر لدى وفق حسب بحسب
  هذا هذه ذلك تلك الذي التي الذين وهو وهي هو هي كان كانت يكون ليس لم لن لا ما ماذا إنه أنه إنها أنها لو تنظيم
  معالي سمو سموه فخامة سعادة فضيلة جلالة صاحب ركن
`.split(/\s+/).filter(Boolean));

/** Kin nouns: the name after one is the relative's (حفيد الشريف، زوجة أبي علي الشيشاني), never part of it. */
const KIN = words('حفيد حفيدة نجل نجلة شقيق شقيقة زوج زوجة أرملة طليقة والد والدة');

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

/** Whether token i opens a person's name: a connector (أبي بكر) or a listed name. */
function opensName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return false;
  const f = foldArabic(t.text);
  return isNameConnector(f) || (ctx.classOf(f) & CURATED_NAME) !== 0;
}

/**
 * Whether the word before token ts is a given name behind و or ل (لماجد عبدالله، ومناف أبو شقير)
 * and token ts goes on with a listed name: the name starts there. The given name is a person's
 * (isPersonsGivenName: not وطالب "and he demanded"), the whole word no word of its own (لصالح
 * "in favour of").
 */
export function isGivenNameBehindClitic(ctx: BoundsContext, ts: number): boolean {
  const prev = ctx.tokens[ts - 1], cur = ctx.tokens[ts];
  if (prev?.kind !== 'word' || cur?.kind !== 'word' || !(ctx.classOf(foldArabic(cur.text)) & CURATED_NAME)) return false;
  if (ctx.classOf(foldArabic(prev.text)) & (CURATED_NAME | LEX.COMMON)) return false;
  return procliticSplits(prev.text).some((r) => /^[وف]?ل?$/.test(r.prefix) && r.prefix !== '' && !r.article && isPersonsGivenName(ctx.classOf(r.stem)));
}

/**
 * Whether a word's classes are those of a given name the corpora show as a person's and no list
 * as a common word, a title, a verb of speech or a cue (not فضل، صباح، خلف، طالب).
 */
export function isPersonsGivenName(bits: number): boolean {
  return (bits & LEX.GIVEN) !== 0 && (bits & LEX.CORPUS_PERS) !== 0 && !(bits & (LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.MODIFIER | LEX.ORG_CUE));
}

/** Role nouns that may follow a name in apposition (هشام الفالح وكيل إمارة مكة) but are not the cue list's titles. */
const ROLE_AFTER = words('وكيل');

/** A name after one of these designates the place or institution (جامعة الملك عبد العزيز، ملعب لوفتس رود). */
const INSTITUTION = words(`
  جامعة جامعتا جامعتي الجامعة مستشفى مستشفيات المستشفى حديقة منتزه استاد ملعب دوري جائزة شارع طريق مسجد جامع كلية معهد
  مطار ميناء مدرسة مدارس جسر ميدان قاعدة مستوصف كأس دار
`);
/**
 * Places named like people (حاكم منطقة بركي براك، ولاية لوغار), in the construct form only: after
 * the definite noun a name is a person (المتحدث باسم الهلال الأحمر بالمنطقة خالد العنزي).
 */
const PLACE_HEAD = /^[وفبل]?(?:منطق[ةه]|ولاي[ةه]|اقليم|بلد[ةه]|قري[ةه]|مقاطع[ةه]|ناحي[ةه])$/;
/** … and after these only with a royal or religious title between (مركز الأمير عبدالله الفيصل، مدينة الملك عبد الله). */
const INSTITUTION_WITH_TITLE = words(`
  مركز مؤسسة مجمع قاعة مكتبة كرسي منحة بطولة مسابقة برنامج مشروع مبادرة نادي صالة جمعية قصر فندق مدينة حي سد وقف
`);
/** Titles that name institutions after their patron (الملك، الأمير، الإمام …). */
const PATRON_TITLE = words('الملك الأمير الأميرة الإمام الشيخ السلطان المؤسس خادم الحرمين الشريفين');


/** Marks between a title and its subtitle. */
const SUBTITLE_MARKS = new Set([':', '-', '–']);
const OPENING_MARKS = new Set(['"', '«', '“', '”', "'", '‘']);
const CLOSING_MARKS = new Set(['"', '»', '”', '“', "'", '’']);

/** Word-initial preposition + article (بالسيف، للمدرسة), read off to its article form (السيف). */
const PREPOSITION_ARTICLE = /^[وف]?(?:ب|ك)?(?=ال)|^[وف]?ل(?=ل)/;

/** A preposition with the article on a common word (بالسيف → السيف): it ends no name; بالوتيلي، كالديرون are not read so. */
function isPrepositionWithArticle(ctx: BoundsContext, f: string): boolean {
  const m = PREPOSITION_ARTICLE.exec(f);
  if (!m || m[0] === '' || /^[وف]$/.test(m[0])) return false;
  const rest = f.slice(m[0].length);
  const stem = rest.startsWith('ال') ? rest : `ا${rest}`;
  return (ctx.classOf(stem) & LEX.COMMON) !== 0 && !(ctx.classOf(f) & NAME_CLASS);
}

/** Whether the page writes final ي as ى (فى، على for علي), as many Egyptian sites do: فى at least as often as في. */
export function writesFinalYaAsAlifMaqsura(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const fa = count(/(?:^|[\s(«"])فى(?=[\s،,.])/g);
  return fa > 0 && fa >= count(/(?:^|[\s(«"])في(?=[\s،,.])/g);
}

/** What the bounds need to know of a word and of the page. */
export interface BoundsContext {
  text: string;
  tokens: readonly Token[];
  classOf(folded: string): number;
  /** writesFinalYaAsAlifMaqsura(text), computed once per page, when a word written على first asks. */
  yaAsAlifMaqsura(): boolean;
  /** The folded words of the page, computed once, when a word with و inside a name first asks. */
  bareWords(): ReadonlySet<string>;
}

const stems = (word: string) => procliticSplits(word).map((s) => s.stem);
/** The readings of a word that keep no article: the forms in which it can head a construct (مركز، لمركز; not المركز). */
const constructStems = (word: string) => procliticSplits(word).filter((s) => !s.article).map((s) => s.stem);

function isPreposition3ala(ctx: BoundsContext, t: Token): boolean {
  return /^[وف]?على$/.test(written(t.text)) && !ctx.yaAsAlifMaqsura();
}

/**
 * Whether a token cannot be (part of) a name: punctuation, a function word, an honorific, the
 * preposition على.
 * @example isNotAName(ctx, token of 'على') → true
 */
export function isNotAName(ctx: BoundsContext, t: Token): boolean {
  if (t.kind !== 'word') return true;
  // شاكرًا، مضيفاً: a word with the accusative tanwin is an adverbial participle far more often than a name.
  return isPreposition3ala(ctx, t) || NOT_A_NAME_WORD.has(written(t.text)) || hasAccusativeTanwin(t.text);
}

/** A place, a country or an organisation word that no list knows as part of a person's name (حكومة الشيشان حسن حكيموف). */
function isPlaceOrOrgOnly(ctx: BoundsContext, t: Token): boolean {
  const bits = ctx.classOf(foldArabic(t.text));
  return (bits & (LEX.COUNTRY | LEX.CORPUS_LOC | LEX.CORPUS_ORG)) !== 0 && !(bits & (LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS));
}

function endsNoName(ctx: BoundsContext, t: Token): boolean {
  if (isNotAName(ctx, t)) return true;
  const f = foldArabic(t.text);
  if (ROLE_AFTER.has(f) || isPrepositionWithArticle(ctx, f)) return true;
  return (ctx.classOf(f) & (LEX.TITLE | LEX.SPEECH)) !== 0;
}

/** Whether the words before token `ts` name an institution the name belongs to. */
function namesInstitution(ctx: BoundsContext, ts: number): boolean {
  let titled = false;
  for (let j = ts - 1; j >= 0 && j >= ts - 5; j--) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word') return false;
    const forms = stems(t.text);
    if (forms.some((f) => PATRON_TITLE.has(f))) { titled = true; continue; }
    // The head is in construct with the name (مركز الملك فهد): after its definite form the name
    // is a person in apposition (وكيل المركز الشيخ ناصر بن محيا).
    const construct = constructStems(t.text);
    if (construct.some((f) => INSTITUTION.has(f)) || PLACE_HEAD.test(foldArabic(t.text))) return true;
    return titled && construct.some((f) => INSTITUTION_WITH_TITLE.has(f));
  }
  return false;
}

/** Words that give a person's byname (وكنيته «أبو الليث السوداني»، يدعى «أبو مالك»). */
const NAMING = words('كنيته كنيتها يدعى تدعى الملقب الملقبة لقبه لقبها المكنى');

/**
 * Whether the name stands alone between quotation marks (لعبة «هيدز أب!»، فيلم “دكتور جيفاغو”),
 * or after a title and a colon there (لعبة «ماينكرافت: بوكيت إيديشين»): the title of a work or
 * a brand, unless a title, a speech verb or a word that gives a byname stands before the marks
 * (الرئيس «أبو مازن»، وكنيته «أبو الليث السوداني»).
 */
function quotedTitle(ctx: BoundsContext, ts: number, te: number): boolean {
  let j = ts - 1;
  const isTitle = (t: Token | undefined) => t?.kind === 'word' && (ctx.classOf(foldArabic(t.text)) & LEX.TITLE) !== 0;
  while (j > ts - 3 && isTitle(ctx.tokens[j])) j--;
  // «ماينكرافت: بوكيت إيديشين»: after a word and a colon inside the marks the name is a subtitle.
  if (j === ts - 1 && SUBTITLE_MARKS.has(ctx.tokens[j]?.text ?? '') && ctx.tokens[j - 1]?.kind === 'word') j -= 2;
  const before = ctx.tokens[j];
  if (!before || before.kind === 'word' || !OPENING_MARKS.has(before.text)) return false;
  let k = te;
  // Allow one word and one punctuation mark inside the marks after the name (هيدز أب!).
  for (let extra = 0; extra < 2 && ctx.tokens[k] && !CLOSING_MARKS.has(ctx.tokens[k]!.text); extra++) k++;
  if (!ctx.tokens[k] || !CLOSING_MARKS.has(ctx.tokens[k]!.text)) return false;
  if (j < ts - 1) return true;
  const lead = ctx.tokens[j - 1];
  return !lead || lead.kind !== 'word' || !(ctx.classOf(foldArabic(lead.text)) & (LEX.TITLE | LEX.SPEECH)) && !stems(lead.text).some((f) => NAMING.has(f));
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
function namesClub(ctx: BoundsContext, ts: number, te: number): boolean {
  if (ctx.classOf(foldArabic(ctx.tokens[ts]!.text)) & CURATED_NAME) return false;
  return te - ts === 2 ? isDefiniteDemonym(ctx, ctx.tokens[te - 1]) : te - ts === 1 && isDefiniteDemonym(ctx, ctx.tokens[te]);
}

const CURATED_NAME = LEX.GIVEN | LEX.PERSON | LEX.SURNAME;
const NAME_CLASS = CURATED_NAME | LEX.CORPUS_PERS;

/**
 * Where two names run together: a surname with the article, then a given name and more
 * (أحمد المرزوقي خالد باسهل), or a second name joined by و (لينا محمد وسلوى العباد) when the
 * word after و is a listed name or stands on the page without it (كوفاتش وستريكر after سيباستيان
 * ستريكر) and the word with و is not a listed name (وليد stays whole).
 */
function splitPoint(ctx: BoundsContext, ts: number, te: number): number {
  for (let k = ts + 1; k < te; k++) {
    const w = foldArabic(ctx.tokens[k]!.text);
    if (w.length > 3 && w.startsWith('و') && !(ctx.classOf(w) & CURATED_NAME) && (ctx.classOf(w.slice(1)) & CURATED_NAME || ctx.bareWords().has(w.slice(1)))) return k;
  }
  for (let k = ts + 2; k < te - 1; k++) {
    const prev = foldArabic(ctx.tokens[k - 1]!.text);
    const cur = foldArabic(ctx.tokens[k]!.text);
    if (!prev.startsWith('ال') || prev === 'ال' || ctx.classOf(prev) & LEX.GIVEN) continue;
    if (ctx.classOf(cur) & LEX.GIVEN && !(ctx.classOf(cur) & LEX.SURNAME)) return k;
  }
  return -1;
}

/**
 * The token ranges [ts, te) a tagged person span stands for, after trimming, splitting and
 * dropping (none when it is not a person).
 * @example personRanges(ctx of 'جامعة الملك عبد العزيز', 2, 4) → []
 */
export function personRanges(ctx: BoundsContext, ts: number, te: number): Array<[number, number]> {
  while (ts < te && (isNotAName(ctx, ctx.tokens[ts]!) || stems(ctx.tokens[ts]!.text).some((f) => KIN.has(f)) || (te - ts > 1 && isPlaceOrOrgOnly(ctx, ctx.tokens[ts]!)))) ts++;
  if (followsGroupNoun(ctx, ts) && !(te - ts > 1 && opensName(ctx, ts)) && !opensName(ctx, ++ts)) return [];
  // A connector asks for the name part after it (علي بن أبي طالب: طالب is also a verb).
  while (te > ts && endsNoName(ctx, ctx.tokens[te - 1]!) && !(te - 2 >= ts && isNameConnector(foldArabic(ctx.tokens[te - 2]!.text)))) te--;
  // وولد عمر الشريف باسم “ميشيل …”: before quotation marks باسم is "under the name", not the name باسم.
  if (te - ts > 1 && written(ctx.tokens[te - 1]!.text) === 'باسم' && OPENING_MARKS.has(ctx.tokens[te]?.text ?? '')) te--;
  if (ts >= te || namesInstitution(ctx, ts) || quotedTitle(ctx, ts, te) || namesClub(ctx, ts, te)) return [];
  const k = splitPoint(ctx, ts, te);
  return k < 0 ? [[ts, te]] : [[ts, k], [k, te]];
}
