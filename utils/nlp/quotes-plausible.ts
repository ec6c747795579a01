/**
 * Whether a phrase read as the subject of a speech verb can be a speaker at all. The subject
 * finders sometimes stop on a word that only follows the verb: a pronoun on a preposition (قال
 * عني), an adverb (وقال وهنا), a first-person form (ولكني), an auxiliary or a passive (يقال),
 * an indefinite object in the accusative (أجاب جوابا، قال كلاما جديدا), a conjunct left over
 * from a name (…للتجارة والتجزئة) or an abstract noun (كان لكلامه أبلغ الأثر). Such a phrase is
 * no speaker, and the speaker tracker must not carry it on to the next bare وقال.
 *
 * The test asks for evidence against a phrase rather than for it: what an article lets speak is
 * open (a report, a map, a law, a newspaper), so words it does not know stay speakers.
 */
import { foldArabic } from './normalize';
import { isRoleWord } from './quotes-roles';
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';

/** Folded function words that never head a speaker: pronouns, adverbs, particles, first-person forms. */
const FUNCTION_HEADS = new Set(`
  انا نحن انت انتم انتما هو هي هما هم هن هنا هناك هنالك ثمه ثمة بل كمن كانه كانها كانهم ذات كلها
  لكني لكنني ولكني ولكنني اعني اني انني كنت كنا لازلت مازلت لاازال لازال مازال لايزال مايزال
  لعل ولعل يقال قيل يكن يكون تكون كان كانت كانوا تم يتم ليس ليست وبالتالي بالتالي
`.split(/\s+/).filter(Boolean));

/** Abstract nouns a subject finder has been seen to stop on; none of them speaks. */
const ABSTRACT_HEADS = new Set(`
  الامر العكس الجواب الاثر الواقع الضياع الطلب العيد الاسبوع اليوم الحال الحقيقه الحقيقة المعني
  التاكيد التثبت التذكر الثقافه الثقافة
`.split(/\s+/).filter(Boolean));

/** A preposition with a pronoun (عني، معي، لهن، إليه، لنفسي): never a speaker. Not لي، بي، مني (Lee, Mona). */
const PRONOUN_PREPOSITION = /^[وف]?(?:عن|من|مع|ل|ب|في|الي|علي|لدي|عند|لنفس|بنفس)(?:ني|ي|ك|كم|ه|ها|هم|هما|هن|نا)$/;
const NAME_LIKE = new Set(['لي', 'بي', 'مني']);

/**
 * Whether a folded word is a preposition with a pronoun (عني، معي، إليه); قال لي، بي، مني are
 * left alone (also the names Lee, Mona).
 * @example isPronounPreposition('معي') → true
 */
export const isPronounPreposition = (f: string): boolean => !NAME_LIKE.has(f) && PRONOUN_PREPOSITION.test(f);

/** فعالًا، فعيلًا، فعولًا with the tanwin unwritten (جوابا، كتابا، خطيبا): an indefinite object. */
const ACCUSATIVE_PATTERN = /^[^ا]{2}[اوي][^اوي]ا$/;

/** A perfect verb with its plural subject and an object pronoun (شاركوه، سألوها). */
const PLURAL_VERB_OBJECT = /^[^ا].{2,}(?:وه|وها|وهم)$/;

/** Common nouns and adjectives that start with ي like a present verb (يمين، يتيم، يوناني). */
const YA_NOUNS = new Set('يمين يسار يهود يهودي يهوديه يافطه يتيم يتامي ينبوع ينابيع يقين يوميات يوميه يومي يوناني يابانيه ياباني يمني يمنيه'.split(' '));

/**
 * A present verb of the third person (يشاهد، فيشاهد): a word the lexicon knows only as a common
 * word, opened by ي after و/ف, and none of the few nouns so opened. A verb does not name a speaker
 * (…فيشاهد الفيلم (أو المسرحية) … « …»).
 */
function isPresentVerb(bare: string): boolean {
  if (!/^ي[\u0621-\u064A]{3,}$/.test(bare) || YA_NOUNS.has(bare)) return false;
  const bits = loadNerModel().classOf(bare);
  return (bits & LEX.COMMON) !== 0 && (bits & ~(LEX.COMMON | LEX.SPEECH | LEX.MODIFIER)) === 0;
}

/**
 * True when nothing in the phrase's head says it cannot speak (a person, a role, a body, a
 * document, a name the lists do not know all pass).
 * @example isPlausibleSpeaker('عني') → false
 * @example isPlausibleSpeaker('الأثر') → false
 * @example isPlausibleSpeaker('الكاتب') → true
 */
export function isPlausibleSpeaker(phrase: string): boolean {
  const words = phrase.split(' ');
  const raw = words[0] as string;
  const head = foldArabic(raw);
  if (isRoleWord(head)) return true;
  const bare = /^[وف]/.test(head) && head.length > 3 ? head.slice(1) : head;
  if (FUNCTION_HEADS.has(head) || FUNCTION_HEADS.has(bare) || ABSTRACT_HEADS.has(head)) return false;
  if (isPronounPreposition(head)) return false;
  if (isPresentVerb(bare)) return false;
  // كلاما جديدا، شيئا مألوفا: an indefinite noun and its adjective, both in the accusative.
  if (words.length === 1 ? ACCUSATIVE_PATTERN.test(head) : head.endsWith('ا') && foldArabic(words[1] as string).endsWith('ا') && !foldArabic(words[1] as string).startsWith('ال')) return false;
  if (bare.length >= 5 && PLURAL_VERB_OBJECT.test(bare)) return false;
  // …للتجارة والتجزئة: a conjunct with the article is the tail of a phrase, not a subject (but والدته, والي).
  if (head.startsWith('وال') && head.length > 4 && !head.startsWith('والد')) return false;
  return true;
}
