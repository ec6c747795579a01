/**
 * A role phrase made definite by a proper name it governs (رئيس غرفة مكة، لاعب برشلونة ومنتخب
 * إسبانيا السابق): in an Arabic construct the last noun makes the whole phrase definite, and a
 * place or a country is as definite as a word with the article. Such a role is someone the
 * article has already named, like خبير الاقتصاد الأميركي; an indefinite one (قائد قوات محلية،
 * مسؤول دفاع أميركي) brings in someone new. Arabic has no capitals: the place and country
 * lexicons tell the proper name.
 */
import { loadNerModel } from './ner';
import { LEX } from './ner/lexicon';

/** Words that join a role to where it serves rather than govern a noun (folded): a placed role is an office of its own. */
const LINKS = new Set(['في', 'لدي', 'عن', 'من', 'مع', 'الي', 'علي', 'باسم', 'بين']);

/** Whether a folded word is a place or a country the lexicons know (مكة، برشلونة، اسبانيا), with و before it or not. */
function isProperPlace(f: string): boolean {
  const model = loadNerModel();
  const bits = (w: string) => model.classOf(w);
  const of = (w: string) => (bits(w) & (LEX.COUNTRY | LEX.PLACE)) !== 0 || ((bits(w) & LEX.CORPUS_LOC) !== 0 && (bits(w) & LEX.COMMON) === 0);
  return of(f) || (f.startsWith('و') && f.length > 3 && of(f.slice(1)));
}

/** Whether a folded word is definite by itself: the article (with و before it) or a known proper place. */
const isDefinite = (f: string): boolean => /^و?ال/.test(f) || isProperPlace(f);

/**
 * Whether the folded words after a role noun make it definite: each is definite by itself, or
 * a noun in construct with the word after it (غرفة in غرفة مكة), and the last is definite; at
 * least one is a proper place (the all-article case is the caller's). No link word (في، لدى)
 * and no preposition joined on (للشركة).
 * @example definiteByName(['غرفة', 'مكة']) → true
 * @example definiteByName(['قوات', 'محلية']) → false
 */
export function definiteByName(rest: readonly string[]): boolean {
  if (rest.length === 0 || !isDefinite(rest[rest.length - 1] as string)) return false;
  let proper = false;
  for (const f of rest) {
    if (LINKS.has(f) || /^(?:لل|بال)/.test(f) || f.length < 3) return false;
    if (!f.startsWith('ال') && isProperPlace(f)) proper = true;
  }
  return proper;
}
