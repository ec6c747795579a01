/**
 * A family name the recogniser linked to a relative (أخبرت أريستي تسيبراس …: the mother, whose
 * family name alone was found and linked to أليكسيس تسيبراس): the speaker is named as written.
 */
import { foldArabic } from './normalize';
import { isStop } from './quotes-subject';
import type { EntityMention } from './types';
import { partitionPoint } from '../sorted';

/** Arabic letters only: a given name (not a number, a mark or a clitic-only word). */
const NAME_WORD = /^[\u0621-\u064A]{3,}$/;

/**
 * The speaker a person mention inside a subject names: the linked person, or, when a one-word
 * mention follows a given name it was not linked with (the mention's name starts otherwise), that
 * given name and the mention as written.
 * @example personSpeaker(text, mention of 'تسيبراس' → 'أليكسيس تسيبراس', start of 'أريستي') for 'أخبرت أريستي تسيبراس' → { speaker: 'أريستي تسيبراس', entity: null }
 */
export function personSpeaker(text: string, m: EntityMention, from: number): { speaker: string; entity: string | null } {
  const own = { speaker: m.name, entity: m.entity };
  const surface = text.slice(m.start, m.end);
  if (/\s/.test(surface.trim()) || m.start <= from) return own;
  const given = /(\S+)\s+$/.exec(text.slice(from, m.start))?.[1] ?? '';
  const f = foldArabic(given);
  const linkedGiven = foldArabic(m.name.split(' ')[0] ?? '');
  if (!NAME_WORD.test(f) || f.startsWith('ال') || isStop(f, true) || linkedGiven === f || foldArabic(m.name) === foldArabic(surface)) return own;
  return { speaker: `${given} ${surface}`, entity: null };
}

/**
 * The person whose name comes right after a subject phrase ending at offset `end`, spaces
 * apart: a name in apposition that the phrase stopped short of (وأوضحت المطوفة صباح بوان أن:
 * صباح "morning" ends a subject).
 * @example personRightAfter(text, mentions, end of 'المطوفة') for 'وأوضحت المطوفة صباح بوان أن' → the mention of 'صباح بوان'
 */
export function personRightAfter(text: string, mentions: readonly EntityMention[], end: number): EntityMention | null {
  const m = mentions[partitionPoint(mentions.length, (i) => (mentions[i] as EntityMention).start < end)];
  return m && /^\s+$/.test(text.slice(end, m.start)) ? m : null;
}
