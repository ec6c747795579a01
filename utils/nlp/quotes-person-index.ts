/**
 * The person mentions of a page indexed for speaker linking: in text order, with the role words
 * written around each (وزير الخارجية سامح شكري → وزير، للكاتب فاروق مردم بك → كاتب), read on demand.
 */
import { isSubjectPronoun } from './quotes-pronoun-subject';
import { foldArabic } from './normalize';
import type { QuoteContext } from './quotes-context';
import { ROLES, stripArticle, stripDefinite } from './quotes-roles';
import type { EntityMention } from './types';
import { partitionPoint } from '../sorted';

/** Person mentions, with the role nouns written next to each (وزير الخارجية سامح شكري → وزير). */
export interface PersonIndex { mentions: EntityMention[]; roles: (k: number) => Set<string> }

/** The folded words of a piece of text (for the words around a mention, outside the tokenised stretches). */
export function wordsOf(text: string): string[] {
  return foldArabic(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Indexes the person mentions of a page for speaker linking: the role words are read from the
 * raw text around each mention (five words before, three after a comma), and from the role the
 * recogniser gives, if any.
 */
export function indexPersons(ctx: QuoteContext, entities: EntityMention[]): PersonIndex {
  const mentions = entities.filter((e) => e.type === 'person').sort((x, y) => x.start - y.start);
  // Read on demand: most mentions are never asked about.
  const known: Array<Set<string> | undefined> = [];
  const roles = (k: number): Set<string> => (known[k] ??= roleWords(ctx, mentions[k] as EntityMention));
  return { mentions, roles };
}

/** Characters that cut off the words before a name from its role. */
const ROLE_BREAKS = new Set([':', '.', '!', '?', '؟', '؛', '"', '«', '»', '“', '”', '\n']);

/** Index of the last character of `s` that cuts a role off, -1 when none. */
function lastBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (ROLE_BREAKS.has(s[i] as string)) return i;
  return -1;
}

/** The words around a person mention that may name their role (الوزير، المتحدث …). */
function roleWords(ctx: QuoteContext, m: EntityMention): Set<string> {
  const set = new Set<string>();
  // Not across a colon, a mark or a sentence end (وزيرة القوى العاملة: جوزي …, a headline in marks).
  const before = ctx.text.slice(Math.max(0, m.start - 80), m.start);
  for (const w of wordsOf(before.slice(lastBreak(before) + 1)).slice(-5)) set.add(stripDefinite(w));
  // After the name only an apposition: set off by a comma (بلينكن، وزير الخارجية) or opening with
  // a role (فيصل بن معمر الأمين العام للمركز), not the sentence going on (ليونيل ميسي مع رئيس الغابون).
  const after = ctx.text.slice(m.end, m.end + 50);
  // (…or after a subject pronoun, وهو/وهي: أحمد الموكلي وهو الباحث في شؤون الجماعات)
  const next = wordsOf(after.replace(/^\s*[،,]/, '')).slice(0, 4);
  const pronoun = next[0] !== undefined && isSubjectPronoun(next[0]) && ROLES.has(stripArticle(next[1] ?? ''));
  if (/^\s*[،,]/.test(after) || ROLES.has(stripArticle(next[0] ?? '')) || pronoun) for (const w of next.slice(pronoun ? 1 : 0, pronoun ? 4 : 3)) set.add(stripDefinite(w));
  const role = (m as EntityMention & { role?: string }).role;
  if (role) for (const w of wordsOf(role)) set.add(stripDefinite(w));
  return set;
}

/** Index of the first of `mentions` (sorted by start) that starts at or after `at`. */
export function firstFrom(mentions: readonly EntityMention[], at: number): number {
  return partitionPoint(mentions.length, (i) => (mentions[i] as EntityMention).start < at);
}
