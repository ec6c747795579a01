/**
 * A full name built on a nasab (محمد بن عبد الله الجعيثن) is a person however unsure the tagger
 * was of its span: a chain given name + بن + father's name + family name is written of people
 * only. Its family name spreads to the page's later mentions (وأكد الجعيثن، وناشد الجعيثن) at the
 * lower bar people-spread.ts keeps for rare surnames. The family name must carry the article, as
 * the families named this way do: a last word without it is more often a word the span ran on to
 * (… بن عبدالعزيز لمنسوبي قوه الواجب).
 */
import { NASAB } from './name-words';

/**
 * Whether the folded words of a name are given names joined by a nasab and closed by a family
 * name with the article.
 * @example isNasabFamilyName(['محمد', 'بن', 'عبد', 'الله', 'الجعيثن']) → true; isNasabFamilyName(['محمد', 'الجعيثن']) → false
 */
export function isNasabFamilyName(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 3 || !last.startsWith('ال') || last.length < 5) return false;
  for (let k = 1; k < words.length - 1; k++) if (NASAB.has(words[k]!)) return true;
  return false;
}
