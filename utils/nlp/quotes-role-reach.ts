/**
 * How far a role phrase reaches for its name: a role, then where it serves, then the name (سفيرة
 * الولايات المتحدة لدى الأمم المتحدة سامنتا باور; نائب الرئيس في دبي، الفريق ضاحي خلفان) is one
 * noun phrase. A sentence end, a relative clause, a reported clause or a verb of being ends it: a
 * person named past one is someone that clause speaks of (يكشف ضابط ليبي كان يعمل في مخابرات
 * معمر القذافي أن …; وأكد المسؤول أن السعودية … لوجيستيا), not the role's holder.
 */
import { wordsOf } from './quotes-person-index';
import { speechWord } from './quotes-speech';

/** A break between a role and a name: a sentence end, a line break, or a clause-opening word. */
const CLAUSE = /[.!?؟](?=\s|$)|\n|(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي|أن|إن|ان|بأن|بإن|بان|أنه|إنه|انه|أنها|إنها|انها|كان|كانت|يكون|تكون)(?=\s|$)/;

/**
 * Whether the text between a role phrase and a person named after it leaves the role's noun
 * phrase, so that the person does not hold the role: a clause break, or a speech verb or
 * participle (وقال الوزير الإسرائيلي مشيرا إلى كيري: whom he points at, not who he is).
 * @example crossesClause(' كان يعمل في مخابرات ') → true
 * @example crossesClause(' مشيرا إلى ') → true
 * @example crossesClause(' في الجيش الليبي ') → false
 */
export function crossesClause(gap: string): boolean {
  return CLAUSE.test(gap) || wordsOf(gap).some((w) => isSpeechVerb(w));
}

/** Whether a folded word is a speech verb or participle (قال، مشيرًا), which opens a clause of its own. */
function isSpeechVerb(f: string): boolean {
  const kind = speechWord(f)?.kind;
  return kind === 'verb' || kind === 'participle';
}
