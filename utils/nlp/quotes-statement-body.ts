/**
 * A statement named with the body that made it (وجاء في بيان لوزارة الخارجية الباكستانية أن …،
 * في بيان صادر عن هيئة الموانئ): the body is the speaker, without the ل that joins it to the
 * statement, and a later bare البيان stands for that body (quotes-statement-issuer).
 */
import { foldArabic } from './normalize';

/** Whether the folded word is the statement noun a body may follow (بيان، بيانا). */
export const isBodyStatementNoun = (f: string): boolean => f === 'بيان' || f === 'بيانا';

/**
 * بيان لوزارة الخارجية الباكستانية، بيان صادر عن هيئة الموانئ، لبيان صدر عن مجلس وزراء الخارجية:
 * the body, its first word joined by ل or after صادر / صدر عن (two words without the article when
 * they head a construct, مجلس وزراء), then up to four words with the article, not a relative
 * pronoun (الذي عقد أمس is no part of the name).
 */
const NAMED_BODY = /(?:^|[\s،,])[وفبل]?بيان(?:ا|ًا|اً)?\s+(?:(ل)(?=[^\s]{4})|(?:صادرة?|صدرت?)\s+عن\s+)((?!ال)[^\s،,.:؛«»"“”]{3,}\s+(?!ال)[^\s،,.:؛«»"“”]{3,}(?=\s+ال)|[^\s،,.:؛«»"“”]{3,})((?:\s+(?!الذي|التي|الذين)ال[^\s،,.:؛«»"“”]{2,}){0,4})/gu;

/**
 * The body word after a statement noun without the ل joining it (لوزارة → وزارة, للشركة →
 * الشركة); a pronoun (لها، له) or a short word is left as it is.
 * @example bodyAfterStatement('لوزارة') → 'وزارة'
 * @example bodyAfterStatement('للخارجية') → 'الخارجية'
 */
export function bodyAfterStatement(word: string): string {
  const f = foldArabic(word);
  if (!f.startsWith('ل') || f.length < 5) return word;
  const rest = word.replace(/^ل\u0640*/, '');
  return f.startsWith('لل') ? `ا${rest}` : rest;
}

/**
 * The last body a statement is named with in `text` (بيان لوزارة الخارجية → وزارة الخارجية)
 * and where that mention ends, or null.
 * @example statementBody('وجاء في بيان لوزارة الخارجية الباكستانية ان …') → { name: 'وزارة الخارجية الباكستانية', end: 39 }
 */
export function statementBody(text: string): { name: string; end: number } | null {
  let last: RegExpExecArray | null = null;
  NAMED_BODY.lastIndex = 0;
  for (let m; (m = NAMED_BODY.exec(text)); ) last = m;
  if (!last) return null;
  const body = `${last[2] as string}${last[3] as string}`;
  // (للجنة: the ل taken off leaves لجنة, the article's ل: اللجنة; not after صادر عن لجنة …)
  const name = last[1] && body.startsWith('ل') ? `ا${body}` : body;
  return { name, end: last.index + last[0].length };
}
