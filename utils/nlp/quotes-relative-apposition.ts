/**
 * What a relative pronoun refers to when a role set off by commas stands between it and the name:
 * إيد بيرستيل، مدير محلات «ليبرتي» بلندن، الذي علق بقوله إن «…». Read back from الذي, the words
 * end at بلندن — where the role's company is, not who speaks; the speaker is the name before the
 * comma that opens the role.
 */
import { isKnownPlaceName } from './countries';
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isBarePlace } from './quotes-object-cut';
import { isStop } from './quotes-subject';

/**
 * Whether the folded word is a place name with ب or ل joined on (بلندن، بالقاهرة، لروسيا).
 * @example isInPlace('بلندن') → true
 * @example isInPlace('بيرستيل') → false
 */
export function isInPlace(f: string): boolean {
  if (!/^[بل]/.test(f) || f.length <= 3) return false;
  const place = f.slice(1);
  return place.startsWith('ال') ? isKnownPlaceName(place) : isBarePlace(place);
}

/** Tokens looked back over for the comma that sets a role off after a name. */
const APPOSITION_REACH = 8;
/** Longest name read before that comma. */
const NAME_WORDS = 3;

/**
 * The name that a role set off by commas follows, the role ending before token `end` (إيد
 * بيرستيل، مدير محلات «ليبرتي» بلندن): up to three words without the article before the comma; null if none.
 * @example nameBeforeApposition(ctx, end) for 'إيد بيرستيل، مدير محلات «ليبرتي» بلندن' (end on بلندن) → the range of إيد بيرستيل
 */
export function nameBeforeApposition(ctx: QuoteContext, end: number): [number, number] | null {
  let comma = end - 1;
  while (comma > 0 && end - comma < APPOSITION_REACH && !ctx.breakBefore[comma + 1] && ctx.f(comma) !== '،' && !isSentenceEnd(ctx, comma)) comma--;
  if (ctx.f(comma) !== '،' || ctx.breakBefore[comma + 1]) return null;
  let a = comma;
  while (a > 0 && comma - a < NAME_WORDS && !ctx.breakBefore[a] && ctx.tokens[a - 1]?.kind === 'word' && !isStop(ctx.f(a - 1), true) && !ctx.f(a - 1).startsWith('ال')) a--;
  return a < comma ? [a, comma] : null;
}
