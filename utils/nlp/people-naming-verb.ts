/**
 * Names the tagger left untagged right after a word that gives a person's name (رجلا يدعى ساوتي
 * كوما، مهندس متطوع يدعى علي مطر، ويدعى «بدران»، المدعو …): the word announces a name and nothing
 * else, often a foreign or rare one (not اسمه, after which a predicate comes as often: اسمها يرادف). The name is one to three words, each a name the
 * lists know and no common word or a word no list knows and too rare for a cluster, the last one
 * also a family name with the article; in quotation marks, the closing mark must end it.
 */
import { LEX } from './ner/lexicon';
import { ARABIC_WORD, CURATED_NAME, words, type BoundsContext } from './people-context';
import { isKnownWord, isRareOrNameOnly } from './people-demonym';
import { procliticSplits } from './tokenize';
import { OPENING_MARKS } from './people-institutions';
import { isFamilyName } from './people-title-name';
import { foldedAt } from './people-word-table';

/** Words that give a person's name, folded (يدعى folds as يدعي). */
const NAMING = words('يدعي تدعي المدعو المدعوة الملقب الملقبة');
/** Marks that close a quoted name. */
const CLOSING = new Set(['"', '»', '”', '“', "'", '’']);
/** The most words taken for the name. */
const MAX_WORDS = 3;
/** Classes no word of the name may have. */
const NOT_NAME = LEX.COMMON | LEX.PLACE | LEX.COUNTRY | LEX.DEMONYM | LEX.TITLE | LEX.SPEECH | LEX.MODIFIER | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.CORPUS_LOC | LEX.CORPUS_ORG | LEX.CORPUS_MISC;

/** Whether a folded word is a naming word, bare or behind و or ف (ويدعى); no other clitic takes one. */
const isNamingWord = (f: string): boolean => NAMING.has(f) || (f.length > 4 && (f[0] === 'و' || f[0] === 'ف') && NAMING.has(f.slice(1)));

/** Whether token k may be a word of the name: a listed name and nothing else a list knows, or a rare word. */
function isNameWord(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word' || !ARABIC_WORD.test(t.text)) return false;
  const f = foldedAt(ctx, k), bits = ctx.classOf(f);
  if (f.length < 2 || f.startsWith('ال') || f.startsWith('و')) return false;
  // بالبرق، بهدوء، لمفهوم: a preposition on a word the lists or the corpora know, or on the article
  // (not on a word opening with و, which no preposition comes before: كوما is no ك + وما).
  if (procliticSplits(t.text).some((r) => r.prefix !== '' && (r.article || !r.stem.startsWith('و') && isKnownWord(ctx, r.stem)))) return false;
  return bits & CURATED_NAME ? !(bits & NOT_NAME) : isRareOrNameOnly(ctx, f);
}

/**
 * The token range [i, j) of a name right after a word that gives a person's name, an opening
 * quotation mark between allowed, or null.
 * @example nameAfterNaming(ctx of 'اعتقلت الشرطة رجلا يدعى ساوتي كوما يوم الأحد', 4, covered) → [4, 6]
 */
export function nameAfterNaming(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const quoted = OPENING_MARKS.has(ctx.tokens[i - 1]?.text ?? '');
  const cue = ctx.tokens[quoted ? i - 2 : i - 1];
  if (cue?.kind !== 'word' || !isNamingWord(foldedAt(ctx, quoted ? i - 2 : i - 1)) || !isNameWord(ctx, i)) return null;
  let j = i + 1;
  while (j < i + MAX_WORDS && !covered[j] && isNameWord(ctx, j)) j++;
  if (j < i + MAX_WORDS && !covered[j] && isFamilyName(ctx, j)) j++;
  if (covered.subarray(i, j).some(Boolean)) return null;
  if (quoted) return CLOSING.has(ctx.tokens[j]?.text ?? '') ? [i, j] : null;
  return [i, j];
}
