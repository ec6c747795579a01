/**
 * A full name the tagger missed where the page names the person by the family name alone
 * elsewhere (أشار مفوض تجاري علي الليثي … وأوضح الليثي): a word the lists know as a given name
 * right before a word the page's drafts give as a one-word name is that person's full name, when
 * no other name of the page ends in that word.
 */
import { LEX } from './ner/lexicon';
import type { NamedSpan } from './ner';
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { isNotAName, isWrittenAli } from './people-not-names';
import { roleBefore } from './people-role';
import { foldedAt } from './people-word-table';

/** Classes that make a word no given name: a role, a verb of speech, a common word, a place. */
const NOT_GIVEN = LEX.TITLE | LEX.SPEECH | LEX.COMMON | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE;

/**
 * Adds to `drafts` (then sorted by start) a two-word draft for each given name standing untagged
 * right before an untagged repeat of a one-word draft's word, outside every span and draft.
 * @example addGivenBeforeLoneSurname over 'أشار المفوض علي الليثي إلى … وأوضح الليثي' with a draft 'الليثي' → a draft 'علي الليثي'
 */
export function addGivenBeforeLoneSurname(ctx: BoundsContext, spans: readonly NamedSpan[], drafts: Draft[]): void {
  const { tokens, classOf } = ctx;
  const lone = new Map<string, Draft>(), ends = new Set<string>();
  // عز beside عز الدين: a word of a fuller name of the page is that person's, not a lone surname.
  for (const d of drafts) if (d.words.length === 1) lone.set(d.words[0]!, d); else for (const w of d.words) ends.add(w);
  for (const w of ends) lone.delete(w);
  if (lone.size === 0) return;
  const taken = new Uint8Array(tokens.length);
  for (const s of spans) taken.fill(1, s.tokenStart, s.tokenEnd);
  for (const d of drafts) taken.fill(1, d.tokenStart, d.tokenEnd);
  const added: Draft[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!, g = tokens[i - 1]!;
    if (taken[i] || taken[i - 1] || t.kind !== 'word' || g.kind !== 'word') continue;
    const d = lone.get(foldedAt(ctx, i));
    if (!d || !/^\s+$/.test(ctx.text.slice(g.end, t.start))) continue;
    const gf = foldedAt(ctx, i - 1), bits = classOf(gf);
    // علي is also على folded: the name only as written with ي, on a page that writes على with ى.
    if (!(bits & LEX.GIVEN) || bits & NOT_GIVEN && !isWrittenAli(ctx, g) || isNotAName(ctx, g)) continue;
    added.push({ start: g.start, end: t.end, words: [gf, foldedAt(ctx, i)], confidence: d.confidence, tokenStart: i - 1, tokenEnd: i + 1, role: roleBefore(ctx.text, tokens, i - 1, classOf) });
    taken.fill(1, i - 1, i + 1);
  }
  if (added.length === 0) return;
  drafts.push(...added);
  drafts.sort((a, b) => a.start - b.start);
}
