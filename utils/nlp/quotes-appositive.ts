/**
 * The name set off after a role subject by a comma (وقال نائب الرئيس لدى نيسان، فرد دياز: …):
 * the role's holder, read by speakerIn (quotes-subject-of.ts) when the subject is a role phrase.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isThat, speechWord } from './quotes-speech';
import { isStop } from './quotes-subject';

/**
 * The name set off after a role subject by its first comma, up to a colon, a comma or إن/أن:
 * وقال نائب الرئيس لدى نيسان، فرد دياز: … → فرد دياز (not a later phrase between commas: وصف
 * رئيس الوزراء، بنيامين نتنياهو، الخطاب …، بالعدواني، وقال).
 */
export function appositiveName(ctx: QuoteContext, [, b]: [number, number], limit: number): [number, number] | null {
  let comma = -1;
  for (let k = b; k < limit && k < b + 14; k++) {
    const f = ctx.f(k);
    if (ctx.breakBefore[k] || isSentenceEnd(ctx, k) || isThat(f) || f === ':') break;
    if (f === '،') { comma = k; break; }
  }
  if (comma < 0) return null;
  let e = comma + 1;
  while (e < limit && e - comma <= 4 && ctx.tokens[e]?.kind === 'word' && !isStop(ctx.f(e), e === comma + 1)) e++;
  const after = e < ctx.tokens.length ? ctx.f(e) : '';
  const closes = e === limit || after === ':' || after === '،' || isThat(after);
  const first = ctx.f(comma + 1);
  // (not a statement or a source: شيخ الأزهر، بحسب ما أورد الموقع …، بقوله:; nor where a place
  // lies: رئيس الوزراء من برمنغهام، غرب المملكة المتحدة، …)
  return e > comma + 1 && closes && !first.startsWith('ال') && !speechWord(first) && !DIRECTIONS.test(first) ? [comma + 1, e] : null;
}

/** A compass word that opens a phrase of where a place lies (folded): غرب، شمالي، جنوب شرق. */
const DIRECTIONS = /^(?:غرب|شرق|شمال|جنوب|وسط)(?:ي|ي[ةه])?$/;
