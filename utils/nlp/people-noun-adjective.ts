/**
 * Given names that are also adjectives (عادل، مبارك، محمود، سعيد) right after an indefinite
 * singular noun: the word describes the noun and agrees with it (بيوم مبارك، قضاء عادل وناجز)
 * rather than naming a person. A name after a bare indefinite noun is a construct (شارع خالد،
 * جائزة سعيد), so the noun must be one the lists know only as a common word or not at all, not a
 * feminine or plural noun (a masculine adjective would not agree with it), nor a preposition, a
 * kinship noun or a verb, after which a name is at home (مع خالد، شقيق سعيد، قال محمود).
 */
import { LEX } from './ner/lexicon';
import { words, hasNounEnding, hasPronounSuffix, type BoundsContext } from './people-context';
import { isVerbForm } from './people-extent';
import { dropDrafts, fullNameWords, type Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { procliticSplits } from './tokenize';

/**
 * Adjective shapes, folded: فاعل (عادل، صالح), مفعول (محمود، مسعود), مُفاعَل (مبارك), فعيل
 * (سعيد، غريب), and the three-letter nisba (سرّي، and رشى as it folds). The root letters are no long vowel.
 */
const ADJECTIVE = /^(?:[^اوي]ا[^اوي]{2}|م[^اوي]{2}و[^اوي]|م[^اوي]ا[^اوي]{2}|[^اوي]{2}ي[^اوي]|[^اوي]{2}ي)$/;

/** Prepositions, adverbs and kinship nouns the lists know as common words, after which a name is at home. */
const NAME_HEADS = words(`
  أما إذ إذا حيث لكن مع عند لدى ضد بين غير دون سوى نحو حول عبر منذ مثل أمس اليوم بعد قبل خلف أمام وراء فوق تحت جانب
  والد شقيق أخ ابن عم خال جد حفيد نجل زوج صديق زميل رفيق عهد عصر زمن حكم
`);

/** Verbal nouns of the derived forms افتعال، استفعال، إفعال (اعتقال، استقبال), which take the name as their object. */
const DERIVED_VERBAL_NOUN = /^ا[^اوي]{2,3}ا[^اوي]$/;

/** Classes that let a word before a name announce or head it: a title, a verb of speech, a place or organisation cue. */
const HEAD_CUE = LEX.TITLE | LEX.SPEECH | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.DEMONYM;

/**
 * Whether a word is an indefinite masculine singular noun that an adjective may follow: no reading
 * of it has the article or is a cue, a name or a listed head; its known readings are common words
 * only, or, none known, its barest reading has no verb's opening nor a feminine or plural ending.
 */
function isIndefiniteNoun(ctx: BoundsContext, word: string): boolean {
  const readings = procliticSplits(word);
  if (readings.some((r) => r.article || NAME_HEADS.has(r.stem) || ctx.classOf(r.stem) & (HEAD_CUE | NAME_CLASS))) return false;
  // وكتب، وقال: a short stem behind a conjunction is most often a verb in the perfect.
  if (readings.some((r) => /^[وف]$/.test(r.prefix) && r.stem.length === 3)) return false;
  const known = readings.filter((r) => ctx.classOf(r.stem) !== 0);
  const barest = readings.reduce((a, r) => (r.stem.length < a.stem.length ? r : a)).stem;
  return (known.length ? known.map((r) => r.stem) : [barest]).every((s) => s.length >= 3 && !hasNounEnding(s) && !s.endsWith('ت')
    // (ابنه، فسألني: a noun so owned is followed by its owner's name in apposition)
    && !hasPronounSuffix(s, true) && !DERIVED_VERBAL_NOUN.test(s) && !(known.length > 0 ? s.length >= 4 && s.startsWith('ي') : isVerbForm(s)));
}

/**
 * Drops, in place, the one-word drafts shaped as an adjective that stand right after an
 * indefinite masculine singular noun, and the pairs of such adjectives joined by و, unless a
 * fuller name of the page holds the word.
 * @example dropAdjectivesAfterNoun(ctx of 'نحتفل بيوم مبارك', drafts 'مبارك') → none left
 */
export function dropAdjectivesAfterNoun(ctx: BoundsContext, drafts: Draft[]): void {
  let inNames: Set<string> | undefined;
  dropDrafts(drafts, (d) => {
    const prev = ctx.tokens[d.tokenStart - 1];
    // (قضاء عادل وناجز: two adjectives joined by و describe the noun as one does)
    const adjectives = d.words.length === 1 || d.words.length === 2 && /^و.{4,5}$/.test(d.words[1]!) && ADJECTIVE.test(d.words[1]!.slice(1));
    if (!adjectives || !ADJECTIVE.test(d.words[0]!) || prev?.kind !== 'word' || !isIndefiniteNoun(ctx, prev.text)) return false;
    // (the pair is a fuller name itself: only another one of the page may hold its first word)
    return d.words.length === 1 ? !(inNames ??= fullNameWords(drafts)).has(d.words[0]!) : !drafts.some((x) => x !== d && x.words.length > 1 && x.words.includes(d.words[0]!));
  });
}
