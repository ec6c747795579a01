/**
 * Words about names that the people finder and the quotation speaker finder both read: the
 * connectors after which a name goes on (علي بن أبي طالب، أبو الفداء), and letters as written.
 */
import { foldArabic } from './normalize';

/**
 * True when a word is written with the accusative tanwin (شاكرًا، تقريرًا): an adverb, an object
 * or a participle, not a name and not the subject of a verb.
 */
export const hasAccusativeTanwin = (w: string): boolean => w.includes('\u064B');

const UNWRITTEN = /[\u064b-\u065f\u0670\u0640]/g;

/** Letters as written (hamza and ى kept: فإن is not فان "van"), without diacritics and tatweel. */
export function written(w: string): string {
  // Most words carry no such mark: they come back as they are, with no regular expression run.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return w.replace(UNWRITTEN, '');
  }
  return w;
}

const folded = (block: string) => new Set(block.split(/\s+/).filter(Boolean).map(foldArabic));

/** The relative pronouns, folded: they follow a definite noun, a name as much as any (رونالدو الذي، الوزير الذي). */
export const RELATIVE_PRONOUNS = folded('الذي التي الذين اللذين اللذان اللتين اللتان اللاتي اللواتي اللائي');

/**
 * First words of the blessings said after a name, before الله (الملك سلمان حفظه الله، النبي محمد
 * صلى الله عليه وسلم، رضي الله عنه، طيب الله ثراه), folded: the name ends before them.
 */
export const BLESSING_HEADS = folded(`
  صلى حفظه حفظها يحفظه يحفظها رحمه رحمها يرحمه يرحمها رضي طيب سدد أيده أيدها رعاه رعاها يرعاه
  وفقه وفقها يوفقه نصره ينصره أطال تغمده غفر يغفر شفاه يشفيه
`);

/** The nasab words (بن، ابن، بنت), folded: a title before them is a name (سلطان بن خالد). */
export const NASAB = folded('بن ابن بنت');

/** Singular kinship and companionship nouns (folded, ة written ت before a pronoun): ابن، ابنت، زوج، صديق … */
const KIN_NOUNS = 'ابن|ابنت|بنت|زوج|زوجت|شقيق|شقيقت|نجل|نجلت|حفيد|حفيدت|اخ|اخت|صديق|صديقت|زميل|زميلت|خطيب|خطيبت|طفل|طفلت';
/**
 * A kinship noun, or the dual ابنتي/ابني, with a conjunction or a preposition before it and a
 * third-person possessive pronoun after it (ابنته، وزوجته، لصديقه، ابنتيه), folded.
 */
export const KIN_WITH_PRONOUN = new RegExp(`^[وف]?[بل]?(?:${KIN_NOUNS}|ابنتي|ابني)(?:ه|ها|هم|هما)$`);
/** The same nouns with any possessive pronoun, the first person too (ابنتي، زوجي، طفلتنا), folded. */
export const KIN_WITH_ANY_PRONOUN = new RegExp(`^[وف]?[بل]?(?:${KIN_NOUNS})(?:ه|ها|هم|هما|ي|نا)$`);

/** Kin nouns after ابن or بنت that make a relation, not a lineage (سامي ابن خالة عبدالفتاح، ابن عم الملك). */
const KIN_AFTER_NASAB = folded('عم عمة خال خالة أخ أخت أخي أخيه عمه خاله عمها خالها');

/**
 * True when the folded words `f` and `next` open a lineage that goes on with the name before it
 * (خالد الفيصل بن عبد العزيز), not a relation to another person (ابن خالة عبدالفتاح).
 * @example opensLineage('بن', 'عبدالعزيز') → true
 */
export function opensLineage(f: string, next: string | undefined): boolean {
  return NASAB.has(f) && !(next !== undefined && KIN_AFTER_NASAB.has(next));
}

/** Folded words after which another part of the same name follows: بن، أبو، أم، عبد، آل … */
const CONNECTORS = new Set([...NASAB, ...folded('أبو أبي أبا أم عبد آل')]);

/**
 * True for a folded word after which a name goes on, whatever the next word may also be
 * (علي بن أبي طالب: طالب is also "demanded"); a kunya or a lineage starts a person's name.
 * @example isNameConnector('ابي') → true
 */
export function isNameConnector(f: string): boolean {
  return CONNECTORS.has(f);
}

/** Names and praises of God, folded: never a person on their own (الله الرحمن الرحيم). */
const DIVINE = folded('الله الرحمن الرحيم سبحانه تعالى جل جلاله');

/** True when every word of a name (folded) names or praises God. */
export function isDivineName(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => DIVINE.has(w));
}

/**
 * True when the last word of a name is the second half of a compound given name, never its
 * bearer's surname on its own: the name after عبد (عبد الله، عبد العزيز), الله (نصر الله،
 * فضل الله) and الدين (صلاح الدين). Spread alone, it would mark God or "the religion".
 */
export function endsInCompoundHalf(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return last === 'الله' || last === 'الدين' || words[words.length - 2] === 'عبد';
}
