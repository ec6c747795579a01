/**
 * Names the tagger left untagged right after a word that gives a person's name (رجلا يدعى ساوتي
 * كوما، مهندس متطوع يدعى علي مطر، ويدعى «بدران»، المدعو …): the word announces a name and nothing
 * else, often a foreign or rare one (not اسمه, after which a predicate comes as often: اسمها
 * يرادف). The name is one to three name-like words (people-quoted-title-name.ts), the last one also
 * a family name with the article; in quotation marks, the closing mark must end it.
 */
import { words, type BoundsContext } from './people-context';
import { isKnownWord } from './people-demonym';
import { QUOTE_CLOSERS, isNameLikeWord } from './people-quoted-title-name';
import { procliticSplits } from './tokenize';
import { OPENING_MARKS } from './people-quoted-title';
import { isFamilyName } from './people-title-name';
import { foldedAt } from './people-word-table';

/** Words that give a person's name, folded (يدعى folds as يدعي), bare or behind و or ف (ويدعى); no other clitic takes one. */
const NAMING = new Set([...words('يدعي تدعي المدعو المدعوة الملقب الملقبة')].flatMap((w) => [w, `و${w}`, `ف${w}`]));
/** The most words taken for the name. */
const MAX_WORDS = 3;

/** Whether token k may be a word of the name: name-like, and no preposition on a known word or on the article. */
function isNameWord(ctx: BoundsContext, k: number): boolean {
  // بالبرق، بهدوء، لمفهوم: a preposition on a word the lists or the corpora know, or on the article
  // (not on a word opening with و, which no preposition comes before: كوما is no ك + وما).
  return isNameLikeWord(ctx, k) && !procliticSplits(ctx.tokens[k]!.text).some((r) => r.prefix !== '' && (r.article || !r.stem.startsWith('و') && isKnownWord(ctx, r.stem)));
}

/**
 * The token range [i, j) of a name right after a word that gives a person's name, an opening
 * quotation mark between allowed, or null.
 * @example nameAfterNaming(ctx of 'اعتقلت الشرطة رجلا يدعى ساوتي كوما يوم الأحد', 4, covered) → [4, 6]
 */
export function nameAfterNaming(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const quoted = OPENING_MARKS.has(ctx.tokens[i - 1]?.text ?? '');
  const cue = ctx.tokens[quoted ? i - 2 : i - 1];
  if (cue?.kind !== 'word' || !NAMING.has(foldedAt(ctx, quoted ? i - 2 : i - 1)) || !isNameWord(ctx, i)) return null;
  let j = i + 1;
  while (j < i + MAX_WORDS && !covered[j] && isNameWord(ctx, j)) j++;
  if (j < i + MAX_WORDS && !covered[j] && isFamilyName(ctx, j)) j++;
  if (covered.subarray(i, j).some(Boolean)) return null;
  if (quoted) return QUOTE_CLOSERS.has(ctx.tokens[j]?.text ?? '') ? [i, j] : null;
  return [i, j];
}
