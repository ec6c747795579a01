/**
 * The subject of a speech verb before it as a token range: SVO (الوزير أكد …), the topic of أما
 * (أما الائتلاف …، فقد دعا), the accusative after لكن/إن, the narrator before a eulogy, and the
 * subject of the verb that opens a sentence (quotes-subject.ts after it; the label before a colon
 * is quotes-colon-label.ts).
 */
import { isDemonstrative } from './quotes-pointed-noun';
import type { QuoteContext } from './quotes-context';
import { isSentenceEnd, isSentenceEndMark, opensSentence } from './quotes-context';
import { RELATIVE_PRONOUNS, hasAccusativeTanwin } from './name-words';
import { speechWord } from './quotes-speech';
import { isEulogyAt } from './quotes-religious';
import { isGoingOn } from './quotes-going-on';
import { isJoinedVerb } from './quotes-joined-verb';
import { isStop, skipFillers, subjectAfter } from './quotes-subject';
import { subjectBeforePlace } from './quotes-subject-place';
import { isInPlace, nameBeforeApposition } from './quotes-relative-apposition';
import { isAdversativeThat } from './quotes-adversative';
import { isNameAli } from './quotes-name-stops';
import type { Token } from './tokenize';

/** Particles that put the subject after them in the accusative (لكن متحدثًا، إن مسؤولًا). */
const ACCUSATIVE_OPENERS = new Set(['لكن', 'ولكن', 'ان', 'وان', 'فان', 'بان']);
/** Whether the folded word puts the subject after it in the accusative (لكن، إن …). */
export const isAccusativeOpener = (f: string): boolean => ACCUSATIVE_OPENERS.has(f);
/** Words after which a new clause, and so a subject, starts: أما، لكن، بينما … */
const CLAUSE_OPENERS = new Set(['اما', 'واما', 'لكن', 'ولكن', 'بينما', 'فيما', 'حيث', 'اذ', 'فان', 'وان', 'كما', 'كان', 'وكان', 'كانت', 'وكانت']);
const PARTICLES = new Set(['قد', 'فقد', 'وقد', 'لقد', 'ولقد', 'فانه', 'فانها', 'فان']);

/**
 * The subject written before its verb, back to the start of the clause: SVO (الوزير أكد أن …)
 * and the topic of أما (أما الائتلاف الوطني السوري، فقد دعا …).
 */
export function subjectBefore(ctx: QuoteContext, verb: number): [number, number] | null {
  const { tokens } = ctx;
  // …جون كيري الذي قال إن …: the subject is what the relative pronoun refers to.
  if (verb > 1 && RELATIVE_PRONOUNS.has(ctx.f(verb - 1)) && !ctx.breakBefore[verb - 1]) {
    let a = verb - 1;
    if (ctx.f(a - 1) === '،') a--;
    const end = a;
    // A name has no article: stop at the title or role before it (…الأمريكي | جون كيري الذي).
    const definite = (k: number) => ctx.f(k).startsWith('ال');
    while (a > 0 && end - a < 4 && !ctx.breakBefore[a] && tokens[a - 1]?.kind === 'word' && !isStop(ctx.f(a - 1), true)) {
      if (a < end && !definite(a) && definite(a - 1)) break;
      a--;
    }
    // (فلان، مدير محلات «ليبرتي» بلندن، الذي علق: where the role's company is, not who the pronoun refers to)
    if (a < end && isInPlace(ctx.f(a))) return nameBeforeApposition(ctx, a);
    return a < end ? [a, end] : null;
  }
  const narrator = narratorBefore(ctx, verb);
  if (narrator) return narrator;
  let end = verb;
  while (end > 0 && !ctx.breakBefore[end] && PARTICLES.has(ctx.f(end - 1))) end--;
  if (end > 0 && !ctx.breakBefore[end] && ctx.f(end - 1) === '،') {
    // …الهلال، الخليج، المجزل، وقال: a verb with و after a comma opens a clause of its own (أما …، فأوضح does not).
    if (ctx.f(verb).startsWith('و')) return null;
    end--;
  }
  if (end === verb && isJoinedVerb(ctx, verb)) return null;
  let a = end;
  // (مصدر أمني متابع للقضية قال: a لل word before the verb completes a description, where the
  // subject opens a sentence or a paragraph — it cannot be the one spoken to there)
  let lam = false;
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
    const genitive = f.startsWith('لل') && f.length > 4;
    // (غير أن علي خامنئي حذر: علي opens the name on a page that writes "on" as على — quotes-name-stops)
    const ali = k + 1 < end && isNameAli(ctx, tokens[k] as Token, true);
    if ((tokens[k] as Token).kind !== 'word' || isSentenceEnd(ctx, k) || isStop(f, true) && !genitive && !ali || speechWord(f)) break;
    lam ||= genitive;
    a = k;
  }
  if (lam && !opensSentence(ctx, a)) return accusativeSubject(ctx, verb);
  // (لكن أحد المسؤولين في المحافظة يقول: stopped at where a role serves — quotes-subject-place)
  if (a > 0 && a < end) { const placed = subjectBeforePlace(ctx, a - 1); if (placed) return placed; }
  if (a === end) return accusativeSubject(ctx, verb);
  // Only a clause start makes the words a subject (not the end of an earlier phrase); a
  // demonstrative may open it (فهذا الرئيس الأمريكي يقول).
  let before = a - 1;
  if (before > 0 && isDemonstrative(ctx.f(before)) && !ctx.breakBefore[a]) before--;
  const f = before >= 0 ? ctx.f(before) : '';
  // (غير أن الوزير قال: an أنّ meaning "however" opens a clause too — quotes-adversative)
  // (- بعض المساجين يقولون: a list's dash that opens its sentence opens the clause as well)
  if (before >= 0 && !isSentenceEnd(ctx, before) && !ctx.breakBefore[before + 1] && f !== '،' && f !== '؛' && !CLAUSE_OPENERS.has(f) && !isAdversativeThat(ctx, before) && !isBullet(ctx, before)) return accusativeSubject(ctx, verb);
  // ومضى يقول، وراح يوسف يقول: a verb of going on (quotes-going-on) is no part of the subject;
  // with nothing between it and the speech verb, the subject is the one already speaking.
  if (isGoingOn(ctx.f(a))) a++;
  return a < end ? [a, end] : null;
}

/** Whether token k is a dash or a bullet that opens its sentence (a list item: - بعض المساجين يقولون). */
function isBullet(ctx: QuoteContext, k: number): boolean {
  return /^[-–—•*]$/.test(ctx.tokens[k]?.text ?? '') && opensSentence(ctx, k);
}

/** Tokens between لكن/إن and a verb whose accusative subject they open. */
const ACCUSATIVE_REACH = 14;

/**
 * The accusative subject that لكن/إن open before the verb, with whatever describes it in between
 * (لكن مصدرًا بارزًا في الجيش السوري الحر في شمال سوريا، أكد → مصدرًا بارزًا): up to its first
 * preposition or comma.
 */
function accusativeSubject(ctx: QuoteContext, verb: number): [number, number] | null {
  // (…بأن مسؤولين في النظام يعتبرون: a sound plural in ـين is accusative too, before a plural verb)
  const plural = speechWord(ctx.f(verb))?.agrees === 'p';
  for (let k = verb - 1; k >= 0 && verb - k <= ACCUSATIVE_REACH && !ctx.breakBefore[k + 1]; k--) {
    const f = ctx.f(k);
    if (isSentenceEnd(ctx, k) || (k < verb - 1 && speechWord(f))) return null;
    if (!ACCUSATIVE_OPENERS.has(f)) continue;
    if (!hasAccusativeTanwin((ctx.tokens[k + 1] as Token).text) && !(plural && /^\S{3,}ين$/.test(ctx.f(k + 1)))) continue;
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
  return RELATIVE_PRONOUNS.has(ctx.f(verb - 1));
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
