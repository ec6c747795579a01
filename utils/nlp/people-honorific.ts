/**
 * Honorifics of address behind a conjunction or a preposition: ولسمو ولي عهده، ولمعالي الوزير،
 * وفخامة الرئيس. News text strings greetings to several dignitaries with them, right after the
 * first one's name (رفع التهنئة للملك سلمان بن عبدالعزيز ولسمو ولي عهده), and the tagger may read
 * the honorific into the name or take it alone for one. With its clitic it opens the next
 * phrase, never ends a name. people-bounds.ts trims it off the end of a span.
 */
import { words } from './people-context';

/** Honorifics that stand before a title or a name in address (سمو الأمير، معالي الوزير). */
const HONORIFIC = words('سمو معالي فخامة سماحة جلالة سعادة حضرة');

/** A conjunction, then a preposition or none (و، ف، ول، وب، ل، ب). */
const CLITIC = /^(?:[وف][لبك]?|[لبك])/;

/**
 * Whether a folded word is an honorific of address behind a conjunction or a preposition.
 * @example isHonorificWithClitic('ولسمو') → true
 */
export function isHonorificWithClitic(f: string): boolean {
  const m = CLITIC.exec(f);
  if (!m) return false;
  // ول + سمو, or و + لسمو read the other way: every split of the clitic is tried.
  for (let k = 1; k <= m[0].length; k++) if (HONORIFIC.has(f.slice(k))) return true;
  return false;
}
