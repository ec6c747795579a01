/**
 * A body named by its head and nationality alone (الوكالة النمساوية، تقرير الوكالة النمساوية)
 * after the article gave its full name (وكالة الطاقة النمساوية): the full name, the one that
 * speaks (a report's words are its issuer's).
 */
import { foldArabic } from './normalize';
import { fullName } from './quotes-full-name';
import type { Speaker } from './quotes-speaker';

/** Nouns of a document whose words are its issuer's (تقرير الوكالة …), folded. */
const DOCUMENTS = new Set(['تقرير', 'دراسة']);
/** A definite nisba (النمساوية، الأمريكي), folded. */
const NISBA = /^ال\S{2,}ي[ةه]?$/;

/**
 * The full name the article gave earlier to the body a two-word speaker "ال<head> ال<nisba>"
 * names (a document noun may come first), when that name has the same head and ends in the same
 * nisba; else null.
 * @example fullerBody('شدد تقرير صادر عن وكالة الطاقة النمساوية … وقال تقرير الوكالة النمساوية', { speaker: 'تقرير الوكالة النمساوية', … }) → { speaker: 'وكالة الطاقة النمساوية', … }
 */
export function fullerBody(text: string, s: Speaker): Speaker | null {
  let words = foldArabic(s.speaker).split(' ');
  if (DOCUMENTS.has(words[0] as string)) words = words.slice(1);
  const [head, nisba] = words;
  if (words.length !== 2 || !head?.startsWith('ال') || head.length < 5 || !NISBA.test(nisba ?? '')) return null;
  const full = fullName(text, s, head.slice(2));
  if (full === s) return null;
  const fullWords = full.speaker.split(' ');
  const end = fullWords.findIndex((w) => foldArabic(w) === nisba);
  // (only a longer name: وكالة الطاقة النمساوية, not the two words again)
  return end > 1 ? { ...full, speaker: fullWords.slice(0, end + 1).join(' ') } : null;
}
