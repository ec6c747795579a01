/**
 * A name the recogniser missed, followed by the role it holds (بدرة قعلول رئيسة مركز الدراسات،
 * العمري وزير الإسكان): a subject read up to the verb's object or an apposition runs on into the
 * role. The speaker is the name alone (the gold gives speakers without job descriptions), which
 * the speaker tracker can then link to the fuller name met before (العمري → عبدالحميد العمري).
 */
import { foldArabic } from './normalize';
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';
import { isRoleWord } from './quotes-roles';
import { speechWord } from './quotes-speech';

/** Classes that make a word likely part of a person's name. */
const NAME_BITS = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;
/** Classes of words that are no name: a title, a speech word, a place or a nationality, an organisation cue. */
const NOT_NAME_BITS = LEX.TITLE | LEX.SPEECH | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE | LEX.ORG_CUE;
/** The most words a name before its role may have. */
const NAME_WORDS = 3;

/** A family name with the article: a definite nisba (العمري، العقيل is not one). */
const DEFINITE_NISBA = /^ال\S{2,}ي$/;

/**
 * How a folded word may be part of a name: 'listed' as a name, 'plain' when nothing rules it
 * out (no role, no common word, not definite but for a nisba), or false.
 */
function nameLike(f: string): 'listed' | 'plain' | false {
  if (isRoleWord(f) || /^[وف]/.test(f) && isRoleWord(f.slice(1)) || speechWord(f)) return false;
  const bits = loadNerModel().classOf(f);
  if (bits & NAME_BITS) return 'listed';
  if (bits & (NOT_NAME_BITS | LEX.COMMON)) return false;
  if (DEFINITE_NISBA.test(f)) return 'listed';
  return f.startsWith('ال') ? false : 'plain';
}

/**
 * The name at the head of a speaker phrase that goes on with a role (name, then role noun), or
 * null when the phrase does not start with a name so followed.
 * @example nameBeforeRole('بدرة قعلول رئيسة مركز الدراسات') → 'بدرة قعلول'
 * @example nameBeforeRole('نائب رئيس الوزراء') → null
 */
export function nameBeforeRole(phrase: string): string | null {
  const words = phrase.split(' ');
  const folded = words.map(foldArabic);
  for (let k = 1; k <= NAME_WORDS && k < words.length; k++) {
    const like = nameLike(folded[k - 1] as string);
    if (!like) return null;
    // (one plain word before a role is as likely the head of a construct: مكتب رئيس الوزراء)
    if (isRoleWord(folded[k] as string)) return k > 1 || like === 'listed' ? words.slice(0, k).join(' ') : null;
  }
  return null;
}
