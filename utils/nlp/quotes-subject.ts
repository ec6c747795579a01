/**
 * The subject of a speech verb as a token range: after the verb (وقال الوزير …), before it (الوزير
 * أكد …، أما الائتلاف …، فقد دعا), the name set off after a role, the label before a colon, and the
 * subject of the verb that opens a sentence; with the words that end a subject.
 */
import type { QuoteContext } from './quotes-context';
import { isSentenceEnd, isSentenceEndMark } from './quotes-context';
import { hasAccusativeTanwin, isNameConnector, written } from './name-words';
import { isNameNoun, isThat, speechWord } from './quotes-speech';
import { isEulogyAt } from './quotes-religious';
import type { Token } from './tokenize';

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

/** Whether the folded word ends a subject (a preposition, a time word, a speech verb …); `first` for its first word. */
export function isStop(f: string, first: boolean): boolean {
  const speech = speechWord(f);
  if (STOP.has(f) || isThat(f) || (speech && speech.kind !== 'noun')) return true;
  if ((f.startsWith('و') || f.startsWith('ف')) && STOP.has(f.slice(1))) return true;
  // لل…/لـ… is a preposition (للصحفيين، لـ«عكاظ»), and so is ل before an outlet (لصحيفة); لجنة, لبنان are not.
  if (f.startsWith('لل') || f === 'ل' || f === 'ب') return true;
  return !first && f.startsWith('ل') && isNameNoun(f.slice(1));
}

/** Skips fillers (أيضًا، من جهته …) and a comma from token a. */
export function skipFillers(ctx: QuoteContext, a: number, limit: number): number {
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

/** Whether the verb at `verb` opens a relative clause (نوهانوفيتش، الذي يتحدث). */
export function isRelativeVerb(ctx: QuoteContext, verb: number): boolean {
  return RELATIVES.has(ctx.f(verb - 1));
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
