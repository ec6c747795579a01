/**
 * A role phrase with no name at its verb (وأضاف رئيس غرفة مكة، وقال حاكم إقليم سيبيتوكي) stands
 * for the one person of the page whom the article gives that role elsewhere, before the quotation
 * or after it: the same role noun, with a word of the phrase's complement a few words on (ماهر بن
 * صالح جمال رئيس مجلس إدارة الغرفة التجارية الصناعية في مكة المكرمة → رئيس غرفة مكة; رئيس
 * الإقليم، مسعود بارزاني → رئيس إقليم كردستان). The person whose role shares the most words with
 * the phrase is taken (رئيس مجلس إدارة الغرفة التجارية في مكة over رئيس مراكز مكة); when two
 * people share as many, or nobody, the phrase stays as it is.
 */
import { foldArabic } from './normalize';
import { wordsOf, type PersonIndex } from './quotes-person-index';
import { LINKS as OFFICE_LINKS } from './quotes-office';
import { ROLES, stripDefinite } from './quotes-roles';
import type { Speaker } from './quotes-speaker';
import type { EntityMention } from './types';

/** Words that link a role noun to what it serves (quotes-office's, and إلى، على، عام), and say nothing of which office it is. */
const LINKS = new Set([...OFFICE_LINKS, 'الي', 'علي', 'عام']);
/** Characters read on each side of a mention for its role. */
const WINDOW_CHARS = 140;
/** Words before a mention in which its role noun may stand (حاكم إقليم ولاية سيبيتوكي، الواقع على … أنسيلمي نسابيمانا). */
const BEFORE_WORDS = 14;
/** A pronoun that may open an apposition before its role noun (أحمد الأنصاري وهو مستشار أمني). */
const APPOSITION_PRONOUN = /^و?(?:هو|هي)$/;
/** Words after the role noun in which a word of the complement is looked for. */
const COMPLEMENT_REACH = 8;
/** What cuts a mention's role off: a sentence end, a colon, a mark, a paragraph break. */
const BREAK = /[.!?؟؛:\n"«»“”]/;

/** A folded word as a role phrase's word: no article, no clitic before it (برئيس → رئيس, بالمركز → مركز). */
function forms(w: string): [string, string] {
  const bare = stripDefinite(w);
  return [bare, /^[بلو]\S{3}/.test(bare) ? stripDefinite(bare.slice(1)) : bare];
}

/**
 * How many words of `complement` follow, within reach, the role noun `head` in `words` (each as
 * its `forms`; the best of the noun's occurrences); `heads` limits where the noun may stand.
 */
function roleMatch(words: readonly (readonly string[])[], head: string, complement: ReadonlySet<string>, heads: number): number {
  let best = 0;
  for (let i = 0; i < Math.min(words.length, heads); i++) {
    if (!(words[i] as readonly string[]).includes(head)) continue;
    const seen = new Set<string>();
    for (let k = i + 1; k < Math.min(words.length, i + 1 + COMPLEMENT_REACH); k++) {
      for (const f of words[k] as readonly string[]) if (complement.has(f)) seen.add(f);
    }
    best = Math.max(best, seen.size);
  }
  return best;
}

/** The words of a mention's sentence before it (the last BEFORE_WORDS) and after it, each cut at a break, as their `forms`. */
interface Around { before: [string, string][]; after: [string, string][] }

const aroundCache = new WeakMap<PersonIndex, Array<Around | undefined>>();

function around(text: string, persons: PersonIndex, k: number): Around {
  let cache = aroundCache.get(persons);
  if (!cache) aroundCache.set(persons, (cache = []));
  const known = cache[k];
  if (known) return known;
  const m = persons.mentions[k] as EntityMention;
  const before = text.slice(Math.max(0, m.start - WINDOW_CHARS), m.start);
  let cut = before.length;
  while (cut > 0 && !BREAK.test(before[cut - 1] as string)) cut--;
  const after = text.slice(m.end, m.end + WINDOW_CHARS);
  const stop = after.search(BREAK);
  const made = { before: wordsOf(before.slice(cut)).slice(-BEFORE_WORDS).map(forms), after: wordsOf(stop < 0 ? after : after.slice(0, stop)).map(forms) };
  cache[k] = made;
  return made;
}

/**
 * The person the page gives the role of `s` (a phrase headed by a role noun, with more after it),
 * as the speaker at `s`; null when `s` names someone, is no such phrase, or the page gives the
 * role to nobody, or as closely to two people.
 * @example roleBearer(text, persons, { speaker: 'رئيس غرفة مكة', entity: null, … }) for 'وأكد ماهر بن صالح جمال رئيس مجلس إدارة الغرفة التجارية في مكة: «…». وأضاف رئيس غرفة مكة: «…»' → { speaker: 'ماهر بن صالح جمال', … }
 */
export function roleBearer(text: string, persons: PersonIndex, s: Speaker): Speaker | null {
  if (s.entity) return null;
  const words = s.speaker.split(' ').map(foldArabic);
  const head = stripDefinite(words[0] as string);
  if (!ROLES.has(head)) return null;
  const complement = new Set<string>();
  for (const w of words.slice(1)) {
    const [a] = forms(w);
    if (a.length >= 3 && !LINKS.has(a) && !ROLES.has(a)) complement.add(a);
  }
  if (complement.size === 0) return null;
  // The person whose role shares the most words with the phrase; none when two share as many.
  let found: EntityMention | null = null;
  let best = 0;
  let tied = false;
  for (let k = 0; k < persons.mentions.length; k++) {
    const m = persons.mentions[k] as EntityMention;
    // (a name inside the phrase is someone it serves: مستشار مكتب الرئيس أوباما; one it stands
    // before in the same sentence is someone it speaks of or to)
    if (m.start < s.end && m.end > s.start) continue;
    if (m.start >= s.end && m.start - s.end < WINDOW_CHARS && !BREAK.test(text.slice(s.end, m.start))) continue;
    const { before, after } = around(text, persons, k);
    // (before: the role noun anywhere up to the name)
    // (after: the apposition's first word, or the one after its pronoun — ماهر بن صالح جمال رئيس …;
    // not the sentence going on: ليونيل ميسي مع رئيس الغابون)
    const heads = APPOSITION_PRONOUN.test(after[0]?.[0] ?? '') ? 2 : 1;
    const score = Math.max(roleMatch(before, head, complement, before.length), roleMatch(after, head, complement, heads));
    if (score === 0 || score < best || (score === best && found?.entity === m.entity)) continue;
    tied = score === best;
    best = score;
    found = m;
  }
  if (tied) return null;
  return found && { speaker: found.name, entity: found.entity, start: s.start, end: s.end };
}
