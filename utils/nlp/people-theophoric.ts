/**
 * Theophoric compounds written as one word, عبد + the article + a divine name (عبدالرؤوف،
 * عبدالمحسن، عبدالغني): always a person's given name, though the lists know many of them only
 * from the corpora, or not at all, as they know the two-word spelling (عبد الرؤوف).
 */
import { LEX } from './ner/lexicon';

/** عبد + the article + a name of three letters or more, a conjunction allowed before it (وعبدالمحسن). */
const JOINED_ABD = /^[وف]?عبدال[^ا]\S{2,}$/;

/**
 * The classes of a folded word read as a given name: those of a person's given name for a
 * theophoric compound written as one word, else what the lists know.
 * @example givenNameBits(classOf, 'عبدالرؤوف') → LEX.GIVEN | LEX.CORPUS_PERS
 */
export function givenNameBits(classOf: (folded: string) => number, f: string): number {
  return JOINED_ABD.test(f) ? LEX.GIVEN | LEX.CORPUS_PERS : classOf(f);
}
