/**
 * An unnamed subject before its verb with where it serves between them: لكن أحد المسؤولين
 * العسكريين في محافظة مطروح يقول إن …، مصدر في الوزارة أكد أن …. Read back from the verb, the
 * words stop at the preposition of the place (في، لدى); when أحد …/مصدر …/مسؤول opens the clause
 * before it, that phrase is the subject and the place only says where it serves.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { speechWord } from './quotes-speech';
import { isStop } from './quotes-subject';

/** Prepositions of the place a role is held in (folded). */
const PLACE_LINKS = new Set(['في', 'لدي']);
/** Heads of an unnamed subject (folded): أحد المسؤولين، مصدر في …، مسؤول. */
const UNNAMED_HEADS = new Set(['احد', 'مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين']);
/** Words that open a clause before such a subject (folded). */
const OPENERS = new Set(['لكن', 'ولكن', 'بينما', 'فيما', 'كما', 'حيث', 'اذ']);
/** Longest phrase read before the preposition. */
const HEAD_WORDS = 5;

/**
 * The token range of an unnamed subject that ends at the place preposition at `link`, read back to
 * the start of its clause; null when no such subject opens the clause there.
 * @example subjectBeforePlace(ctx, link) for 'لكن أحد المسؤولين في المحافظة يقول' (link on في) → the range of أحد المسؤولين
 */
export function subjectBeforePlace(ctx: QuoteContext, link: number): [number, number] | null {
  if (!PLACE_LINKS.has(ctx.f(link)) || ctx.breakBefore[link]) return null;
  let a = link;
  while (a > 0 && link - a < HEAD_WORDS && !ctx.breakBefore[a] && ctx.tokens[a - 1]?.kind === 'word') {
    const f = ctx.f(a - 1);
    if (OPENERS.has(f) || isStop(f, true) || speechWord(f)) break;
    a--;
  }
  if (a === link) return null;
  const head = ctx.f(a);
  if (!UNNAMED_HEADS.has(head)) return null;
  // The phrase opens its clause: a sentence start, a comma or a clause opener before it.
  const before = a - 1;
  const opens = before < 0 || ctx.breakBefore[a] || isSentenceEnd(ctx, before) || ctx.f(before) === '،' || OPENERS.has(ctx.f(before));
  return opens ? [a, link] : null;
}
