/**
 * The fuller phrase an article first used for what it later calls by its head alone: الوزارة →
 * وزارة القوى العاملة والهجرة المصرية, المصدر → مصدر مسؤول بشركة صلة, found in the text just before.
 */
import type { Speaker } from './quotes-speaker';

/** How far back a fuller name (وزارة القوى العاملة …) is looked for. */
const NAME_REACH = 8000;
/** A definite word of a name (و?ال…), not a relative, a time word or a title. */
const DEFINITE_WORD = '(?!(?:الذي|التي|الذين|اليوم|الماضي|الجاري|الحالي|المقبل|الان|الآن|الدكتور|الشيخ|المهندس|الأستاذ|الاستاذ|السيد|الأمير|الامير|اللواء|العميد|الفريق)(?![\\p{L}\\p{M}]))و?ال[\\p{L}\\p{M}]+';

/** How far back (characters) an unnamed source (دبلوماسي غربي) may be that a later المسؤول refers to. */
export const UNNAMED_REACH = 1500;
/** Nouns for a speaker the article leaves unnamed (مصدر مسؤول، متحدث عسكري): المصدر then refers back to that phrase. */
export const UNNAMED_SOURCES = new Set(['مصدر', 'مسؤول', 'متحدث', 'ناطق', 'شاهد', 'دبلوماسي', 'مراقب', 'محلل', 'خبير', 'مراسل']);

/** A regular expression for a folded word that matches it as written: أ إ آ for ا, ى for ي, tashkeel anywhere. */
function loose(folded: string): string {
  let out = '';
  for (const ch of folded) {
    const c = ch === 'ا' ? '[اأإآٱ]' : ch === 'ي' ? '[يى]' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out += `${c}[\\u064B-\\u065F\\u0670\\u0640]*`;
  }
  return out;
}

/**
 * الوزارة → the last وزارة القوى العاملة والهجرة المصرية written (not long) before the speaker, if any.
 * @example fullName('أعلنت وزارة القوى العاملة والهجرة المصرية … وقالت الوزارة', { speaker: 'الوزارة', … }, 'وزارة') → { speaker: 'وزارة القوى العاملة والهجرة المصرية', … }
 */
export function fullName(text: string, s: Speaker, head: string): Speaker {
  const before = text.slice(Math.max(0, s.start - NAME_REACH), s.start);
  // The head without its article, then one to five definite words (القوى العاملة والهجرة المصرية).
  let found = lastAtWordStart(before, headPattern(head), DEFINITE_TAIL);
  // وأمر وزير الداخلية … وقالت الوزارة: the ministry of the minister named since.
  const holder = HOLDERS.get(head);
  const office = holder ? lastAtWordStart(before, headPattern(holder), DEFINITE_TAIL) : null;
  if (office && (!found || office.at > found.at)) return { ...s, speaker: bodyOfOffice(head, office.text) };
  if (found) return { ...s, speaker: found.text };
  // المصدر → the مصدر مسؤول بشركة صلة … that the article introduced (an unnamed source, written
  // indefinite the first time): up to its clause's أن, a mark or punctuation, at most eight words.
  if (!UNNAMED_SOURCES.has(head)) return s;
  found = lastAtWordStart(before, headPattern(head), INDEFINITE_TAIL);
  return found ? { ...s, speaker: found.text } : s;
}

/** The holder of an office whose portfolio names the body (وزير الداخلية → وزارة الداخلية), by the body's head. */
const HOLDERS = new Map([['وزارة', 'وزير']]);

/**
 * The body a holder's office names: وزير الداخلية السعودي → وزارة الداخلية السعودية (the body's
 * head for the holder's, a nisba after it made feminine to agree).
 */
function bodyOfOffice(head: string, office: string): string {
  const [, ...rest] = office.split(/\s+/);
  return [head, ...rest.map((w) => (/^و?ال\S{2,}ي$/.test(w) ? `${w}ة` : w))].join(' ');
}

/** One to five definite words after a head (القوى العاملة والهجرة المصرية). */
const DEFINITE_TAIL = new RegExp(`(?:\\s+${DEFINITE_WORD}){1,5}`, 'uy');
/** One to seven words after an unnamed source's head, up to its clause's أن. */
const INDEFINITE_TAIL = /(?:\s+(?!(?:ان|أن|إن|بأن|بان)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){1,7}/uy;

/**
 * Patterns of the heads met so far, kept for the process and cleared past a few hundred. A
 * head's pattern has no \p{…} class: V8 compiles such a class slowly (about a millisecond per
 * new pattern), so the words after the head are matched by the two tails above, compiled once.
 */
const HEAD_PATTERNS = new Map<string, RegExp>();
const MAX_HEAD_PATTERNS = 500;

function headPattern(head: string): RegExp {
  let p = HEAD_PATTERNS.get(head);
  if (!p) {
    if (HEAD_PATTERNS.size >= MAX_HEAD_PATTERNS) HEAD_PATTERNS.clear();
    HEAD_PATTERNS.set(head, (p = new RegExp(loose(head), 'g')));
  }
  return p;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Letters a word may carry before a name (و ف ب ل). */
const NAME_CLITIC = /[وفبل]/;

/**
 * The last place in `text` where `head` starts a word (at most one clitic letter, و ف ب ل,
 * before it) and the sticky `tail` follows at once: the head and its tail, trimmed, and where it starts. This is
 * what the global `(?<![\p{L}\p{M}])[وفبل]?(head tail)` would find last; a head inside a word
 * or without its tail consumes nothing, and an accepted one consumes its tail.
 */
function lastAtWordStart(text: string, head: RegExp, tail: RegExp): { text: string; at: number } | null {
  const starts = (i: number) => i === 0 || !LETTER_OR_MARK.test(text[i - 1] as string);
  let found: { text: string; at: number } | null = null;
  head.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = head.exec(text)); ) {
    const i = m.index;
    tail.lastIndex = head.lastIndex;
    const rest = (starts(i) || (NAME_CLITIC.test(text[i - 1] as string) && starts(i - 1))) && tail.exec(text);
    if (rest) {
      found = { text: text.slice(i, tail.lastIndex).trim(), at: i };
      head.lastIndex = tail.lastIndex;
    } else head.lastIndex = i + 1;
  }
  return found;
}
