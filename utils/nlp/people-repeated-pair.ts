/**
 * A family name the tagger left out after a lone given name at every mention (المصمم جون [راي]
 * … قدمها جون [راي] للدار، الشيخ سيد [قطب] … لسيد [قطب]): the family word is also a common word
 * (رأي، قطب، ويب), so the tagger stops before it each time and no fuller mention backs it. A given
 * name the page writes twice or more with the same word right after it names the person by those
 * two words; a lone given name is followed by words that change from sentence to sentence.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';
import type { Draft } from './people-link';
import { NAME_CLASS, isNotAName } from './people-not-names';
import { isPredicateAfterName } from './people-predicate';
import { written } from './name-words';

/** Classes that make the lone word no given name: a role, a verb of speech, a common word. */
const NOT_GIVEN = LEX.TITLE | LEX.SPEECH | LEX.COMMON;
/** Plural endings (الفائزين، المشاركون), of no family name. */
const PLURAL = /(ون|ين|ات)$/;
/** Mentions of the same given name with the same word after it that make the word its family name. */
const MIN_REPEATS = 2;

/**
 * Extends, in place, the one-word drafts of a listed given name by the word right after them (white
 * space only between), when at least two such drafts on the page have that same word after them.
 * `drafts` is sorted by start.
 * @example extendByRepeatedWordAfter(ctx of 'قدم جون راي عرضه … وقال جون راي إن', drafts 'جون', 'جون') → 'جون راي', 'جون راي'
 */
export function extendByRepeatedWordAfter(ctx: BoundsContext, drafts: Draft[]): void {
  const found = new Map<string, Draft[]>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!, after = drafts[i + 1];
    if (d.tokenEnd !== d.tokenStart + 1 || d.words.length !== 1) continue;
    const bits = ctx.classOf(d.words[0]!);
    if (!(bits & LEX.GIVEN) || bits & NOT_GIVEN) continue;
    const next = ctx.tokens[d.tokenEnd];
    if (next?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(d.end, next.start)) || after && after.tokenStart <= d.tokenEnd) continue;
    const f = foldArabic(next.text);
    // نزار وعبد الله: a word opening with و may be the conjunction and the next name.
    if (f.length < 2 || f.startsWith('و') || PLURAL.test(f) || isVerbForm(f) || isNotAName(ctx, next) || isPredicateAfterName(ctx, f, written(next.text))) continue;
    // الملك سلمان خلال، بأن عبدالفتاح لعب: a word the lists know only as a common word (a preposition, a verb) ends the name.
    const nextBits = ctx.classOf(f);
    if (nextBits & LEX.COMMON && !(nextBits & NAME_CLASS)) continue;
    const key = `${d.words[0]} ${f}`;
    const list = found.get(key);
    if (list) list.push(d);
    else found.set(key, [d]);
  }
  for (const [key, list] of found) {
    if (list.length < MIN_REPEATS) continue;
    const f = key.slice(key.indexOf(' ') + 1);
    for (const d of list) {
      d.end = ctx.tokens[d.tokenEnd]!.end;
      d.tokenEnd++;
      d.words = [...d.words, f];
    }
  }
}
