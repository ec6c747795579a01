/**
 * The next item of a list of people each given with a role (حضر ماغمد داؤدوف رئيس البرلمان في
 * الشيشان، وحسن حكيموف نائب رئيس حكومة الشيشان، واليغ ازيروف المندوب الدائم لروسيا): behind the
 * list's comma and و, two words that no list knows as anything but a name, then a role, after an
 * item that opens with a full name followed by its role. The tagger reads foreign names in such
 * lists badly (واليغ is no word it knows); the list's shape says who they are.
 */
import { foldArabic } from './normalize';
import { hasPronounSuffix, isTitleToken, type BoundsContext } from './people-context';
import { COMMAS, LIST_ITEM_CONFIDENCE, NOT_GIVEN, afterWa } from './people-list-item';
import { NAME_CLASS, isNotAName } from './people-not-names';
import type { Token } from './tokenize';
import type { Draft } from './people-link';

/** What ends a list item before the one after it (a comma is how the items are told apart). */
const ITEM_BREAKS = new Set(['.', ':', '؛', '!', '؟', '?']);
/** The most tokens an item with its role runs to. */
const ITEM_TOKENS = 16;

/**
 * Whether token t may close such an item as its family name: a word no list knows but as a name,
 * without the article, a conjunction or a pronoun (any first letter: ازيروف, which a verb's
 * shape would rule out among Arab names).
 */
function isRoleItemFamily(ctx: BoundsContext, t: Token): boolean {
  if (t.kind !== 'word' || isNotAName(ctx, t)) return false;
  const f = foldArabic(t.text);
  return f.length >= 3 && !/^(?:ال|و)/.test(f) && !(ctx.classOf(f) & ~NAME_CLASS) && !hasPronounSuffix(f);
}

/** Whether the item before the comma at token `comma` opens with a full name (two words or more) right followed by a role. */
function roleItemBefore(ctx: BoundsContext, comma: number, starts: ReadonlyMap<number, Draft>): boolean {
  const { tokens } = ctx;
  let k = comma - 1;
  while (k > 0 && comma - k < ITEM_TOKENS && !COMMAS.has(tokens[k - 1]!.text) && !ITEM_BREAKS.has(tokens[k - 1]!.text) && !ctx.text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) k--;
  // (the item's first words: its name, after a verb or a preposition that opens the list: حضر الاجتماع ماغمد …)
  for (let s = k; s < comma - 2; s++) {
    const d = starts.get(s);
    if (!d) continue;
    const role = tokens[d.tokenEnd];
    return d.words.length > 1 && role?.kind === 'word' && isTitleToken(ctx, role);
  }
  return false;
}

/**
 * Adds, in place, the items of a list of people with roles that open with two words behind و no
 * list knows as other words (، واليغ ازيروف المندوب …), after an item that opens with a full name
 * and its role. `covered` marks the tokens of drafts.
 * @example addRoleListItems(ctx of 'حضر ماغمد داؤدوف رئيس البرلمان، واليغ ازيروف المندوب الدائم', drafts 'ماغمد داؤدوف') → adds 'اليغ ازيروف'
 */
export function addRoleListItems(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens } = ctx;
  const starts = new Map<number, Draft>();
  for (const d of drafts) starts.set(d.tokenStart, d);
  for (let i = 2; i + 2 < tokens.length; i++) {
    const t = tokens[i]!, family = tokens[i + 1]!, role = tokens[i + 2]!;
    if (covered[i] || covered[i + 1] || t.kind !== 'word' || !t.text.startsWith('و') || !COMMAS.has(tokens[i - 1]!.text)) continue;
    const f = foldArabic(t.text), g = f.slice(1);
    // (وزير، وليد: a word read whole is no given name behind و)
    if (g.length < 3 || ctx.classOf(f) || ctx.classOf(g) & NOT_GIVEN || isNotAName(ctx, t)) continue;
    if (!isRoleItemFamily(ctx, family) || role.kind !== 'word' || !isTitleToken(ctx, role)) continue;
    if (!roleItemBefore(ctx, i - 1, starts)) continue;
    const draft: Draft = { start: afterWa(t), end: family.end, words: [g, foldArabic(family.text)], confidence: LIST_ITEM_CONFIDENCE, tokenStart: i, tokenEnd: i + 2 };
    drafts.push(draft);
    starts.set(i, draft);
    covered.fill(1, i, i + 2);
  }
}
