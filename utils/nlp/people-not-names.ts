/**
 * Words that are never a person's name nor part of one: function words and honorifics,
 * prepositions with a pronoun (باسمه، لي), the preposition على (told apart from the name علي by how
 * the page writes its final ي), words with the accusative tanwin, verbs in the future. people-bounds.ts
 * trims them off the spans the tagger proposes; the finders of untagged names ask them too.
 */
import { hasAccusativeTanwin, written } from './name-words';
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CURATED_NAME, isTitleToken, type BoundsContext } from './people-context';
import type { Token } from './tokenize';

/** Classes of a word that lists know as (part of) a person's name. */
export const NAME_CLASS = CURATED_NAME | LEX.CORPUS_PERS;

/**
 * Function words and honorifics that never begin or end a name (compared as written: فإن, not فان;
 * على apart, see below): the future particle سوف, the question words أين، كيف، هل، لماذا (not
 * متى, also the name Matthew) and the particles of hope عسى، ربما، لعل among them.
 */
const NOT_A_NAME_WORD = new Set(`
  إلى الى في من عن إن أن ان فإن وإن بأن لأن وأن مع ثم لكن لكنه حتى منذ عند قد لقد كما بعد قبل حول ضد عبر لدى وفق حسب بحسب
  هذا هذه ذلك تلك الذي التي الذين وهو وهي هو هي أنا أنت نحن هم كان كانت يكون ليس لم لن لا ما ماذا إنه أنه إنها أنها لو تنظيم
  معالي سمو سموه فخامة سعادة فضيلة جلالة صاحب ركن
  سوف وسوف فسوف أين وأين فأين كيف وكيف فكيف هل وهل فهل لماذا ولماذا
  عسى ربما لعل
  سوى بيد
`.split(/\s+/).filter(Boolean).concat(thatWithPronoun()));

/**
 * أن and إن with a pronoun behind a preposition or a conjunction (وصف الملك سلمان بأنه، لأنها،
 * وإنهم), as written with and without the hamza: a closed class that opens a clause, never a name.
 */
function thatWithPronoun(): string[] {
  const heads = ['بأن', 'بان', 'لأن', 'لان', 'كأن', 'وأن', 'وان', 'وإن', 'فإن', 'فان'];
  return heads.flatMap((h) => ['ه', 'ها', 'هم', 'هما', 'هن'].map((p) => h + p));
}

/**
 * Prepositions with a pronoun of the second or third person or «نا» (له، عليه، باسمه، لنا): a closed
 * class, never a name nor part of one (الملك سلمان باسمه، تهنئة باسمه). Written forms, with and
 * without the hamza of إلى; not بك, also the title Bey and part of family names (فاروق مردم بك).
 */
export const PRONOUN_PREPOSITION = new Set(
  'ل ب من عن في مع إلي الي علي لدي عند بين باسم'.split(' ').flatMap((p) =>
    'ك كم كما ه ها هم هما هن نا'.split(' ').map((s) => (s === 'نا' && (p === 'من' || p === 'عن') ? p + 'ا' : p + s))).filter((w) => w !== 'بك'),
);

/**
 * The same prepositions with the pronoun of the first person singular (قال لي، بيني وبين): as a whole
 * name only after a title (السيدة لي), since لي، بيني، مني also write names (Lee, Benny, Mona).
 */
const FIRST_PERSON_PREPOSITION = new Set('لي بي مني عني معي إلي لدي عندي بيني باسمي'.split(' '));

/** Whether the page writes final ي as ى (فى، على for علي), as many Egyptian sites do: فى at least as often as في. */
export function writesFinalYaAsAlifMaqsura(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const fa = count(/(?:^|[\s(«"])فى(?=[\s،,.])/g);
  return fa > 0 && fa >= count(/(?:^|[\s(«"])في(?=[\s،,.])/g);
}

/**
 * Whether the page writes the preposition إلى with ي (إلي، الي), never a name: a page that writes
 * it so may write على so too, whatever else it writes.
 */
export function writesIlaWithYa(text: string): boolean {
  return /(?:^|[\s(«"])[وف]?[إا]لي(?=[\s،,.])/.test(text);
}

/** Whether the page writes the preposition على with its ى somewhere (a page may also write it علي). */
export function writesAlaWithAlifMaqsura(text: string): boolean {
  return /(?:^|[^\p{L}\p{M}])[وف]?على(?![\p{L}\p{M}])/u.test(text);
}

/**
 * Whether a token is written علي on a page that writes final ي as ي: there it may be the given
 * name (the lists know علي also as على folded, a common word, so its classes alone do not tell).
 */
export function isAliWithYa(ctx: BoundsContext, t: Token): boolean {
  return t.kind === 'word' && written(t.text) === 'علي' && !ctx.yaAsAlifMaqsura();
}

/** Whether a token is the given name علي written with ي on a page that also writes the preposition على with ى. */
export function isWrittenAli(ctx: BoundsContext, t: Token): boolean {
  return isAliWithYa(ctx, t) && ctx.writesAla();
}

/** Whether the written word `w` is the preposition على (with و/ف or not) on a page that writes final ي as ي. */
function isPreposition3ala(ctx: BoundsContext, w: string): boolean {
  return w.endsWith('على') && /^[وف]?على$/.test(w) && !ctx.yaAsAlifMaqsura();
}

/**
 * Whether a token cannot be (part of) a name: punctuation, a function word, an honorific, the
 * preposition على.
 * @example isNotAName(ctx, token of 'على') → true
 */
export function isNotAName(ctx: BoundsContext, t: Token): boolean {
  if (t.kind !== 'word') return true;
  // شاكرًا، مضيفاً: a word with the accusative tanwin is an adverbial participle far more often than a name.
  const w = written(t.text);
  return isPreposition3ala(ctx, w) || NOT_A_NAME_WORD.has(w) || PRONOUN_PREPOSITION.has(w) || hasAccusativeTanwin(t.text) || isFutureVerb(ctx, t);
}

/**
 * Whether a word is a verb in the future, سـ on an imperfect the lists know as a common word
 * (وسيستقبل، سيقاتل، ستشارك): never a name; a name that only looks so (سيرخيو، ستيفن، سيمون)
 * leaves no known word without its س.
 */
function isFutureVerb(ctx: BoundsContext, t: Token): boolean {
  const f = foldArabic(t.text);
  const m = /^[وف]?س(?=[يتنأ])/.exec(f);
  if (!m) return false;
  const rest = f.slice(m[0].length);
  return rest.length >= 4 && (ctx.classOf(rest) & (LEX.COMMON | LEX.SPEECH)) !== 0 && !(ctx.classOf(rest) & NAME_CLASS) && !(ctx.classOf(f) & NAME_CLASS);
}

/**
 * Whether a written word is a preposition with the pronoun of the first person singular (لي، بيني).
 * @example isFirstPersonPreposition('لي') → true
 */
export function isFirstPersonPreposition(w: string): boolean {
  return FIRST_PERSON_PREPOSITION.has(w);
}

/**
 * Whether token i is a preposition with the pronoun of the first person (لي، مني) right after a
 * word that is neither a title, a nationality nor a word with the article: the complement of the
 * verb before it (قال لي يوسف شاهين، طلب مني أحمد الحلوي), so the name starts after it. After those
 * words لي is the Chinese or Korean name Li (الصيني لي باو دونغ، السيدة لي).
 * @example isVerbsFirstPersonComplement(ctx of 'ثم قال لي يوسف شاهين', 2) → true
 */
export function isVerbsFirstPersonComplement(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], prev = ctx.tokens[i - 1];
  if (t?.kind !== 'word' || prev?.kind !== 'word' || !isFirstPersonPreposition(written(t.text))) return false;
  const p = foldArabic(prev.text);
  return !/^[وف]?ال/.test(p) && !isTitleToken(ctx, prev) && !(ctx.classOf(p) & LEX.DEMONYM);
}
