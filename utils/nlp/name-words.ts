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

/** Letters as written (hamza and ى kept: فإن is not فان "van"), without diacritics and tatweel. */
export const written = (w: string): string => w.replace(/[\u064b-\u065f\u0670\u0640]/g, '');

const folded = (block: string) => new Set(block.split(/\s+/).filter(Boolean).map(foldArabic));

/** The nasab words (بن، ابن، بنت), folded: a title before them is a name (سلطان بن خالد). */
export const NASAB = folded('بن ابن بنت');

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
