/**
 * The subject of a speech verb after it as a token range (وقال الوزير …، وقال - محمد- أحد الباعة)
 * and the name set off after a role subject; with the words that end a subject, which the subject
 * before a verb (quotes-subject-before.ts) shares.
 */
import { HAL_FEMININE, HAL_MASCULINE } from './quotes-hal';
import { isAbstractObject } from './quotes-abstract-object';
import type { QuoteContext } from './quotes-context';
import { hasAccusativeTanwin, isNameConnector } from './name-words';
import { isThat, speechWord } from './quotes-speech';
import { isNameNoun } from './quotes-name-nouns';
import { isEulogyAt } from './quotes-religious';
import { afterParenthesis, isMannerWord, isUnnamedAside } from './quotes-aside';
import { addresseeEnd, isAddressing, isToAgency } from './quotes-addressee';
import { isOwnedContent } from './quotes-owned-object';
import { countsThrough } from './quotes-quantity';
import type { Token } from './tokenize';
import { isAlan, isNameAli, isVan } from './quotes-name-stops';
import { isRoleWord } from './quotes-roles';
import { startsObject } from './quotes-object-cut';

// Words that end a subject: prepositions, time words, complementisers, relatives, fillers.
const STOP = new Set(['في', 'خلال', 'امام', 'عبر', 'علي', 'عن', 'من', 'الي', 'مع', 'امس', 'اليوم', 'يوم', 'مساء', 'صباح',
  'ليلة', 'اثناء', 'لدي', 'عند', 'بعد', 'قبل', 'حيث', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'عقب', 'ضمن', 'وسط',
  'حول', 'بشان', 'ردا', 'تعليقا', 'له', 'لها', 'لهم', 'لنا', 'لي', 'لك', 'لكم', 'انذاك', 'حينها', 'ايضا', 'كذلك', 'بدوره',
  'بدورها', 'اليوم', 'غدا', 'هذا', 'هذه', 'ذلك', 'تلك', 'فيه', 'فيها', 'انه', 'انها', 'ما', 'ماذا', 'هل', 'لا', 'لم', 'لن',
  'قد', 'كان', 'كانت', 'وكان', 'وكانت', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الاحد',
  'مؤخرا', 'سابقا', 'لاحقا', 'امامه', 'بينما', 'فيما', 'بين', 'نحو', 'بحضور', 'برفقة', 'بمناسبة', 'اذ', 'اذا', 'لو',
  'او', 'ثم', 'منذ', 'حتي', 'الان', 'بدورهم', 'نفسه', 'نفسها', 'صحفي', 'صحافي', 'مؤكدا', 'موضحا', 'هو', 'هي', 'وهو',
  'وهي', 'وهم', 'هم', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'ولكنه', 'ولكنها', 'الا', 'غير', 'اي', 'كل', 'عبره', 'فقط', 'وقتها', 'يومها', 'ساعتها', 'عندما', 'حين', 'حينما', 'لما', 'بعدما',
  'كما', 'مثلما', 'بينما', 'طالما', 'لطالما', 'كلما', 'لاحدي', 'لاحد', 'لاي', 'لان', 'لاجل', 'لانه', 'لانها', 'نفسي', 'انفسهم', 'انفسنا', 'عام', 'عامي', 'سنة', 'نفس',
  'سوي', 'بهذا', 'بهذه', 'بذلك', 'لهذا', 'لهذه', 'لذلك', 'لذا',
  // "whether" (شددت الدولة سواء عبر رئيسها أو حكومتها).
  'سواء',
  // Adverbs of manner, time and repetition (أكد عليها شخصيا، قالت مجددا، قال مرة، نفت فورا، توجه بداية).
  'شخصيا', 'رسميا', 'علنا', 'علانية', 'حاليا', 'فعلا', 'فعليا', 'نهائيا', 'تقريبا', 'مجددا', 'مرة', 'مرارا', 'صراحة',
  'فورا', 'حديثا', 'اخيرا', 'بداية', 'مبدئيا', 'مسبقا',
  // …and with بـ or as an accusative (يردّ بحماس، قالت بهدوء، قال بأسى، ضحكت عاليا).
  'بحماس', 'بسرعة', 'بهدوء', 'باسي', 'عاليا', 'بثقة', 'بحزم', 'بغضب', 'بحسرة', 'باسف', 'بصراحة', 'بوضوح', 'بفخر', 'بحزن', 'بمرارة', 'بانفعال', 'بحدة',
  // "his saying", the verb's object (وأضاف لاعب برشلونة السابق قوله، نقلت عن الوزير قولها، ونقل البيان عن آزفيدو القول).
  'قوله', 'قولها', 'قولهم', 'قولهما', 'القول']);
/** بـ and a word for the words said (بعبارة، بشعار، بهتافات), folded. */
const BI_WORDING = new Set(['بعبارة', 'بعبارات', 'بشعار', 'بشعارات', 'بكلمة', 'بكلمات', 'بجملة', 'بهتاف', 'بهتافات']);
/** A resumptive pronoun between a verb and its subject: حض فيه الائتلاف، قال له الوزير. */
export const RESUMPTIVE = new Set(['فيه', 'فيها', 'عنه', 'عنها', 'له', 'لها', 'لهم', 'منه', 'منها', 'عليه', 'عليها', 'به', 'بها', 'بهم',
  'اليه', 'اليها', 'اليهم', 'عنهم', 'عنك', 'عنكم', 'لك', 'لكم', 'عليك', 'فيك', 'منك', 'بك', 'اليك', 'تحته', 'تحتها', 'فوقه', 'فوقها']);
const FILLERS = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'امس', 'اليوم', 'قد', 'بعدها']);
/** Honorifics standing for a person named before (وأضاف سموه، وأكد معاليه): a subject that names nobody new. */
const HONORIFIC_PRONOUNS = new Set(['سموه', 'سموها', 'معاليه', 'معاليها', 'فضيلته', 'سيادته', 'سعادته', 'دولته', 'جلالته', 'سماحته']);
/** Whether the folded word is an honorific standing for someone named before (سموه، ومعاليه). */
export const isHonorificPronoun = (f: string): boolean => HONORIFIC_PRONOUNS.has(f.replace(/^و/, ''));
/** The writer's own view after a source word (وفق رؤيتي، حسب رأيي، في تقديري), folded. */
const MY_VIEW = new Set(['رؤيتي', 'رويتي', 'رايي', 'تقديري', 'نظري', 'اعتقادي', 'ظني', 'تصوري', 'قناعتي', 'علمي']);
/** من جهته، من جانبها: a filler only with what follows من. */
const SIDES = new Set(['جهته', 'جهتها', 'جهتهم', 'جانبه', 'جانبها', 'جانبهم']);
const MAX_SUBJECT = 13;

/** Whether the folded word ends a subject (a preposition, a time word, a speech verb …); `first` for its first word. */
export function isStop(f: string, first: boolean): boolean {
  const speech = speechWord(f);
  if (STOP.has(f) || isThat(f) || (speech && speech.kind !== 'noun')) return true;
  if ((f.startsWith('و') || f.startsWith('ف')) && STOP.has(f.slice(1))) return true;
  // لل…/لـ… is a preposition (للصحفيين، لـ«عكاظ»), and so is ل before an outlet (لصحيفة); لجنة, لبنان are not.
  if (f.startsWith('لل') || f === 'ل' || f === 'ب' || isToAgency(f)) return true;
  return !first && f.startsWith('ل') && isNameNoun(f.slice(1));
}

/** Words that with ذلك say "after that" (بعد ذلك، عقب ذلك), folded. */
const AFTER_THAT = new Set(['بعد', 'عقب']);

/** Skips fillers (أيضًا، من جهته، بعد ذلك …) and a comma from token a. */
export function skipFillers(ctx: QuoteContext, a: number, limit: number): number {
  const skip = () => {
    for (;;) {
      if (a < limit && FILLERS.has(ctx.f(a))) a++;
      else if (a + 1 < limit && ctx.f(a) === 'من' && SIDES.has(ctx.f(a + 1))) a += 2;
      // تحدث بعد ذلك جيمس هوغان: "after that", before the subject.
      else if (a + 1 < limit && AFTER_THAT.has(ctx.f(a)) && ctx.f(a + 1) === 'ذلك') a += 2;
      else return;
    }
  };
  const from = a;
  skip();
  // وقال، من جهته، الوزير: a comma after a filler; a comma right after the verb ends the clause.
  if (a > from && a < limit && ctx.f(a) === '،') { a++; skip(); }
  return a;
}

/** Skips what a verb may have before its subject: a resumptive pronoun, or the outlet spoken to (لـ"الاقتصادية"، لصحيفة «عكاظ»، للصحفيين). */
function skipToSubject(ctx: QuoteContext, a: number, limit: number): number {
  const f = ctx.f(a);
  if (f === 'كل' && ctx.f(a + 1) === 'من') return a + 2; // قال كل من فهد عبده …
  if (RESUMPTIVE.has(f)) return skipFillers(ctx, a + 1, limit);
  const isL = (ctx.tokens[a] as Token | undefined)?.kind === 'word' && f.startsWith('ل') && !f.startsWith('لا');
  if (!isL) return a;
  const pair = ctx.pairEnd.get(a + 1);
  if (pair !== undefined && pair - a <= 6 && pair < limit) return skipFillers(ctx, pair + 1, limit);
  if (f.startsWith('لل') && f.length > 4) {
    // …and the adjectives of the one spoken to: وقالت للصحف الكينية: «…».
    let b = a + 1;
    while (b < limit && ctx.tokens[b]?.kind === 'word' && /^ال\S{2,}(?:ي|ية|يين|يون|يات)$/.test(ctx.f(b))) b++;
    return skipFillers(ctx, b, limit);
  }
  // …and an agency or outlet without the article: وقالت لرويترز، صرح لوكالة الأنباء الألمانية (quotes-addressee).
  const told = addresseeEnd(ctx, a, limit);
  return told > a ? skipFillers(ctx, told, limit) : a;
}

/** A speech noun with the pronoun of the one who made the statement (قوله، قولها، تصريحاته). */
const isOwnStatement = (f: string): boolean => speechWord(f)?.kind === 'noun' && /(?:ه|ها|هم|هما)$/.test(f);

/** بقوله، بالقول ("by saying"): the words that name how the subject before it spoke (وعلقت الصحيفة البريطانية بالقول). */
export const BY_SAYING = /^ب(?:ال)?قول(?:ه|ها|هم|هما)?$/;

/** التابع، التابعة، التابعين: "belonging to", before the ل of the body a subject belongs to (folded). */
const AFFILIATED = /^(?:ال)?تابع(?:ة|ه|ين|ون)?$/;

/** البالغ/البالغة من العمر: the age a subject is given (…البالغ من العمر 45 عاماً). */
function isAgeApposition(ctx: QuoteContext, b: number): boolean {
  return /^(?:ال)?بالغ[ةه]?$/.test(ctx.f(b)) && ctx.f(b + 1) === 'من' && /^(?:ال)?عمر$/.test(ctx.f(b + 2));
}

/** ف, the future's س and an imperfect's prefix (فستدور، فسيقول، فسنرى), as written; not فستان "a dress". */
const FUTURE_WITH_FA = /^فس(?!تان)[يتنأ][\u0621-\u064A]{2,}$/;

/** The token range [a, b) of the subject that starts at token i, skipping fillers; null when there is none. */
export function subjectAfter(ctx: QuoteContext, i: number, limit: number, afterSource = false): [number, number] | null {
  const { tokens } = ctx;
  // (past a parenthesis of manner: وكتب (باللغة الإنجليزية) فلان — quotes-aside)
  let a = skipFillers(ctx, afterParenthesis(ctx, i, limit), limit);
  if (!afterSource) a = skipToSubject(ctx, a, limit);
  // ويعلّق مبتسمًا: a circumstantial participle, not the subject; وأضاف مخاطبًا حبري: its object is spoken to.
  if (!afterSource && HAL_MASCULINE.test(ctx.f(a)) && ctx.tokens[a]?.kind === 'word') {
    if (isAddressing(ctx.f(a))) return null;
    a = skipFillers(ctx, a + 1, limit);
  }
  // وقالت متحدثة لشبكة ميغا: a participle with the one spoken to after it; the subject is not here.
  else if (!afterSource && HAL_FEMININE.test(ctx.f(a)) && /^ل(?!ا)/.test(ctx.f(a + 1))) return null;
  // A name set between dashes: وقال - محمد- أحد الباعة.
  if (a < limit && /^[-–—]$/.test(ctx.tokens[a]?.text ?? '') && ctx.tokens[a + 1]?.kind === 'word') a++;
  // بيان صادر عن وزارة الداخلية: the body the statement comes from.
  if (speechWord(ctx.f(a))?.kind === 'noun' && /^(?:ال)?صادر[ةه]?$/.test(ctx.f(a + 1)) && ctx.f(a + 2) === 'عن') a += 3;
  // وذكر بيان من مكتب زوما: "a statement from" the body that issued it.
  else if (speechWord(ctx.f(a))?.kind === 'noun' && ctx.f(a + 1) === 'من') a += 2;
  // واختتم كلامه، نشر أبحاثه: the verb's own object (quotes-owned-object), no subject.
  if (isHonorificPronoun(ctx.f(a)) || isOwnedContent(ctx.f(a))) return null;
  // وأكد ضرورة أن، نفى وجود: an abstract noun after the verb is its object (quotes-abstract-object).
  // (…also with ل: وأشار لوجود، نبه لأهمية)
  if (!afterSource && (isAbstractObject(ctx.f(a)) || (ctx.f(a).startsWith('ل') && isAbstractObject(ctx.f(a).slice(1))))) return null;
  // وفق رؤيتي، حسب رأيي: the writer's own view is the source; it names no speaker.
  if (afterSource && MY_VIEW.has(ctx.f(a))) return null;
  let b = a;
  while (b < limit && b - a < MAX_SUBJECT && !ctx.breakBefore[b]) {
    const t = tokens[b] as Token;
    const end = ctx.pairEnd.get(b);
    // A name in marks inside the subject: وقال "كيري"، وتابعت "المؤسسة".
    if (end !== undefined && end - b <= 5 && end < limit) {
      const opened = b;
      b = end + 1;
      // (صحيفة «واشنطن بوست» ظاهرة …: after the name of a body a bare noun is the verb's object;
      // only an adjective or a complement with ال/لل goes on with it — وكالة «رويترز» للأنباء)
      if (opened > a && isNameNoun(ctx.f(opened - 1)) && b < limit && tokens[b]?.kind === 'word' && !/^(?:ال|لل)/.test(ctx.f(b))) break;
      continue;
    }
    // …or in brackets: اللاعب (سعيد المولد).
    if (t.text === '(' && b > a) {
      let k = b + 1;
      while (k < limit && k - b <= 5 && ctx.tokens[k]?.kind === 'word') k++;
      if (k < limit && ctx.tokens[k]?.text === ')' && k > b + 1) { b = k + 1; continue; }
    }
    if (t.kind !== 'word') break;
    // قال أبو سعيد الخدري رضي الله عنه: the name ends where its eulogy starts; نقلت … عن المفوضية
    // قولها: a source ends where its own words are named; علقت الصحيفة بالقول: so does any subject.
    if (b > a && (isEulogyAt(ctx, b) || (afterSource && isOwnStatement(ctx.f(b))) || BY_SAYING.test(ctx.f(b)))) break;
    // أما النظام فستدور في أروقته: ف and the future's س open a verb, the answer to أما or a clause of its own.
    if (b > a && FUTURE_WITH_FA.test(t.text)) break;
    // أصدرت الشبكة السورية لحقوق الإنسان تقريرًا: an accusative after the subject is an object.
    if (b > a && hasAccusativeTanwin(t.text)) break;
    const f = ctx.f(b);
    // علي بن أبي طالب: after بن/أبي a word is a name, whatever else it may be (طالب "demanded").
    const named = (b > a && isNameConnector(ctx.f(b - 1))) || isAlan(t.text) || (b === a && isVan(ctx, b));
    // قال بصوت منخفض، مصدر حكومي طلب عدم الكشف عن اسمه: how the words were said, or the wish
    // not to be named, is an aside (quotes-aside); the subject ends before it.
    if (!named && (isMannerWord(f) || isUnnamedAside(ctx, b))) break;
    // عضو البرلمان الهولندي البالغ من العمر 45 عاماً: the age says how old the subject is, it is no part of it.
    if (b > a && isAgeApposition(ctx, b)) break;
    // وأشاد الضاهر بالدور الذي يلعبه الجيش: a phrase with بـ and the article after the subject is
    // the verb's complement (a name does not start with بال after its first word).
    if (b > a && ctx.f(b).startsWith('بال') && !named) break;
    // هتف «أهل درعا» بعبارة «…»: a بـ word naming the words said, with the pair after it.
    if (b > a && BI_WORDING.has(f) && ctx.pairEnd.has(b + 1)) break;
    // خاطب الرئيس التونسي أوروبا، تعهد الوزير بإحداث: the verb's object starts (quotes-object-cut).
    if (!named && !afterSource && startsObject(ctx, a, b)) break;
    // (عدد من المواطنين: a quantity word goes on to the people counted)
    if (countsThrough(ctx, a, b)) { b += 2; continue; }
    // (مدير عام الصحة: عام after an indefinite role noun is "general", not "year" — المدير عام 2014)
    const general = f === 'عام' && b > a && isRoleWord(ctx.f(b - 1)) && !ctx.f(b - 1).startsWith('ال') && ctx.tokens[b + 1]?.kind === 'word';
    // (الموقع الرسمي التابع لسلسلة مطاعم ماكدونالدز: after التابع the ل phrase names whose it is)
    const owner = b > a && f.startsWith('ل') && AFFILIATED.test(ctx.f(b - 1));
    if (!named && !general && !owner && isStop(f, b === a) && !(afterSource && b === a && f.startsWith('ل') && f.length > 3) && !isNameAli(ctx, t, b > a || ctx.f(b + 1) === 'بن')) break;
    // لإحدى، لأي: a preposition, even first (a name may start with لا, not with لإ/لأ).
    if (/^ل[أإآ]/.test(t.text) && !afterSource) break;
    b++;
  }
  return b > a ? [a, b] : null;
}
