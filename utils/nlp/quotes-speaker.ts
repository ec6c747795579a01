/**
 * Who said a quotation: the subject of its speech verb (after the verb, or before it), the
 * source after بحسب/وفق, or the previous speaker for a bare وأضاف; linked to a person entity of
 * the page when one is named there or was given the same role earlier (الوزير → the minister).
 */
import { foldArabic } from './normalize';
import type { QuoteContext } from './quotes-context';
import { isSentenceEnd, isSentenceEndMark } from './quotes-context';
import { hasAccusativeTanwin, isNameConnector, written } from './name-words';
import { isNameNoun, isThat, speechWord, type SpeechWord } from './quotes-speech';
import type { Token } from './tokenize';
import type { EntityMention } from './types';
import { partitionPoint } from '../sorted';

/** A speaker as found in the text: the words, and the person they name if any. */
export interface Speaker { speaker: string; entity: string | null; start: number; end: number }

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
  'سوي', 'بهذا', 'بهذه', 'بذلك', 'لهذا', 'لهذه', 'لذلك', 'لذا']);
/** A resumptive pronoun between a verb and its subject: حض فيه الائتلاف، قال له الوزير. */
const RESUMPTIVE = new Set(['فيه', 'فيها', 'عنه', 'عنها', 'له', 'لها', 'لهم', 'منه', 'منها', 'عليه', 'عليها', 'به', 'بها', 'بهم',
  'اليه', 'اليها', 'اليهم', 'عنهم', 'عنك', 'عنكم', 'لك', 'لكم', 'عليك', 'فيك', 'منك', 'بك', 'اليك']);
const FILLERS = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'امس', 'اليوم', 'قد']);
/** Honorifics standing for a person named before (وأضاف سموه، وأكد معاليه): a subject that names nobody new. */
const HONORIFIC_PRONOUNS = new Set(['سموه', 'سموها', 'معاليه', 'معاليها', 'فضيلته', 'سيادته', 'سعادته', 'دولته', 'جلالته', 'سماحته']);
/** من جهته، من جانبها: a filler only with what follows من. */
const SIDES = new Set(['جهته', 'جهتها', 'جهتهم', 'جانبه', 'جانبها', 'جانبهم']);
const MAX_SUBJECT = 13;
/** First words of a eulogy after a name (رضي الله عنه، رحمه الله، طيب الله ثراه): the name ends before it. */
const EULOGY_HEADS = new Set(['رضي', 'رحمه', 'رحمها', 'يرحمه', 'يرحمها', 'طيب', 'حفظه', 'حفظها', 'غفر', 'صلي']);
/** Whether a eulogy (رضي الله عنه …) starts at token i. */
const isEulogyAt = (ctx: QuoteContext, i: number): boolean => EULOGY_HEADS.has(ctx.f(i)) && ctx.f(i + 1) === 'الله';

/** Role nouns that the article first gives with a name (وزير الخارجية سامح شكري) and then alone (الوزير). */
const ROLES = new Set(['وزير', 'وزيرة', 'رئيس', 'رئيسة', 'ملك', 'امير', 'اميرة', 'سفير', 'سفيرة', 'متحدث', 'متحدثة', 'ناطق',
  'مدير', 'مديرة', 'امين', 'نائب', 'قائد', 'مستشار', 'محافظ', 'مسؤول', 'مندوب', 'مبعوث', 'عاهل', 'زعيم', 'مرشد', 'شيخ',
  'مفوض', 'مدرب', 'لاعب', 'محامي', 'خبير', 'دكتور', 'مهندس', 'جنرال', 'عميد', 'لواء', 'عقيد', 'مفتي', 'نجم', 'فنان',
  'فنانة', 'باحث', 'اعلامي', 'كاتب', 'مؤسس', 'مالك', 'قاضي', 'نقيب', 'سكرتير', 'رئيسه', 'وزيره', 'المتحدث', 'قيادي',
  'عضو', 'ناشط', 'ناشطة', 'وكيل', 'منسق', 'مراسل', 'محلل', 'استاذ', 'مرشح', 'داعية', 'خطيب', 'حاكم', 'عمدة', 'والي',
  'مدعي', 'ضابط', 'مفتش']);

function stripArticle(f: string): string {
  return f.startsWith('ال') && f.length > 3 ? f.slice(2) : f;
}

function isStop(f: string, first: boolean): boolean {
  const speech = speechWord(f);
  if (STOP.has(f) || isThat(f) || (speech && speech.kind !== 'noun')) return true;
  if ((f.startsWith('و') || f.startsWith('ف')) && STOP.has(f.slice(1))) return true;
  // لل…/لـ… is a preposition (للصحفيين، لـ«عكاظ»), and so is ل before an outlet (لصحيفة); لجنة, لبنان are not.
  if (f.startsWith('لل') || f === 'ل' || f === 'ب') return true;
  return !first && f.startsWith('ل') && isNameNoun(f.slice(1));
}

/** Skips fillers (أيضًا، من جهته …) and a comma from token a. */
function skipFillers(ctx: QuoteContext, a: number, limit: number): number {
  const skip = () => {
    for (;;) {
      if (a < limit && FILLERS.has(ctx.f(a))) a++;
      else if (a + 1 < limit && ctx.f(a) === 'من' && SIDES.has(ctx.f(a + 1))) a += 2;
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
  return a;
}

/** A speech noun with the pronoun of the one who made the statement (قوله، قولها، تصريحاته). */
const isOwnStatement = (f: string): boolean => speechWord(f)?.kind === 'noun' && /(?:ه|ها|هم|هما)$/.test(f);

/** Whether each text writes the preposition على with its final ى (so that علي is a name there). */
const writesAla = new WeakMap<QuoteContext, boolean>();

/**
 * The name علي inside a subject (الناطق باسم المقاومة علي الأحمدي) or before بن, on a page that
 * writes the preposition على with ى: there علي with ي is the name, not "on".
 */
function isNameAli(ctx: QuoteContext, t: Token, named: boolean): boolean {
  if (!named || written(t.text) !== 'علي') return false;
  let known = writesAla.get(ctx);
  if (known === undefined) {
    known = /(?:^|[\s(«"])على(?=[\s،,.])/.test(ctx.text);
    writesAla.set(ctx, known);
  }
  return known;
}

/** The token range [a, b) of the subject that starts at token i, skipping fillers; null when there is none. */
export function subjectAfter(ctx: QuoteContext, i: number, limit: number, afterSource = false): [number, number] | null {
  const { tokens } = ctx;
  let a = skipFillers(ctx, i, limit);
  if (!afterSource) a = skipToSubject(ctx, a, limit);
  // ويعلّق مبتسمًا: a circumstantial participle, not the subject.
  if (!afterSource && /^م[\u0621-\u064A]{3,}ا$/.test(ctx.f(a)) && ctx.tokens[a]?.kind === 'word') a = skipFillers(ctx, a + 1, limit);
  // A name set between dashes: وقال - محمد- أحد الباعة.
  if (a < limit && /^[-–—]$/.test(ctx.tokens[a]?.text ?? '') && ctx.tokens[a + 1]?.kind === 'word') a++;
  // بيان صادر عن وزارة الداخلية: the body the statement comes from.
  if (speechWord(ctx.f(a))?.kind === 'noun' && /^(?:ال)?صادر[ةه]?$/.test(ctx.f(a + 1)) && ctx.f(a + 2) === 'عن') a += 3;
  if (HONORIFIC_PRONOUNS.has(ctx.f(a).replace(/^و/, ''))) return null;
  let b = a;
  while (b < limit && b - a < MAX_SUBJECT && !ctx.breakBefore[b]) {
    const t = tokens[b] as Token;
    const end = ctx.pairEnd.get(b);
    // A name in marks inside the subject: وقال "كيري"، وتابعت "المؤسسة".
    if (end !== undefined && end - b <= 5 && end < limit) { b = end + 1; continue; }
    // …or in brackets: اللاعب (سعيد المولد).
    if (t.text === '(' && b > a) {
      let k = b + 1;
      while (k < limit && k - b <= 5 && ctx.tokens[k]?.kind === 'word') k++;
      if (k < limit && ctx.tokens[k]?.text === ')' && k > b + 1) { b = k + 1; continue; }
    }
    if (t.kind !== 'word') break;
    // قال أبو سعيد الخدري رضي الله عنه: the name ends where its eulogy starts; نقلت … عن المفوضية
    // قولها: a source ends where its own words are named.
    if (b > a && (isEulogyAt(ctx, b) || (afterSource && isOwnStatement(ctx.f(b))))) break;
    // أصدرت الشبكة السورية لحقوق الإنسان تقريرًا: an accusative after the subject is an object.
    if (b > a && hasAccusativeTanwin(t.text)) break;
    const f = ctx.f(b);
    // علي بن أبي طالب: after بن/أبي a word is a name, whatever else it may be (طالب "demanded").
    const named = b > a && isNameConnector(ctx.f(b - 1));
    if (!named && isStop(f, b === a) && !(afterSource && b === a && f.startsWith('ل') && f.length > 3) && !isNameAli(ctx, t, b > a || ctx.f(b + 1) === 'بن')) break;
    // لإحدى، لأي: a preposition, even first (a name may start with لا, not with لإ/لأ).
    if (/^ل[أإآ]/.test(t.text) && !afterSource) break;
    b++;
  }
  return b > a ? [a, b] : null;
}

/** Particles that put the subject after them in the accusative (لكن متحدثًا، إن مسؤولًا). */
const ACCUSATIVE_OPENERS = new Set(['لكن', 'ولكن', 'ان', 'وان', 'فان', 'بان']);
/** Whether the folded word puts the subject after it in the accusative (لكن، إن …). */
export const isAccusativeOpener = (f: string): boolean => ACCUSATIVE_OPENERS.has(f);
/** Words after which a new clause, and so a subject, starts: أما، لكن، بينما … */
const CLAUSE_OPENERS = new Set(['اما', 'واما', 'لكن', 'ولكن', 'بينما', 'فيما', 'حيث', 'اذ', 'فان', 'وان', 'كما', 'كان', 'وكان', 'كانت', 'وكانت']);
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان']);
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'وهذا', 'وهذه', 'فهذا', 'فهذه']);
const PARTICLES = new Set(['قد', 'فقد', 'وقد', 'لقد', 'ولقد', 'فانه', 'فانها', 'فان']);

/**
 * The subject written before its verb, back to the start of the clause: SVO (الوزير أكد أن …)
 * and the topic of أما (أما الائتلاف الوطني السوري، فقد دعا …).
 */
export function subjectBefore(ctx: QuoteContext, verb: number): [number, number] | null {
  const { tokens } = ctx;
  // …جون كيري الذي قال إن …: the subject is what the relative pronoun refers to.
  if (verb > 1 && RELATIVES.has(ctx.f(verb - 1)) && !ctx.breakBefore[verb - 1]) {
    let a = verb - 1;
    if (ctx.f(a - 1) === '،') a--;
    const end = a;
    // A name has no article: stop at the title or role before it (…الأمريكي | جون كيري الذي).
    const definite = (k: number) => ctx.f(k).startsWith('ال');
    while (a > 0 && end - a < 4 && !ctx.breakBefore[a] && tokens[a - 1]?.kind === 'word' && !isStop(ctx.f(a - 1), true)) {
      if (a < end && !definite(a) && definite(a - 1)) break;
      a--;
    }
    return a < end ? [a, end] : null;
  }
  const narrator = narratorBefore(ctx, verb);
  if (narrator) return narrator;
  let end = verb;
  while (end > 0 && !ctx.breakBefore[end] && PARTICLES.has(ctx.f(end - 1))) end--;
  if (end > 0 && !ctx.breakBefore[end] && ctx.f(end - 1) === '،') end--;
  let a = end;
  // Up to six words; a name in marks counts as one.
  for (let words = 0; a > 0 && words < 6 && !ctx.breakBefore[a]; words++) {
    const k = a - 1;
    // A name in marks: وكان زعيم الحزب، "دولت باهجة لي" قال.
    const open = ctx.pairStart.get(k);
    if (open !== undefined && open < k && k - open <= 5) {
      a = open;
      // …and the genitive ل before it: الأمين العام لـ«حزب الله» حسن نصر الله، تساءل.
      if (a > 1 && ctx.f(a - 1) === 'ل' && ctx.tokens[a - 2]?.kind === 'word' && !ctx.breakBefore[a - 1]) a--;
      continue;
    }
    const f = ctx.f(k);
    if (CLAUSE_OPENERS.has(f)) break;
    if ((tokens[k] as Token).kind !== 'word' || isSentenceEnd(ctx, k) || isStop(f, true) || speechWord(f)) break;
    a = k;
  }
  if (a === end) return accusativeSubject(ctx, verb);
  // Only a clause start makes the words a subject (not the end of an earlier phrase); a
  // demonstrative may open it (فهذا الرئيس الأمريكي يقول).
  let before = a - 1;
  if (before > 0 && DEMONSTRATIVES.has(ctx.f(before)) && !ctx.breakBefore[a]) before--;
  const f = before >= 0 ? ctx.f(before) : '';
  if (before >= 0 && !isSentenceEnd(ctx, before) && !ctx.breakBefore[before + 1] && f !== '،' && f !== '؛' && !CLAUSE_OPENERS.has(f)) return accusativeSubject(ctx, verb);
  return [a, end];
}

/** Tokens between لكن/إن and a verb whose accusative subject they open. */
const ACCUSATIVE_REACH = 14;

/**
 * The accusative subject that لكن/إن open before the verb, with whatever describes it in between
 * (لكن مصدرًا بارزًا في الجيش السوري الحر في شمال سوريا، أكد → مصدرًا بارزًا): up to its first
 * preposition or comma.
 */
function accusativeSubject(ctx: QuoteContext, verb: number): [number, number] | null {
  for (let k = verb - 1; k >= 0 && verb - k <= ACCUSATIVE_REACH && !ctx.breakBefore[k + 1]; k--) {
    const f = ctx.f(k);
    if (isSentenceEnd(ctx, k) || (k < verb - 1 && speechWord(f))) return null;
    if (!ACCUSATIVE_OPENERS.has(f) || !hasAccusativeTanwin((ctx.tokens[k + 1] as Token).text)) continue;
    let e = k + 1;
    while (e < verb && ctx.tokens[e]?.kind === 'word' && !isStop(ctx.f(e), e === k + 1)) e++;
    // لكن كثيرًا من خبراء علوم النفس: a quantifier goes on with من.
    if (e === k + 2 && ctx.f(e) === 'من') for (e++; e < verb && ctx.tokens[e]?.kind === 'word' && !isStop(ctx.f(e), false); ) e++;
    return e > k + 1 ? [k + 1, e] : null;
  }
  return null;
}

/**
 * The narrator of a report, named with a eulogy right before its verb (عن ابن عباس رضي الله عنهما
 * قال، لحديث ابن عمر رضي الله عنهما قال): the name before the eulogy, wherever its clause starts,
 * from its ابن/أبو when a preposition's noun comes first.
 */
function narratorBefore(ctx: QuoteContext, verb: number): [number, number] | null {
  let end = verb;
  while (end > verb - 5 && end > 0 && !ctx.breakBefore[end] && !isEulogyAt(ctx, end - 1)) end--;
  if (end === verb - 5 || end === 0 || ctx.breakBefore[end] || !/^عن/.test(ctx.f(verb - 1))) return null;
  end--;
  let a = end;
  while (a > 0 && end - a < 4 && !ctx.breakBefore[a] && ctx.tokens[a - 1]?.kind === 'word' && !isStop(ctx.f(a - 1), true)) a--;
  for (let k = a + 1; k < end - 1; k++) if (NAME_STARTS.has(ctx.f(k))) { a = k; break; }
  return a < end ? [a, end] : null;
}

/** Words that open a name (ابن عمر، أبو سعيد). */
const NAME_STARTS = new Set(['ابن', 'ابو', 'ابي', 'ام', 'بنت']);

/** Words a sentence-opening name and its title may have before their comma. */
const TOPIC_WORDS = 5;

/**
 * The person who opens the sentence of a verb with no subject of its own, set off by a comma
 * with their apposition (ليون كامهي، المدير التنفيذي لشركة هيرميس، …، يقول): the subject written
 * first. Null when the sentence opens otherwise (وأخيرا، …), or when an أن or another speech
 * verb between them may have the verb in a clause of its own.
 */
export function topicBefore(ctx: QuoteContext, index: PersonIndex, verb: number): [number, number] | null {
  const start = sentenceStart(ctx, verb);
  if (start < 0) return null;
  let comma = start;
  while (comma < verb && comma - start < TOPIC_WORDS && ctx.tokens[comma]?.kind === 'word' && !isStop(ctx.f(comma), comma === start)) comma++;
  if (comma === start || ctx.f(comma) !== '،') return null;
  const person = index.mentions[firstFrom(index.mentions, (ctx.tokens[start] as Token).start)];
  if (!person || person.start !== (ctx.tokens[start] as Token).start || person.end > (ctx.tokens[comma] as Token).start) return null;
  for (let k = comma + 1; k < verb; k++) {
    const open = ctx.pairEnd.get(k);
    if (open !== undefined) { k = open; continue; }
    const w = speechWord(ctx.f(k));
    if (isThat(ctx.f(k)) || w?.kind === 'verb' || w?.kind === 'source') return null;
  }
  return [start, comma];
}

/** Whether the verb at `verb` opens a relative clause (نوهانوفيتش، الذي يتحدث). */
export function isRelativeVerb(ctx: QuoteContext, verb: number): boolean {
  return RELATIVES.has(ctx.f(verb - 1));
}

/** The accusative ending of an indefinite noun (ـًا، ـاً، ـا). */
const ACCUSATIVE_ENDING = /[\u064B-\u0652]*ا?[\u064B-\u0652]*$/;

/** The words of a token range without marks and punctuation; a leading ل (وفقًا لوزارة) taken off. */
function phrase(ctx: QuoteContext, [a, b]: [number, number]): { text: string; start: number; end: number } | null {
  const words = ctx.tokens.slice(a, b).filter((t) => t.kind !== 'punct');
  if (words.length === 0) return null;
  const texts = words.map((t) => t.text);
  const first = foldArabic(texts[0] as string);
  if (a > 0 && speechWord(ctx.f(a - 1))?.kind === 'source' && first.startsWith('ل') && first.length > 3) {
    const rest = (texts[0] as string).replace(/^ل\u0640*/, '');
    texts[0] = first.startsWith('لل') ? `ا${rest}` : rest;
  }
  // لكن متحدثًا باسم …، إن مسؤولًا …: the speaker is named in its plain form (متحدث، مسؤول).
  const opener = a > 0 ? ctx.f(a - 1) : '';
  if (ACCUSATIVE_OPENERS.has(opener) && /^م[\u0621-\u064A]{3,}[\u064B-\u0652]*ا[\u064B-\u0652]*$/.test(texts[0] as string)) {
    // …and its adjectives where the tanwin is written (مصدرًا بارزًا → مصدر بارز).
    for (let k = 0; k < texts.length && (k === 0 || hasAccusativeTanwin(texts[k] as string)); k++) texts[k] = (texts[k] as string).replace(ACCUSATIVE_ENDING, '');
  }
  return { text: texts.join(' '), start: (words[0] as Token).start, end: (words[words.length - 1] as Token).end };
}

/** Person mentions, with the role nouns written next to each (وزير الخارجية سامح شكري → وزير). */
export interface PersonIndex { mentions: EntityMention[]; roles: (k: number) => Set<string> }

/** The folded words of a piece of text (for the words around a mention, outside the tokenised stretches). */
function wordsOf(text: string): string[] {
  return foldArabic(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Indexes the person mentions of a page for speaker linking: the role words are read from the
 * raw text around each mention (five words before, three after a comma), and from the role the
 * recogniser gives, if any.
 */
export function indexPersons(ctx: QuoteContext, entities: EntityMention[]): PersonIndex {
  const mentions = entities.filter((e) => e.type === 'person').sort((x, y) => x.start - y.start);
  // Read on demand: most mentions are never asked about.
  const known: Array<Set<string> | undefined> = [];
  const roles = (k: number): Set<string> => (known[k] ??= roleWords(ctx, mentions[k] as EntityMention));
  return { mentions, roles };
}

/** Characters that cut off the words before a name from its role. */
const ROLE_BREAKS = new Set([':', '.', '!', '?', '؟', '؛', '"', '«', '»', '“', '”', '\n']);

/** Index of the last character of `s` that cuts a role off, -1 when none. */
function lastBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (ROLE_BREAKS.has(s[i] as string)) return i;
  return -1;
}

/** The words around a person mention that may name their role (الوزير، المتحدث …). */
function roleWords(ctx: QuoteContext, m: EntityMention): Set<string> {
  const set = new Set<string>();
  // Not across a colon, a mark or a sentence end (وزيرة القوى العاملة: جوزي …, a headline in marks).
  const before = ctx.text.slice(Math.max(0, m.start - 80), m.start);
  for (const w of wordsOf(before.slice(lastBreak(before) + 1)).slice(-5)) set.add(stripArticle(w));
  // After the name only an apposition: set off by a comma (بلينكن، وزير الخارجية) or opening with
  // a role (فيصل بن معمر الأمين العام للمركز), not the sentence going on (ليونيل ميسي مع رئيس الغابون).
  const after = ctx.text.slice(m.end, m.end + 50);
  const next = wordsOf(after.replace(/^\s*[،,]/, '')).slice(0, 3);
  if (/^\s*[،,]/.test(after) || ROLES.has(stripArticle(next[0] ?? ''))) for (const w of next) set.add(stripArticle(w));
  const role = (m as EntityMention & { role?: string }).role;
  if (role) for (const w of wordsOf(role)) set.add(stripArticle(w));
  return set;
}

/** Index of the first of `mentions` (sorted by start) that starts at or after `at`. */
function firstFrom(mentions: readonly EntityMention[], at: number): number {
  return partitionPoint(mentions.length, (i) => (mentions[i] as EntityMention).start < at);
}

/**
 * The person mention inside [start, end), preferring the last (the name after a title) but for
 * one a role governs after a first name (خايمي تابيا محامي تشافيز: Chávez is whose lawyer he is).
 */
function personInside(text: string, index: PersonIndex, start: number, end: number): EntityMention | null {
  let found: EntityMention | null = null;
  const { mentions } = index;
  for (let k = firstFrom(mentions, start); k < mentions.length; k++) {
    const m = mentions[k] as EntityMention;
    if (m.start >= end) break;
    if (m.start < start || m.end > end) continue;
    if (found && ROLES.has(wordsOf(text.slice(Math.max(found.end, m.start - 20), m.start)).pop() ?? '')) continue;
    found = m;
  }
  return found;
}

/** The first person mention inside [start, end). */
function firstPersonIn(index: PersonIndex, start: number, end: number): EntityMention | null {
  const m = index.mentions[firstFrom(index.mentions, start)];
  return m && m.end <= end ? m : null;
}

/** How far before a quotation (characters) the last named person may be its speaker when nothing else says who speaks. */
const NEAREST_REACH = 300;

/**
 * The person named last before `at` (within NEAREST_REACH characters and at most one line
 * break): the likely speaker of a quotation whose own cues name nobody (مضيفًا «…» after a
 * sentence about them).
 */
export function nearestPerson(ctx: QuoteContext, index: PersonIndex, at: number): Speaker | null {
  const m = index.mentions[firstFrom(index.mentions, at) - 1];
  if (!m || at - m.end > NEAREST_REACH) return null;
  const between = ctx.text.slice(m.end, at);
  if (between.indexOf('\n') !== between.lastIndexOf('\n')) return null;
  return { speaker: m.name, entity: m.entity, start: m.start, end: m.end };
}

/** Person mentions looked back over for one a speech verb introduced. */
const SPOKEN_LOOKBACK = 60;

/**
 * The person named last before `at` right after a speech verb that agrees with `agrees` (أكد فوزي
 * الباشا …، وقال أنس الراجحي …), however far back: who a bare وأضاف continues when no speaker was
 * read in the text just before it (a long paragraph of reported speech in between).
 */
export function lastSpokenPerson(ctx: QuoteContext, index: PersonIndex, at: number, agrees: SpeechWord['agrees']): Speaker | null {
  const { mentions } = index;
  const end = firstFrom(mentions, at);
  for (let k = end - 1; k >= 0 && k >= end - SPOKEN_LOOKBACK; k--) {
    const m = mentions[k] as EntityMention;
    const before = wordsOf(ctx.text.slice(Math.max(0, m.start - 40), m.start)).slice(-3);
    const verb = before.map(speechWord).find((w) => w?.kind === 'verb' || w?.kind === 'source');
    if (verb && (verb.kind === 'source' || !agrees || agrees === 'p' || !verb.agrees || verb.agrees === agrees)) return { speaker: m.name, entity: m.entity, start: m.start, end: m.end };
  }
  return null;
}

/** Person mentions looked back over for a role (hundreds of mentions: a long article several times over). */
const ROLE_LOOKBACK = 400;

/** The latest person before `before` whom the article gave the role `role`. */
function personWithRole(index: PersonIndex, role: string, before: number): EntityMention | null {
  const { mentions } = index;
  const end = firstFrom(mentions, before);
  for (let k = end - 1; k >= 0 && k >= end - ROLE_LOOKBACK; k--) {
    if (index.roles(k).has(role)) return mentions[k] as EntityMention;
  }
  return null;
}

/**
 * The name set off after a role subject, up to a colon, a comma or إن/أن: وقال نائب الرئيس لدى
 * نيسان، فرد دياز: … → فرد دياز.
 */
export function appositiveName(ctx: QuoteContext, [, b]: [number, number], limit: number): [number, number] | null {
  let comma = -1;
  for (let k = b; k < limit && k < b + 14; k++) {
    const f = ctx.f(k);
    if (ctx.breakBefore[k] || isSentenceEnd(ctx, k) || isThat(f) || f === ':') break;
    if (f === '،') comma = k;
  }
  if (comma < 0) return null;
  let e = comma + 1;
  while (e < limit && e - comma <= 4 && ctx.tokens[e]?.kind === 'word' && !isStop(ctx.f(e), e === comma + 1)) e++;
  const after = e < ctx.tokens.length ? ctx.f(e) : '';
  const closes = e === limit || after === ':' || after === '،' || isThat(after);
  const first = ctx.f(comma + 1);
  return e > comma + 1 && closes && !first.startsWith('ال') ? [comma + 1, e] : null;
}

/** Tokens looked back over for the start of a sentence. */
const CLAUSE_REACH = 60;

/**
 * The first token of the sentence that token `at` is in, looking back over earlier quotations
 * (their marks and words are part of the sentence); -1 when it lies more than CLAUSE_REACH
 * tokens back.
 */
export function sentenceStart(ctx: QuoteContext, at: number): number {
  let start = at;
  for (let seen = 0; start > 0 && !ctx.breakBefore[start] && !isSentenceEnd(ctx, start - 1); seen++) {
    if (seen >= CLAUSE_REACH) return -1;
    const open = ctx.pairStart.get(start - 1);
    start = open !== undefined && open < start - 1 ? open : start - 1;
  }
  // Only part of the text is tokenised: a stretch may begin in the middle of a sentence.
  if ((start === 0 || ctx.breakBefore[start]) && !followsSentenceEnd(ctx.text, (ctx.tokens[start] as Token).start)) return -1;
  return start;
}

/** Whether the text before offset `at` ends a sentence or a paragraph (or is empty), spaces aside. */
function followsSentenceEnd(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text[k] as string;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return c === '\n' || c === '\r' || c === '\u2029' || isSentenceEndMark(c);
  }
  return true;
}

/**
 * The subject after the verb that opens the sentence of the participle at `at` (من جانبه، عبّر
 * اللاعب البرازيلي إلتون الميدا عن سعادته …، مضيفًا): the speaker a participle refers to when no
 * speech verb comes before it. Null when the sentence does not open with a word that may be a
 * verb (a preposition, a definite noun, a quotation).
 */
export function clauseSubject(ctx: QuoteContext, at: number): [number, number] | null {
  const start = sentenceStart(ctx, at);
  if (start < 0 || start === at) return null;
  const verb = skipFillers(ctx, start, at);
  const f = ctx.f(verb);
  // عبّر opens a sentence as a verb (عبّر عن سعادته), elsewhere it is mostly "via".
  const stop = f !== 'عبر' && f !== 'وعبر' && isStop(f, true);
  if (verb + 1 >= at || ctx.tokens[verb]?.kind !== 'word' || f.startsWith('ال') || f.startsWith('وال') || stop || speechWord(f) || PARTICLES.has(f)) return null;
  return subjectAfter(ctx, verb + 1, at);
}

/**
 * The person the sentence before a bare speech verb is about, when the verb opens its own
 * sentence (تونكس يوافق على أن … . ويقول «…»; بدوره، يسعى الرئيس الإيراني حسن روحاني إلى … .
 * وقال «…»): the person who opens that sentence, or the subject of the verb that opens it.
 */
export function previousSubject(ctx: QuoteContext, index: PersonIndex, verb: number): Speaker | null {
  const start = sentenceStart(ctx, verb);
  if (start <= 0 || skipFillers(ctx, start, verb) !== verb || !isSentenceEnd(ctx, start - 1) || ctx.breakBefore[start]) return null;
  const before = sentenceStart(ctx, start - 1);
  if (before < 0) return null;
  const opening = ctx.tokens[before] as Token;
  const first = index.mentions[firstFrom(index.mentions, opening.start)];
  if (first && first.start === opening.start) return { speaker: first.name, entity: first.entity, start: first.start, end: first.end };
  const range = clauseSubject(ctx, start - 1);
  const s = range && speakerOf(ctx, range, index);
  return s?.entity ? s : null;
}

/** Words a label before a colon may have (شهد حسن: «…», المصدر: «…»). */
const LABEL_WORDS = 4;

/**
 * The label that a colon right before a quotation closes, when it stands alone after a
 * sentence, a line or an earlier quotation: a commenter's or a speaker's name (منها: شهد حسن:
 * "…". مينا: "…"). Null when a speech word, a preposition or anything but words comes first.
 */
export function labelBefore(ctx: QuoteContext, colon: number): [number, number] | null {
  if (ctx.f(colon) !== ':') return null;
  let a = colon;
  while (a > 0 && colon - a < LABEL_WORDS && !ctx.breakBefore[a] && ctx.tokens[a - 1]?.kind === 'word') {
    const f = ctx.f(a - 1);
    if (isStop(f, true) || RESUMPTIVE.has(f) || speechWord(f) || isNameNoun(f)) return null;
    a--;
  }
  if (a === colon) return null;
  const before = a - 1;
  // (not after a name in marks that a speech verb opens with: ويقول عنك "كوشنير" وزير خارجية فرنسا:)
  const open = ctx.pairStart.get(before);
  const subject = open !== undefined && (speechWord(ctx.f(open - 1)) || (RESUMPTIVE.has(ctx.f(open - 1)) && speechWord(ctx.f(open - 2))));
  const alone = a === 0 || ctx.breakBefore[a] || isSentenceEnd(ctx, before) || ctx.f(before) === ':' || (open !== undefined && !subject);
  return alone ? [a, colon] : null;
}

/** True for a folded role noun, with or without its article (وزير، المتحدث، مدير …). */
export const isRoleWord = (f: string): boolean => ROLES.has(stripArticle(f));

/** True when the phrase is headed by a role noun (وزير، المتحدث، نائب …). */
export function isRolePhrase(ctx: QuoteContext, [a]: [number, number]): boolean {
  return ROLES.has(stripArticle(ctx.f(a)));
}

/** Phrases that stand for God after a speech verb (folded). */
const DIVINE = new Set(['تعالي', 'سبحانه', 'سبحانه وتعالي', 'عز وجل', 'جل وعلا', 'الله تعالي', 'الله عز وجل', 'الله سبحانه وتعالي', 'الحق تبارك وتعالي']);
/** Eulogies that stand for the Prophet after a speech verb (folded). */
const PROPHETIC = new Set(['الصلاة والسلام', 'عليه الصلاة والسلام', 'صلي الله عليه وسلم']);

/** Ways a subject names the Prophet (folded, eulogy after it dropped): النبي، الرسول الكريم، نبينا الكريم … */
const PROPHET_TITLES = new Set(['النبي', 'الرسول', 'رسول الله', 'نبينا', 'رسولنا', 'المصطفي', 'النبي الكريم', 'الرسول الكريم',
  'نبينا الكريم', 'رسولنا الكريم', 'الحبيب المصطفي']);
/** A eulogy after the Prophet's title (folded). */
const EULOGY_TAIL = / (?:عليه الصلاة والسلام|صلي الله عليه وسلم)$/;
const PROPHET_NAMES = /(?<![\p{L}\p{M}])(?:[وفبل]?)(رسول الله|النبي|الرسول)(?![\p{L}\p{M}])/gu;
const MESSENGER_OF_GOD = /(?<![\p{L}\p{M}])[وفبل]?رسول الله(?![\p{L}\p{M}])/u;

/**
 * How the text names the Prophet: رسول الله, its fullest form, if it is written anywhere (a
 * speaker is named in the fullest form the article gives); else النبي / الرسول as the subject
 * (first word `head`, folded) has it, or as the text last had it before `at`, النبي if neither.
 */
function prophetNamed(text: string, at: number, head: string): string {
  if (MESSENGER_OF_GOD.test(text)) return 'رسول الله';
  if (head === 'النبي' || head === 'الرسول') return head;
  let name = 'النبي';
  for (const m of text.slice(Math.max(0, at - 4000), at).matchAll(PROPHET_NAMES)) name = m[1] as string;
  return name;
}

/** Words inside a role phrase that are not part of a name: الناطق باسم …، السفير لدى …. */
const ROLE_LINKS = new Set(['باسم', 'لدي', 'في', 'عن', 'من', 'مع', 'بن', 'ابن']);

/**
 * True when a role phrase ends in a name of its own, one the recogniser missed (الناطق باسم
 * مجلس قيادة المقاومة علي الأحمدي): its last word but one is neither definite nor a link word.
 * Such a phrase names its speaker; it is not an earlier person with the same role.
 */
function namesSomeone(words: readonly string[]): boolean {
  if (words.length < 3) return false;
  const f = foldArabic(words[words.length - 2] as string);
  return !/^[وفبل]?ال/.test(f) && !ROLE_LINKS.has(f) && !ROLES.has(f) && !isNameNoun(f);
}

/**
 * The speaker named by a subject token range, linked to a person entity when possible.
 * @example speakerOf(ctx, range, persons) for 'وقال الرئيس التركي إردوغان' → { speaker: 'إردوغان', entity: 'p:…' } when a person is recognised
 */
export function speakerOf(ctx: QuoteContext, range: [number, number], index: PersonIndex, reach = 0): Speaker | null {
  const p = phrase(ctx, range);
  if (!p) return null;
  // قال تعالى، قال عز وجل: God; قال عليه الصلاة والسلام: the Prophet, named as the article names him.
  const whole = foldArabic(p.text);
  if (DIVINE.has(whole)) return { speaker: 'الله', entity: null, start: p.start, end: p.end };
  if (PROPHETIC.has(whole) || PROPHET_TITLES.has(whole.replace(EULOGY_TAIL, ''))) return { speaker: prophetNamed(ctx.text, p.start, whole.split(' ')[0] as string), entity: null, start: p.start, end: p.end };
  let words = p.text.split(' ');
  const isStatement = (w: string | undefined) => w !== undefined && speechWord(foldArabic(w))?.kind === 'noun';
  // بيان لها، في تصريحه، حديثه بقوله: the statement of someone named elsewhere.
  if (words.every(isStatement)) return null;
  // بيان الخارجية المصرية, بيان صادر عن الوزارة: the body speaks.
  if (isStatement(words[0])) {
    words = words.slice(1);
    if (/^(?:ال)?صادر[ةه]?$/.test(foldArabic(words[0] ?? '')) && foldArabic(words[1] ?? '') === 'عن') words = words.slice(2);
    if (words.length === 0) return null;
    p.text = words.join(' ');
  }
  const head = stripArticle(foldArabic(words[0] as string));
  // A role, then where it serves, then the name: سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور
  // (the first name after the role: later ones are people the sentence goes on to speak of).
  const person = personInside(ctx.text, index, p.start, p.end) ?? (ROLES.has(head) && reach > p.end ? firstPersonIn(index, p.end, reach) : null);
  if (person) return { speaker: person.name, entity: person.entity, start: p.start, end: p.end };
  if (ROLES.has(head) && !namesSomeone(words)) {
    const linked = personWithRole(index, head, p.start);
    if (linked) return { speaker: linked.name, entity: linked.entity, start: p.start, end: p.end };
  }
  return { speaker: p.text, entity: null, start: p.start, end: p.end };
}
