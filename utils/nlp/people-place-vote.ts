/**
 * A word the tagger reads on the page more often as a place or an organisation than as a
 * person is no person where it stands alone (مدينة كوباني … داخل كوباني … دعم كوباني: tagged a
 * place ten times, a person five). The page's own readings outvote the odd one; a word the name
 * lists know (عباس، فيصل) is left to the other checks, since a person and a place may share it.
 */
import { foldArabic } from './normalize';
import type { NamedSpan } from './ner';
import { NASAB } from './name-words';
import { CURATED_NAME } from './people-context';
import type { Draft } from './people-link';

/**
 * The folded words that the tagger's one-word spans on the page call a place or an organisation
 * more often than a person, and that no name list knows.
 * @example placeWordsByVote(text, spans of 'مدينة كوباني' twice as LOC, once as PERS, classOf) → Set {'كوباني'}
 */
export function placeWordsByVote(text: string, spans: readonly NamedSpan[], classOf: (f: string) => number): Set<string> {
  const votes = new Map<string, number>();
  for (const s of spans) {
    if (s.tokenEnd - s.tokenStart !== 1 || s.type === 'MISC') continue;
    const f = foldArabic(text.slice(s.start, s.end));
    votes.set(f, (votes.get(f) ?? 0) + (s.type === 'PERS' ? -1 : 1));
  }
  const out = new Set<string>();
  for (const [f, v] of votes) if (v > 0 && !(classOf(f) & CURATED_NAME)) out.add(f);
  return out;
}

/** Whether a draft has three words or more and no nasab after its first (كوباني شرفان درويش, not بندر بن سلطان). */
const opensLongName = (d: Draft) => d.words.length > 2 && !NASAB.has(d.words[1]!);

/**
 * Drops, in place, each one-word draft whose word the page's tagging votes a place or an
 * organisation, unless a fuller name of the drafts holds it (هول beside بنجامين هول: a surname
 * the tagger also reads as a place; إيفانا beside إيفانا أردكيان); a name of three words or more
 * that opens with such a word before no nasab (كوباني شرفان درويش) loses it.
 * @example dropPlacesByVote(drafts 'كوباني', 'شرفان درويش', Set {'كوباني'}) → only 'شرفان درويش' is left
 */
export function dropPlacesByVote(text: string, drafts: Draft[], places: ReadonlySet<string>): void {
  if (places.size === 0) return;
  const named = new Set<string>();
  for (const d of drafts) if (d.words.length > 1) for (let k = opensLongName(d) ? 1 : 0; k < d.words.length; k++) named.add(d.words[k]!);
  const place = (w: string) => places.has(w) && !named.has(w);
  let n = 0;
  for (const d of drafts) {
    // كما توقع البطريرك كرمنيان: a cue before the word outweighs the page's vote.
    if (d.words.length === 1 && !d.cued && place(d.words[0]!)) continue;
    if (opensLongName(d) && place(d.words[0]!)) {
      const next = text.slice(d.start).search(/\s/) + d.start;
      d.start = next + (text.slice(next).search(/\S/));
      d.words = d.words.slice(1);
      d.tokenStart++;
    }
    drafts[n++] = d;
  }
  drafts.length = n;
}
