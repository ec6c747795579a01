/**
 * Names the tagger left untagged right after an envoy's title and where the envoy serves: سفيرة
 * الولايات المتحدة لدى الأمم المتحدة سامنتا باور، مندوبة واشنطن لدى الأمم المتحدة، سامانثا باور،
 * سفير التونسي لدى المملكة المتحدة نبيل عمار. An ambassador, a delegate or a representative (سفير،
 * مندوب، ممثل) of a country "to" (لدى) a body or a country is one person, whose name follows in
 * apposition, often foreign and spelt as the tagger never saw it. The name is one word or two, and
 * what follows it shows where it ends: a mark, or the إن / أن of what they said.
 */
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { foldedAt } from './people-word-table';

/** Envoy nouns (folded), bare or with the article, و or ف or ل allowed before them. */
const ENVOY = /^[وفل]?(?:ال|لل)?(?:سفير|سفيره|سفيرة|مندوب|مندوبه|مندوبة|ممثل|ممثله|ممثلة)$/;
/** Words between the envoy noun and لدى (الولايات المتحدة، جمهورية باكستان، التونسي السابق). */
const BEFORE_TO = 3;
/** Words of where the envoy serves, after لدى (الأمم المتحدة، المملكة، الولايات المتحدة الأمريكية). */
const AFTER_TO = 3;
/** Words that close the name: what the envoy said (إن، أن; ان as written without hamza). */
const THAT = new Set(['ان', 'انه', 'انها']);
/** Classes of a word that make it no name's first word here: a common word, a title, a verb of speech, a place. */
const NOT_A_NAME = LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.PLACE | LEX.COUNTRY | LEX.DEMONYM;

/** Whether token k ends a name: a mark or an إن / أن. */
function endsName(ctx: BoundsContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !t || t.kind === 'punct' || (t.kind === 'word' && THAT.has(foldedAt(ctx, k)));
}

/** Whether token k, before the name at token i, closes "envoy … لدى …" (a comma between allowed). */
function followsEnvoy(ctx: BoundsContext, i: number): boolean {
  let k = i - 1;
  if (ctx.tokens[k]?.text === '،' || ctx.tokens[k]?.text === ',') k--;
  let to = -1;
  for (let n = 0; n < AFTER_TO && k - n > 0; n++) {
    const t = ctx.tokens[k - n];
    if (t?.kind !== 'word') return false;
    if (foldedAt(ctx, k - n) === 'لدي') { to = k - n; break; }
  }
  if (to < 1 || to === k) return false;
  // (at least one word, where the envoy comes from, stands between the envoy noun and لدى)
  if (ctx.tokens[to - 1]?.kind !== 'word') return false;
  for (let n = 2; n <= BEFORE_TO + 1 && to - n >= 0; n++) {
    if (ctx.tokens[to - n]?.kind !== 'word') return false;
    if (ENVOY.test(foldedAt(ctx, to - n))) return true;
  }
  return false;
}

/**
 * The token range [i, j) of a name right after an envoy's title and where they serve, or null.
 * @example nameAfterEnvoy(ctx of 'وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور إن', 7, covered) → [7, 9]
 */
export function nameAfterEnvoy(ctx: BoundsContext, i: number, covered: Uint8Array): [number, number] | null {
  const first = ctx.tokens[i];
  if (covered[i] || first?.kind !== 'word') return null;
  const f = foldedAt(ctx, i);
  if (f.length < 3 || f.startsWith('ال') || f.startsWith('و') || (ctx.classOf(f) & NOT_A_NAME) !== 0) return null;
  // (the cheap test of the name's end first: most tokens are followed by a word that is no إن)
  const second = ctx.tokens[i + 1];
  const two = !covered[i + 1] && second?.kind === 'word' && !foldedAt(ctx, i + 1).startsWith('و') && !THAT.has(foldedAt(ctx, i + 1)) && endsName(ctx, i + 2);
  if (!two && !endsName(ctx, i + 1)) return null;
  return followsEnvoy(ctx, i) ? [i, two ? i + 2 : i + 1] : null;
}
