/**
 * Common nouns that stand where a family name alone after a speech verb stands (وقال المرصد إن …،
 * وطالب الائتلاف، خلال المسيرة، …): a body, a group, a document or a report speaks in news text as a
 * person does. A word of that kind is told apart from a family name by its shape, when the page
 * never gives it after a given name, as it gives a family name (وقال الغامدي … after سعيد الغامدي).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { Token } from './tokenize';

/** Classes of a word the lists know as a given name or a person's name. */
const GIVEN_NAME = LEX.GIVEN | LEX.PERSON;

/**
 * Noun patterns, folded and with the article, that family names rarely have (family names with
 * the article are mostly nisbas, الغامدي، or فاعل، فعلان shapes, الجاسر، الحرقان):
 * مَفعَل, the noun of place (المرصد، المجلس، المكتب، المركز), three consonants after its م;
 * أفعال and إفعال (الأرقام، الأنباء، الإعلان، الاتفاق) and افتعال, انفعال (الائتلاف، الاجتماع، الانسحاب);
 * استفعال (الاستقبال); the broken plural أفاعيل (الأكاذيب، الأساطير).
 */
const NOUN_SHAPES = [
  /^الم[^اوي]{3}$/,
  /^الا[^ا]{2,3}ا[^ا]$/,
  /^الاست[^ا]{2}ا[^ا]$/,
  /^الا[^ا]ا[^ا]ي[^ا]$/,
];

/**
 * Whether a folded word with the article has the shape of a common noun rather than a family name.
 * @example hasNounShape('المرصد') → true
 * @example hasNounShape('الغامدي') → false
 */
export const hasNounShape = (folded: string): boolean => NOUN_SHAPES.some((re) => re.test(folded));

/**
 * Whether a word alone after a speech verb, taken for a family name by its place only, is rather a
 * common noun or a name of another kind: it has a noun's shape, or the tagger called it a place,
 * an organisation or a work (`taggedOther`: ختم القرآن), and the page never gives it after a given
 * name (`afterGiven`, asked only of such a word: wordsAfterGivenNames of the page).
 * @example isNounAfterSpeech('المرصد', () => new Set()) → true
 * @example isNounAfterSpeech('القران', () => new Set(), true) → true
 * @example isNounAfterSpeech('الملحم', () => new Set(['الملحم'])) → false (ريم الملحم on the page)
 */
export function isNounAfterSpeech(folded: string, afterGiven: () => ReadonlySet<string>, taggedOther = false): boolean {
  return (taggedOther || hasNounShape(folded)) && !afterGiven().has(folded);
}

/**
 * The folded words with the article that stand right after a given name on the page (ريم الملحم،
 * even where the tagger missed the name), and the words after the first of its names of two
 * words or more (`names`); `isNotAName` drops a function word the lists also know as a name. Built
 * once per page, and only for a page with a noun-shaped candidate.
 * @example wordsAfterGivenNames(tokenize('واستمع إلى شرح من ريم الملحم'), classOf, []) → Set {'الملحم'}
 */
export function wordsAfterGivenNames(tokens: readonly Token[], classOf: (folded: string) => number, names: readonly { words: readonly string[] }[], isNotAName: (t: Token) => boolean = () => false): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (let k = 1; k < n.words.length; k++) out.add(n.words[k]!);
  for (let i = 1; i < tokens.length; i++) {
    // The cheap test first: most words have no article.
    if (!tokens[i]!.text.startsWith('ال') || tokens[i - 1]!.kind !== 'word') continue;
    // على الاتفاق، من الأرقام: the lists know على and من as names too; isNotAName tells them apart.
    const given = tokens[i - 1]!;
    if (classOf(foldArabic(given.text)) & GIVEN_NAME && !isNotAName(given)) out.add(foldArabic(tokens[i]!.text));
  }
  return out;
}
