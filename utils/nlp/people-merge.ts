/**
 * One name the tagger proposed as two person spans side by side (زكي | طليمات، عبد الملك | بن
 * مروان، مشعل بن | ماجد): in news text two people are joined by و or a comma, and a name right
 * after another with nothing between them goes on with it; so does a surname after a middle
 * initial and its full stop (جورج دبليو. بوش). people.ts joins such drafts before
 * the page-level passes, so the full name is the one partial mentions link to.
 */
import { LEX } from './ner/lexicon';
import { foldArabic } from './normalize';
import { isNameConnector, opensLineage } from './name-words';
import type { Draft } from './people-link';

/** Classes that make a word something else than a given name opening a person's name. */
const NOT_GIVEN = LEX.TITLE | LEX.SPEECH;

/**
 * Latin letters as Arabic writes them, folded (دبليو، إف، جيه، إيه), and a lone Arabic letter
 * standing for one (ستيفن ج. هينتغس): a middle initial of a foreign name. Not أو، إن، في, folded
 * as او، ان، في, which are words.
 */
const LATIN_LETTERS = new Set([
  ...'ايه اي اى بي سي دي اف جي جيه اتش ايتش جاي كيه كي ال ام كيو ار اس تي يو دبليو اكس واي زد'.split(' ').map(foldArabic),
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
]);

/**
 * Whether `words` (folded) is a given name standing alone, one word or a compound with a
 * connector (عبد الله، أبو الحسن), that a list knows as a given name.
 */
function isLoneGivenName(words: readonly string[], classOf: (w: string) => number): boolean {
  if (words.length > 2 || words.length === 2 && !isNameConnector(words[0]!)) return false;
  const bits = classOf(words[0]!);
  return (bits & LEX.GIVEN) !== 0 && !(bits & NOT_GIVEN) && !words[0]!.startsWith('ال');
}

/**
 * Whether draft `b` goes on with the name of draft `a` that stands right before it: after a middle
 * initial and its full stop (جورج دبليو. بوش), or with only white space between them when `b`
 * opens with a nasab (عبد الملك بن مروان), `a` ends in a connector asking for more (مشعل بن
 * ماجد), or `a` is a lone given name and `b` one word, its family name (زكي طليمات). Two people side by side without و or a comma are rare; a verb with its subject and its
 * object both names (هزم نادال فيدرر) has a surname first, not a given name.
 * @example continuesName(text, draft of 'زكي', draft of 'طليمات', classOf) → true
 */
export function continuesName(text: string, a: Draft, b: Draft, classOf: (w: string) => number): boolean {
  const gap = text.slice(a.end, b.start);
  // جورج دبليو. بوش، لورا إيه. كولانجيلو: a middle initial with its full stop goes on with the surname.
  if (/^\.\s+$/.test(gap) && a.words.length > 1 && LATIN_LETTERS.has(a.words[a.words.length - 1]!)) return true;
  if (a.tokenEnd !== b.tokenStart || !/^\s+$/.test(gap)) return false;
  if (opensLineage(b.words[0]!, b.words[1]) || isNameConnector(a.words[a.words.length - 1]!)) return true;
  return b.words.length === 1 && isLoneGivenName(a.words, classOf);
}

/** Whether two drafts come from one tagged span (drafts of the page-level passes come from none). */
const sameSpan = (spanOf: ReadonlyMap<Draft, number>, a: Draft, b: Draft) => spanOf.has(a) && spanOf.get(a) === spanOf.get(b);

/**
 * Joins, in place, the drafts of `drafts` (in page order, one or more per tagged span) that
 * continue the name of the draft before them and do not come from the same tagged span (`spanOf`): the parts
 * of one span were split on purpose (people-bounds.ts splitPoint).
 * @example joinSplitNames('قام زكي طليمات', [draft of 'زكي', draft of 'طليمات'], …) → one draft 'زكي طليمات'
 */
export function joinSplitNames(text: string, drafts: Draft[], spanOf: ReadonlyMap<Draft, number>, classOf: (w: string) => number): void {
  let n = 0;
  for (const d of drafts) {
    const prev = drafts[n - 1];
    if (prev && !sameSpan(spanOf, prev, d) && continuesName(text, prev, d, classOf)) {
      prev.end = d.end;
      prev.tokenEnd = d.tokenEnd;
      prev.words = [...prev.words, ...d.words];
      prev.confidence = Math.max(prev.confidence, d.confidence);
      continue;
    }
    drafts[n++] = d;
  }
  drafts.length = n;
}
