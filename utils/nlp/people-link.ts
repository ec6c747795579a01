/**
 * How the people finder links mentions into entities: a partial name (بلينكن، عيسى مدخلي) joins
 * the fullest name on the page it is part of, and each entity is named by that fullest form.
 */
import { NASAB, isNameConnector } from './name-words';
import { spellingKey } from './people-spelling';
import { namingMentions, spelledHead } from './people-spelling-link';
import type { EntityMention } from './types';

/** A person mention; `role` is the entity's title or role on this page, when it gives one. */
export interface PersonMention extends EntityMention {
  type: 'person';
  role?: string;
}

/**
 * A person mention before linking: its span, folded words, confidence, token range and role;
 * `cued` marks one a person cue announced against the tagger's place or organisation reading.
 */
export interface Draft { start: number; end: number; words: string[]; confidence: number; tokenStart: number; tokenEnd: number; role?: string; cued?: boolean }

/**
 * A one-word name the tagger was less sure of than not, everywhere on the page, and that no
 * fuller name backs is more often a word of another kind (ميغابيكسل، سيسكو، اطمئنان).
 */
export const MIN_LONE_WORD_CONFIDENCE = 0.5;

/**
 * The confidence of a one-word mention its context casts doubt on (حسن التنظيم: people-extent.ts
 * headsGenitivePhrase), below MIN_LONE_WORD_CONFIDENCE: it stays only when a fuller name or a
 * mention the tagger is sure of backs it, and it spreads to no other word of the page.
 * @example doubted(0.95) → 0.45
 */
export const doubted = (confidence: number) => Math.min(confidence, MIN_LONE_WORD_CONFIDENCE - 0.05);

/**
 * The words of the drafts of two words or more: a word that stands in a full name on the page.
 * @example fullNameWords([draft 'بنجامين هول', draft 'هول']) → Set {'بنجامين', 'هول'}
 */
export function fullNameWords(drafts: readonly Draft[]): Set<string> {
  // (a loop: flatMap's arrays per draft cost more than the set, and this runs on every page)
  const out = new Set<string>();
  for (const d of drafts) if (d.words.length > 1) for (const w of d.words) out.add(w);
  return out;
}

/**
 * Drops, in place, the one-word drafts whose word the page shows to name something else
 * (`words`), unless a draft of two words or more holds the word (then it is a surname there).
 * @example dropLoneWords(drafts 'زين', 'هيفاء زين', new Set(['زين'])) → both kept
 */
export function dropLoneWords(drafts: Draft[], words: ReadonlySet<string>): void {
  if (words.size === 0) return;
  const inNames = fullNameWords(drafts);
  dropDrafts(drafts, (d) => d.words.length === 1 && words.has(d.words[0]!) && !inNames.has(d.words[0]!));
}

/**
 * Removes, in place and keeping their order, the drafts `drop` says are no person's; `drop` sees
 * each draft with its index, the drafts after it not yet moved.
 * @example dropDrafts(drafts, (d) => d.words.length === 1) → only the drafts of two words or more are left
 */
export function dropDrafts(drafts: Draft[], drop: (d: Draft, i: number) => boolean): void {
  let n = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!drop(d, i)) drafts[n++] = d;
  }
  drafts.length = n;
}

/** The last words of the drafts of two words or more (بوش of جورج بوش). */
export function lastWords(drafts: readonly Draft[]): Set<string> {
  return new Set(drafts.filter((d) => d.words.length > 1).map((d) => d.words[d.words.length - 1]!));
}

/** Spans or drafts handled between two yields of findPeopleSteps. */
export const SPANS_PER_STEP = 300;

/**
 * Whether `short` is part of the fuller name `long`. Not the words after a nasab: in سلطان بن
 * سلمان، محمد بن راشد the name after بن is the father's, so a lone سلمان or راشد (الملك سلمان)
 * names the father, and عبدالله بن عبدالعزيز in متعب بن عبدالله بن عبدالعزيز another man. A name
 * that opens with ابن or بن (ابن تيمية، بن لادن) is a family name, and its last word stays part of it;
 * so does a mention the page writes after ابن itself (لابن حيان for جابر بن حيان): `afterNasab`.
 * @example isPartOf(['سلمان'], ['محمد', 'بن', 'سلمان']) → false
 */
export function isPartOf(short: string[], long: string[], afterNasab = false): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if ((i < 2 || afterNasab || !NASAB.has(long[i - 1]!)) && !isFathersName(short, long, i) && short.every((w, k) => w === long[i + k])) return true;
  // عيسى مدخلي → عيسى عواجي حاج مدخلي: the first and the last name, middle names left out.
  if (short.length < 2 || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 1;
  for (let i = 1; i < long.length - 1 && k < short.length - 1; i++) if (long[i] === short[k]) k++;
  return k === short.length - 1;
}

/**
 * Whether the words of `short` at `i` in `long` are the father's name after a theophoric given
 * name (عبدالله محمد مرسي: محمد مرسي is the father), which pairs with no second given name as
 * محمد جواد ظريف does (جواد ظريف is he).
 */
function isFathersName(short: readonly string[], long: readonly string[], i: number): boolean {
  // (أبو راس، آل فاضل in عبدالله أبو راس, العبد اللطيف in عبداللطيف العبد اللطيف: a family name the connector or the article opens)
  return i === 1 && short.length > 1 && /^عبد\S/.test(long[0]!) && !isNameConnector(short[0]!) && !short[0]!.startsWith('ال');
}

/** ابن or بن (with a clitic: لابن، وابن) right before a mention. */
const NASAB_BEFORE = /(?:^|[^\p{L}\p{M}])[وفل]?[اإ]?بن\s+$/u;

/**
 * Groups mentions into entities and names each by its fullest form on the page; `classOf` (the
 * tagger's word lists) tells a foreign name's other spelling from another name (people-spelling-link).
 */
export function* linkEntities(text: string, drafts: Draft[], classOf: (folded: string) => number): Generator<void, PersonMention[]> {
  // Names compare in one spelling (عبدالله and عبد الله), each entity still named as the page writes it.
  const spelled = new Map<Draft, string[]>();
  for (const d of drafts) spelled.set(d, spellingKey(d.words));
  const words = (d: Draft) => spelled.get(d)!;
  const fullest = [...drafts].sort((a, b) => words(b).length - words(a).length || a.start - b.start);
  const heads: Draft[] = [];
  const headByKey = new Map<string, Draft>();
  const headOf = new Map<Draft, Draft>();
  // The full names a part may belong to: each head's, and each other spelling of it (آرون بوشنل
  // of آرون بوشنيل), so that a lone بوشنل finds the entity whichever spelling it follows.
  const fullNames: Array<{ words: string[]; start: number; head: Draft }> = [];
  // The heads another full spelling joined, named as the page writes them most (people-spelling-link).
  const varied = new Set<Draft>();
  let n = 0;
  for (const d of fullest) {
    if (++n % SPANS_PER_STEP === 0) yield;
    const key = words(d).join(' ');
    let head = headByKey.get(key);
    if (!head) {
      const afterNasab = NASAB_BEFORE.test(text.slice(Math.max(0, d.start - 6), d.start));
      const candidates = fullNames.filter((f) => isPartOf(words(d), f.words, afterNasab));
      // Two people may share a surname: take the one named most recently before this mention.
      head = (candidates.filter((f) => f.start <= d.start).sort((a, b) => b.start - a.start)[0] ?? candidates[0])?.head
        // (…or the one name it spells another way: آرون بوشنل after آرون بوشنيل)
        ?? spelledHead(words(d), heads, words, classOf) ?? undefined;
      if (head && words(d).length === words(head).length) {
        fullNames.push({ words: words(d), start: d.start, head });
        headByKey.set(key, head);
        varied.add(head);
      }
    }
    if (!head) { heads.push(d); headByKey.set(key, d); fullNames.push({ words: words(d), start: d.start, head: d }); head = d; }
    headOf.set(d, head);
  }
  const best = new Map<Draft, number>();
  for (const d of drafts) {
    const h = headOf.get(d)!;
    best.set(h, Math.max(best.get(h) ?? 0, d.confidence));
  }
  const kept = drafts.filter((d) => { const h = headOf.get(d)!; return h.words.length > 1 || best.get(h)! >= MIN_LONE_WORD_CONFIDENCE; });
  const roleOf = new Map<Draft, string>();
  for (const d of kept) {
    const h = headOf.get(d)!;
    if (d.role && d.role.length > (roleOf.get(h)?.length ?? 0)) roleOf.set(h, d.role);
  }
  // (a name the page spells two ways is named as it writes it most — people-spelling-link)
  const naming = namingMentions(drafts, headOf, words, varied);
  return kept.map((d) => {
    const head = headOf.get(d)!;
    const h = naming.get(head) ?? head;
    const name = text.slice(h.start, h.end);
    const role = roleOf.get(head);
    return {
      type: 'person' as const, start: d.start, end: d.end, text: text.slice(d.start, d.end),
      entity: `p:${h.words.join(' ')}`, name, confidence: d.confidence, ...(role ? { role } : {}),
    };
  });
}
