/**
 * A tagged name left out because it stands alone in quotation marks (people-institutions.ts
 * quotedTitle: لعبة «ماينكرافت», the title of a work or a brand) is still open to the page-level
 * pass: when a name the page gives with confidence ends in the same word, the quoted word is that
 * person again (يدعى «سيد حسيني» … عمل «حسيني» انطلاقا من القاهرة). A brand or a title has no such
 * fuller name on the page (دار «غوتشي»), so it stays out; so does a work or a brand named after
 * the page's person (برنامج «المنصور» beside عادل المنصور) and an item of a list of quoted titles
 * («ديور» و«شانيل»).
 */
import type { NamedSpan } from './ner';
import { foldArabic } from './normalize';
import type { BoundsContext } from './people-context';
import { quotedTitle } from './people-quoted-title';
import { lastWords, type Draft } from './people-link';
import { namesWork } from './people-quoted-person';

/**
 * The tokens of the one-word tagged person spans that gave no draft because they stand alone in
 * quotation marks, and that end a fuller name among `drafts`; `drafted` holds the indices of the
 * spans that gave a draft. A word of a longer quoted title (لويس «فويتون»، «أبو عمر النجدي») is
 * left out: it would be found alone, cut from the rest of the quoted name.
 * @example quotedSurnamesLeftOut(ctx of 'يدعى «سيد حسيني» … عمل «حسيني» في', spans, drafts, drafted) → [index of the second حسيني]
 */
export function quotedSurnamesLeftOut(ctx: BoundsContext, spans: readonly NamedSpan[], drafts: readonly Draft[], drafted: ReadonlySet<number>): number[] {
  const out: number[] = [];
  let surnames: Set<string> | undefined;
  spans.forEach((s, si) => {
    if (s.type !== 'PERS' || s.tokenEnd !== s.tokenStart + 1 || drafted.has(si) || !quotedTitle(ctx, s.tokenStart, s.tokenEnd)) return;
    if (namesWork(ctx, s.tokenStart)) return;
    if ((surnames ??= lastWords(drafts)).has(foldArabic(ctx.tokens[s.tokenStart]!.text))) out.push(s.tokenStart);
  });
  return out;
}
