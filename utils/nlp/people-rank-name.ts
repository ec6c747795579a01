/**
 * Names the tagger leaves untagged right after a military or royal rank (اللواء كامل الوزير،
 * الفريق أول صدقي صبحي القائد العام، العقيد بوعجيلة»): the rank with the article announces a
 * person whose name follows at once, and unlisted given names and family names are common there.
 * The name is one or two name-like words (a listed given name or a word no list knows, then a
 * family name), and something must close it: a mark, a role (قائد، رئيس) or a speech verb. Without
 * that closure the rank is as often a unit or a place (اللواء الثامن، جائزة الأمير نايف للسنة).
 */
import { LEX } from './ner/lexicon';
import { hasNounEnding, isSpeechToken, isTitleToken, someStem, words, type BoundsContext } from './people-context';
import { NAME_CLASS } from './people-not-names';
import { isForeignNameWord, isRareOrNameOnly } from './people-demonym';
import { classAt, foldedAt } from './people-word-table';

/** Ranks (folded, with the article) a name follows; الفريق only with أول or ركن after it (the team). */
const RANKS = words('اللواء العميد العقيد المشير الامير الاميره العماد الفريق');
/** Words between a rank and the name (الفريق أول، اللواء الركن، العميد البحري). */
const RANK_MODIFIERS = words('اول ركن الركن البحري طيار الطيار');
/** Marks that close a name. */
const CLOSING_MARKS = new Set(['،', ',', ':', '.', ')', '»', '"', '؛', '-', '–']);

/**
 * The ranks without their article. Every reading of a word is a tail of the folded word, or such
 * a tail after a restored article (للواء → اللواء), so a word that ends in none of these is no
 * rank: this check spares most tokens of the page their readings.
 */
const RANK_TAILS = [...RANKS].map((r) => (r.startsWith('ال') ? r.slice(2) : r));

/** Whether token k is a rank with the article, clitics allowed (واللواء، للأمير: a reading is the rank). */
function isRank(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word') return false;
  const f = foldedAt(ctx, k);
  return endsWithRankTail(f) && someStem(t.text, isRankWord);
}

/** The last letters of RANK_TAILS: a word ending in another letter ends in none of them. */
const RANK_LAST_LETTERS = new Set(RANK_TAILS.map((tail) => tail.charCodeAt(tail.length - 1)));

/** Whether a folded word ends in a rank without its article (a loop: asked of every token, no closure made). */
function endsWithRankTail(f: string): boolean {
  if (!RANK_LAST_LETTERS.has(f.charCodeAt(f.length - 1))) return false;
  for (const tail of RANK_TAILS) if (f.endsWith(tail)) return true;
  return false;
}

const isRankWord = (s: string): boolean => RANKS.has(s);

/**
 * Whether token k is a word of a name after a rank: a listed given name, or a foreign-name word.
 * A given name that is also a common word (مطلق، كامل) counts only when `common` allows it.
 */
function isNameWord(ctx: BoundsContext, k: number, common = false): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word') return false;
  const f = foldedAt(ctx, k);
  if (f.startsWith('ال') || f.startsWith('و') || f.length < 3) return false;
  const bits = classAt(ctx, k);
  return ((bits & LEX.GIVEN) !== 0 && !(bits & (LEX.TITLE | LEX.SPEECH)) && (common || !(bits & LEX.COMMON))) || isForeignNameWord(ctx, t);
}

/** Whether token k is a family name with the article (الوزير، الأزيمع): a name, a title (common or not) or a word no list knows. */
function isFamilyName(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word') return false;
  const f = foldedAt(ctx, k);
  if (!f.startsWith('ال') || f.length < 5 || hasNounEnding(f) || f.endsWith('ه')) return false;
  const bits = classAt(ctx, k);
  const allowed = NAME_CLASS | LEX.TITLE | LEX.CORPUS_PERS | (bits & LEX.TITLE ? LEX.COMMON : 0);
  return isRareOrNameOnly(ctx, f) || (bits !== 0 && !(bits & ~allowed));
}

/** Whether token k closes a name: a mark, the page's end, a role or a speech verb. */
function closesName(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return true;
  if (t.kind !== 'word') return CLOSING_MARKS.has(t.text);
  return isTitleToken(ctx, t) || isSpeechToken(ctx, t);
}

/**
 * The token range [i, j) of a name right after a rank (and its modifiers), or null.
 * @example nameAfterRank(ctx of 'وصل اللواء كامل الوزير، وقال', 2) → [2, 4]
 */
export function nameAfterRank(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const { tokens } = ctx;
  if (covered[i]) return null;
  // (the rank first: every token of the page comes here)
  let k = i - 1;
  while (k > 0 && i - k <= 2 && tokens[k]?.kind === 'word' && RANK_MODIFIERS.has(foldedAt(ctx, k))) k--;
  if (k < 0 || !isRank(ctx, k)) return null;
  if (k === i - 1 && foldedAt(ctx, k).endsWith('الفريق')) return null;
  // واللواء مطلق الأزيمع قائد: a given name that is also a common word, only before a family name.
  const two = !covered[i + 1] && (isFamilyName(ctx, i + 1) || isNameWord(ctx, i + 1));
  if (!isNameWord(ctx, i, two && closesName(ctx, i + 2))) return null;
  for (const j of [i + 2, i + 1]) {
    if (j === i + 2 ? !two : !isNameWord(ctx, i)) continue;
    if (closesName(ctx, j)) return [i, j];
  }
  return null;
}
