/**
 * A name inside a quoted phrase that follows the subject's own name: رفضت النجمة نيللي كريم لقب
 * "خليفة فاتن حمامة" — the marks set off a title or a slogan the verb is about, and the person
 * it names is not who speaks.
 */
import { pairsAround, type QuoteContext } from './quotes-context';
import type { EntityMention } from './types';

/**
 * Whether mention m lies inside marks opened after the mention `found` ends.
 * @example isQuotedAfter(ctx, نيللي كريم, فاتن حمامة) for 'نيللي كريم لقب "خليفة فاتن حمامة"' → true
 */
export function isQuotedAfter(ctx: QuoteContext, found: EntityMention, m: EntityMention): boolean {
  return pairsAround(ctx, m.start).some(([open]) => (ctx.tokens[open]?.start ?? -1) >= found.end);
}
