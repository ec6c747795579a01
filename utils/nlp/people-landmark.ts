/**
 * A tagged person span that names a site: a landmark noun in construct stands right before it or
 * opens it (محطة تشارينغ كروس، مبنى إمباير ستايت، معبد أولواتو، شاطئ القنطاوي، سهل الزبداني). A
 * site may be named after a person (ساحة محمد الخامس), so only a name no list knows as a
 * person's counts. people-bounds.ts asks this before it keeps a name; the words of such a name
 * are then no person's anywhere on the page.
 */
import { foldArabic } from './normalize';
import { words, type BoundsContext } from './people-context';
import { OPENING_MARKS } from './people-institutions';
import { NAME_CLASS } from './people-not-names';
import { namesNoKnownPerson } from './people-products';
import { procliticSplits } from './tokenize';

/**
 * Nouns of sites and landmarks whose complement in construct is the site's own name, folded; not
 * the institutions of people-institutions.ts (جامعة، مسجد), which are often named after a person.
 */
const LANDMARK_HEADS = words(`
  محطة محطات مبنى معبد منتجع شاطئ شواطئ سهل ساحة كنيسة كاتدرائية قلعة بحيرة نهر وادي سوق
  صحراء مضيق خليج هضبة منجم
`);

/** Whether a word, clitics off and without the article, is a landmark noun (بمحطة، ومعبد). */
function isLandmarkHead(word: string): boolean {
  return procliticSplits(word).some((s) => !s.article && LANDMARK_HEADS.has(s.stem));
}

/**
 * Whether the span [ts, te) names a site: a landmark noun stands right before it (an opening
 * quotation mark between allowed) or opens it, and no word of the name after that noun is known
 * as a person's.
 * @example namesLandmark(ctx of 'نظرة على محطة تشارينغ كروس للقطارات', 3, 5) → true
 * @example namesLandmark(ctx of 'وقع الهجوم على شاطئ القنطاوي', 3, 5) → true
 */
export function namesLandmark(ctx: BoundsContext, ts: number, te: number): boolean {
  const { tokens } = ctx;
  const first = tokens[ts];
  if (te - ts > 1 && first?.kind === 'word' && !(ctx.classOf(foldArabic(first.text)) & NAME_CLASS) && isLandmarkHead(first.text)) return namesNoKnownPerson(ctx, ts + 1, te);
  let j = ts - 1;
  if (OPENING_MARKS.has(tokens[j]?.text ?? '')) j--;
  const before = tokens[j];
  return before?.kind === 'word' && isLandmarkHead(before.text) && namesNoKnownPerson(ctx, ts, te);
}
