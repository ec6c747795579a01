/**
 * Towns and districts named الشيخ + a word (الشيخ زويد، الشيخ عثمان): where the page writes the
 * pair after في or after a place noun (في الشيخ زويد، أحياء الشيخ عثمان), the word after الشيخ
 * names that place on the whole page, so a draft it heads right after الشيخ is no person
 * (عملية الشيخ زويد، بالشيخ عثمان). After في only a word no name list knows counts: a known
 * given name there may be the sheikh himself (أثنى في الشيخ محمد).
 */
import { foldArabic } from './normalize';
import { CURATED_NAME, type BoundsContext } from './people-context';
import { FI, PLACE_HEAD } from './people-institutions';
import { dropDrafts, type Draft } from './people-link';

/** الشيخ with or without a clitic (والشيخ، بالشيخ، للشيخ), folded. */
const SHEIKH = /^[وف]?(?:بال|لل|ال)شيخ$/;
/** Place nouns before الشيخ besides PLACE_HEAD's: districts, quarters, parks (أحياء الشيخ عثمان). */
const DISTRICT = /^[وفبل]?(?:حي|احياء|مناطق|مدن|قرى|ضواحي|متنزه|منتزه|ضاحي[ةه])$/;

/**
 * The folded words the page writes after في الشيخ (unlisted) or after a place noun and الشيخ,
 * mapped to whether a name list knows them.
 */
function placeWordsAfterSheikh(ctx: BoundsContext): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const { tokens } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!, before = tokens[i - 1]!, next = tokens[i + 1]!;
    if (t.kind !== 'word' || before.kind !== 'word' || next.kind !== 'word' || !SHEIKH.test(foldArabic(t.text))) continue;
    const b = foldArabic(before.text), w = foldArabic(next.text);
    if (w.startsWith('ال')) continue;
    const listed = (ctx.classOf(w) & CURATED_NAME) !== 0;
    if (PLACE_HEAD.test(b) || DISTRICT.test(b) || (FI.test(b) && !listed)) out.set(w, listed);
  }
  return out;
}

/**
 * Drops, in place, the drafts right after الشيخ whose first word the page shows to name a place
 * after الشيخ; a listed given name only when it stands alone (مدينة الشيخ زايد leaves الشيخ زايد
 * بن سلطان a person).
 * @example dropSheikhPlaces(ctx of 'هجوم في الشيخ زويد … قسم الشيخ زويد', drafts 'زويد', 'زويد') → none left
 */
export function dropSheikhPlaces(ctx: BoundsContext, drafts: Draft[]): void {
  if (!drafts.some((d) => d.tokenStart > 0 && SHEIKH.test(foldArabic(ctx.tokens[d.tokenStart - 1]!.text)))) return;
  const places = placeWordsAfterSheikh(ctx);
  if (places.size === 0) return;
  dropDrafts(drafts, (d) => {
    const before = ctx.tokens[d.tokenStart - 1];
    const listed = places.get(d.words[0]!);
    return before !== undefined && listed !== undefined && SHEIKH.test(foldArabic(before.text)) && (!listed || d.words.length === 1);
  });
}
