/**
 * The body behind "the statement" (البيان) when an article quotes it as if it spoke: a
 * statement's words are its issuer's (قالت وزارة الخارجية في بيان … . وقال البيان
 * إن «…» → وزارة الخارجية), as a report named with its issuer is (quotes-issuer).
 */
import { foldArabic } from './normalize';
import type { Speaker } from './quotes-speaker';
import { statementBody } from './quotes-statement-body';

/** Definite statement nouns that stand for a statement introduced earlier (folded); النص is its text (وجاء في النص). */
const STATEMENT_HEADS = new Set(['البيان', 'التقرير', 'النص']);
/** Adjectives a statement noun may carry and still be the same statement (البيان الصحفي). */
const STATEMENT_ADJECTIVES = new Set(['الصحفي', 'الصحافي', 'الرسمي', 'المشترك', 'الختامي', 'الاخير', 'الصادر']);

/** Whether a speaker is a bare statement noun (البيان، التقرير، البيان الصحفي) that names nobody. */
export function isBareStatement(s: Speaker): boolean {
  if (s.entity) return false;
  const words = s.speaker.split(' ').map(foldArabic);
  return words.length <= 2 && STATEMENT_HEADS.has(words[0] as string) && (words.length === 1 || STATEMENT_ADJECTIVES.has(words[1] as string));
}

/** How far back (characters) the statement's introduction may be. */
export const ISSUE_REACH = 2500;

/**
 * The statement noun without its article as written right after a speaker, past the closing mark
 * of a name in marks (…الباكستانية في بيان، وحسب «مجموعة الأزمات الدولية» في تقرير،
 * …، في بيان لها، أمس في بيان صحفي, عبر تقرير): up to three words (a time, a place) between.
 */
const INTRODUCED_AFTER = /^[\s،,»"”]*(?:[^\s،,.:؛«»"“”]+\s+){0,3}(?:في|ب|عبر)\s*(?:بيان|تقرير)/u;

/** أصدرت الجماعة بيانًا، نشرت الوكالة تقريرًا: the words between the verb and the noun are its issuer. */
const ISSUED_BY = /(?:^|[\s،,.])[وف]?(?:[أا]صدر|نشر|وزع|بث)(?:ت|وا)?\s+((?:[^\s،,.:؛«»"“”]+\s+){1,6}?)(?:بيان|تقرير)(?:ا|ًا|اً)?(?=[\s،,.])/gu;

/** Whether `speaker` is a statement noun itself (what is issued is no issuer). */
const isStatementWord = (w: string): boolean => /^(?:ال)?(?:بيان|تقرير)/.test(foldArabic(w));

/**
 * The body that issued the statement a bare البيان stands for: the latest speaker in `known`
 * (before it, within ISSUE_REACH) that the text introduces with في بيان, or the subject of the
 * latest أصدر … بيانًا or بيان لـ… (quotes-statement-body) before it, whichever comes last. Null
 * when none is found.
 * @example statementIssuer(text, { speaker: 'البيان', … }, known) for 'قالت الوزارة الباكستانية في بيان … وقال البيان' → { speaker: 'الوزارة الباكستانية', … }
 */
export function statementIssuer(text: string, s: Speaker, known: readonly Speaker[]): Speaker | null {
  let best: Speaker | null = null;
  for (let k = known.length - 1; k >= 0; k--) {
    const c = known[k] as Speaker;
    if (c.start >= s.start) continue;
    if (s.start - c.end > ISSUE_REACH) break;
    if (!isBareStatement(c) && !isStatementWord(c.speaker) && INTRODUCED_AFTER.test(text.slice(c.end, c.end + 60))) { best = c; break; }
  }
  const from = Math.max(best?.end ?? 0, s.start - ISSUE_REACH);
  const before = text.slice(from, s.start);
  let issued: RegExpExecArray | null = null;
  ISSUED_BY.lastIndex = 0;
  for (let m; (m = ISSUED_BY.exec(before)); ) issued = m;
  // (…or a statement named with its body after that: وجاء في بيان لوزارة الخارجية — quotes-statement-body)
  const body = statementBody(before);
  const name = body && (!issued || body.end > issued.index + issued[0].length) ? body.name : issued && (issued[1] as string).trim();
  if (name && !isStatementWord(name)) return { speaker: name, entity: null, start: s.start, end: s.end };
  return best && { ...best, start: s.start, end: s.end };
}
