/**
 * The body behind "the statement" (البيان) when an article quotes it as if it spoke: a
 * statement's words are its issuer's (قالت وزارة الخارجية في بيان … . وقال البيان
 * إن «…» → وزارة الخارجية), as a report named with its issuer is (quotes-issuer); so are a
 * letter's and a resolution's (وجه 29 شخصية … رسالة … وجاء في الرسالة؛ تبنى مجلس الأمن قرارًا
 * … ويدعو القرار إلى).
 */
import { foldArabic } from './normalize';
import type { Speaker } from './quotes-speaker';
import { statementBody } from './quotes-statement-body';
import { isIssuing } from './quotes-statement-maker';
import { ISSUER_WORDS, PREPOSITIONS, TIME_WORDS } from './quotes-issuer';

/**
 * What introduces one kind of statement earlier in the text: the source it is said to come in
 * (…في بيان، عبر تقرير), the indefinite object of an issuing verb (بيانًا، برسالة، قرارًا), and
 * whether a statement named with its body stands for it (وجاء في بيان لوزارة الخارجية).
 */
interface StatementKind { introducedAfter: RegExp; issuedNoun: RegExp; byBody: boolean }

/** A statement kind introduced by the indefinite nouns `nouns` (an alternation, folded). */
function statementKind(nouns: string, byBody: boolean): StatementKind {
  return {
    // …الباكستانية في بيان، وحسب «مجموعة الأزمات الدولية» في تقرير: up to three words (a time, a place) between.
    introducedAfter: new RegExp(`^[\\s،,»"”]*(?:[^\\s،,.:؛«»"“”]+\\s+){0,3}(?:في|ب|عبر)\\s*(?:${nouns})`, 'u'),
    issuedNoun: new RegExp(`^ب?(?:${nouns})ا?$`),
    byBody,
  };
}

/** A statement or a report (a report may be the statement's). */
const STATEMENT = statementKind('بيان|تقرير', true);

/**
 * Definite statement nouns that stand for a statement introduced earlier (folded), with the kind
 * that introduces them: a letter is a letter, a resolution a resolution; النص is the statement's
 * text (وجاء في النص).
 */
const STATEMENT_HEADS = new Map([['البيان', STATEMENT], ['التقرير', STATEMENT], ['النص', STATEMENT], ['الرسالة', statementKind('رسالة', false)], ['القرار', statementKind('قرار', false)]]);
/** Adjectives a statement noun may carry and still be the same statement (البيان الصحفي). */
const STATEMENT_ADJECTIVES = new Set(['الصحفي', 'الصحافي', 'الرسمي', 'المشترك', 'الختامي', 'الاخير', 'الصادر']);

/**
 * Whether a speaker is a bare statement noun (البيان، التقرير، البيان الصحفي، الرسالة، نص القرار) that names nobody.
 * @example isBareStatement({ speaker: 'نص القرار', entity: null, start: 0, end: 9 }) → true
 */
export function isBareStatement(s: Speaker): boolean {
  return !s.entity && statementHead(s) !== null;
}

/** The statement noun a bare statement speaker is (نص القرار → القرار), or null. */
function statementHead(s: Speaker): string | null {
  const words = s.speaker.split(' ').map(foldArabic);
  // (نص القرار، نص البيان: the text of the statement is the statement)
  if (words[0] === 'نص' && words.length === 2) words.shift();
  const bare = words.length <= 2 && STATEMENT_HEADS.has(words[0] as string) && (words.length === 1 || STATEMENT_ADJECTIVES.has(words[1] as string));
  return bare ? (words[0] as string) : null;
}

/** How far back (characters) the statement's introduction may be. */
export const ISSUE_REACH = 2500;

/** Words between an issuing verb and its object: the subject, and an apposition set off by commas after it. */
const OBJECT_REACH = 25;

/**
 * The issuer in the words between an issuing verb and its object: up to the first comma (وجه 29
 * شخصية ثقافية، منهم …، رسالة), without marks and the time words after it (تبنى مجلس الأمن
 * أمس، قرارًا). Null when there are none, too many, or a preposition comes first (نشر على موقعه
 * بيانًا: the subject is a pronoun).
 */
function issuerIn(words: readonly string[]): string | null {
  const comma = words.findIndex((w) => /[،,]$/.test(w));
  const name = words.slice(0, comma < 0 ? words.length : comma + 1).map((w) => w.replace(/[،,«»"“”]/g, '')).filter(Boolean);
  while (name.length > 0 && TIME_WORDS.has(foldArabic(name[name.length - 1] as string))) name.pop();
  if (name.length === 0 || name.length > ISSUER_WORDS || PREPOSITIONS.has(foldArabic(name[0] as string))) return null;
  return name.join(' ');
}

/**
 * The subject of the latest issuing verb in `before` whose object is an indefinite statement `object` matches
 * (أصدرت الجماعة بيانًا، وجه 29 شخصية … رسالة، تبنى مجلس الأمن قرارًا — quotes-statement-maker's
 * verbs), and where that object ends; null when there is none.
 */
function issuedBefore(before: string, object: RegExp): { name: string; end: number } | null {
  const words = [...before.matchAll(/\S+/g)];
  for (let i = words.length - 1; i > 0; i--) {
    const noun = words[i] as RegExpExecArray;
    if (!object.test(foldArabic(noun[0].replace(/[،,.]$/, '')))) continue;
    for (let j = i - 1; j >= 0 && i - j <= OBJECT_REACH; j--) {
      const w = (words[j] as RegExpExecArray)[0];
      if (/[.:؛!؟]$/.test(w)) break;
      if (!isIssuing(foldArabic(w))) continue;
      const name = issuerIn(words.slice(j + 1, i).map((m) => m[0]));
      if (name) return { name, end: noun.index + noun[0].length };
      break;
    }
  }
  return null;
}

/** Whether `speaker` is a statement noun itself (what is issued is no issuer). */
const isStatementWord = (w: string): boolean => /^(?:ال)?(?:بيان|تقرير|رسالة|قرار)/.test(foldArabic(w));

/**
 * The body that issued the statement a bare البيان stands for: the latest speaker in `known`
 * (before it, within ISSUE_REACH) that the text introduces with في بيان, or the subject of the
 * latest أصدر … بيانًا or بيان لـ… (quotes-statement-body) before it, whichever comes last. Null
 * when none is found.
 * @example statementIssuer(text, { speaker: 'البيان', … }, known) for 'قالت الوزارة الباكستانية في بيان … وقال البيان' → { speaker: 'الوزارة الباكستانية', … }
 */
export function statementIssuer(text: string, s: Speaker, known: readonly Speaker[]): Speaker | null {
  const kind = STATEMENT_HEADS.get(statementHead(s) ?? '') ?? STATEMENT;
  let best: Speaker | null = null;
  for (let k = known.length - 1; k >= 0; k--) {
    const c = known[k] as Speaker;
    if (c.start >= s.start) continue;
    if (s.start - c.end > ISSUE_REACH) break;
    if (!isBareStatement(c) && !isStatementWord(c.speaker) && kind.introducedAfter.test(text.slice(c.end, c.end + 60))) { best = c; break; }
  }
  const from = Math.max(best?.end ?? 0, s.start - ISSUE_REACH);
  const before = text.slice(from, s.start);
  const issued = issuedBefore(before, kind.issuedNoun);
  // (…or a statement named with its body after that: وجاء في بيان لوزارة الخارجية — quotes-statement-body)
  const body = kind.byBody ? statementBody(before) : null;
  const name = body && (!issued || body.end > issued.end) ? body.name : issued?.name;
  if (name && !isStatementWord(name)) return { speaker: name, entity: null, start: s.start, end: s.end };
  return best && { ...best, start: s.start, end: s.end };
}
