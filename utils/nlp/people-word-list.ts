/**
 * One-word names in a list joined by و (بوفون وبوغبا وبيرلو وتيفيز وفيدال): the tagger finds some
 * surnames of a list of players or artists and leaves the others, foreign names no list knows.
 * When two items of such a chain or more are one-word persons, an untagged item next to one of
 * them, shaped as a name, is one too.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { hasNounEnding, hasPronounSuffix, type BoundsContext } from './people-context';
import { afterWa, LIST_ITEM_CONFIDENCE } from './people-list-item';
import { isNotAName } from './people-not-names';
import type { Draft } from './people-link';

/** Classes an untagged item may have: those of names (or none). */
const NAME_BITS = LEX.PERSON | LEX.SURNAME | LEX.GIVEN | LEX.CORPUS_PERS;
/** The fewest one-word persons a chain needs before its other items are read as persons. */
const MIN_PERSONS = 2;

/**
 * Whether the stem of an untagged list item (without its و) is shaped as a one-word name no list
 * knows as another word: no article (والفرج is as often a noun), no feminine or plural ending, no
 * pronoun, no preposition before a pronoun.
 */
function isNameShaped(ctx: BoundsContext, stem: string): boolean {
  if (stem.length < 3 || stem.startsWith('ال') || hasNounEnding(stem) || hasPronounSuffix(stem, true)) return false;
  return (ctx.classOf(stem) & ~NAME_BITS) === 0;
}

interface Item { at: number; end: number; person: boolean }

/** The items of the و-chain that starts at token i: one word or one draft each, each after the first behind و. */
function chainAt(ctx: BoundsContext, i: number, starts: ReadonlyMap<number, Draft>, inDraft: Uint8Array): Item[] {
  const { tokens, text } = ctx;
  const items: Item[] = [];
  for (let k = i; k < tokens.length && tokens[k]!.kind === 'word'; ) {
    if (items.length > 0 && (!tokens[k]!.text.startsWith('و') || !/^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) break;
    const d = starts.get(k);
    // (a word inside a longer name ends the chain)
    if (!d && inDraft[k]) break;
    items.push({ at: k, end: d ? d.tokenEnd : k + 1, person: d !== undefined && d.tokenEnd === k + 1 });
    if (d && d.tokenEnd > k + 1) break;
    k = d ? d.tokenEnd : k + 1;
  }
  return items;
}

/**
 * Adds, in place, the untagged one-word items of و-chains that hold two one-word persons or more,
 * each next to one of them. `covered` marks the tokens of drafts.
 * @example addWordListItems(ctx of 'يضم بيرلو وتيفيز وفيدال.', drafts 'بيرلو', 'تيفيز') → 'فيدال'
 */
export function addWordListItems(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens } = ctx;
  const starts = new Map<number, Draft>();
  const inDraft = new Uint8Array(tokens.length);
  for (const d of drafts) {
    starts.set(d.tokenStart, d);
    inDraft.fill(1, d.tokenStart, d.tokenEnd);
  }
  const added: Draft[] = [];
  for (let i = 0; i < tokens.length; ) {
    const items = chainAt(ctx, i, starts, inDraft);
    if (items.length >= 3 && items.filter((it) => it.person).length >= MIN_PERSONS) {
      // Outward from the persons: an item found makes its neighbour a candidate too (وبوفون وبوغبا وبيرلو).
      for (let grew = true; grew; ) {
        grew = false;
        items.forEach((it, n) => {
          const t = tokens[it.at]!;
          // (the first item too when it is behind و: the list goes on from before a mark, وبوفون after «(برشلونة)»)
          if (it.person || covered[it.at] || inDraft[it.at] || !t.text.startsWith('و') || isNotAName(ctx, t)) return;
          if (!items[n - 1]?.person && !items[n + 1]?.person) return;
          const stem = foldArabic(t.text).slice(1);
          if (!isNameShaped(ctx, stem)) return;
          added.push({ start: afterWa(t), end: t.end, words: [stem], confidence: LIST_ITEM_CONFIDENCE, tokenStart: it.at, tokenEnd: it.at + 1 });
          covered[it.at] = 1;
          it.person = true;
          grew = true;
        });
      }
    }
    i = items.length > 0 ? items[items.length - 1]!.end : i + 1;
  }
  drafts.push(...added);
}
