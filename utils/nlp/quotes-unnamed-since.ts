/**
 * A bare المسؤول / المصدر / المتحدث after the article has brought in a new unnamed source of that
 * noun (وقال مسؤول دفاع أميركي بارز …. وقال المسؤول): it refers to that source, not to a person
 * the article had earlier given the same noun (كارتر، أول مسؤول أميركي يزور …), who is named
 * before the unnamed source is.
 */
import { UNNAMED_REACH, UNNAMED_SOURCES } from './quotes-full-name';
import type { QuoteContext } from './quotes-context';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { speechWord } from './quotes-speech';
import type { EntityMention } from './types';
import type { Token } from './tokenize';
import { partitionPoint } from '../sorted';

/**
 * Whether, between the last mention of the person `linked` before offset `at` and `at`, a speech
 * word introduces an indefinite `head` (folded, without its article; one of the unnamed-source
 * nouns): وقال مسؤول، بحسب مصدر، وأكد متحدث. An apposition (كارتر، أول مسؤول) is no such source.
 * @example unnamedSince(ctx, persons, mention of 'كارتر', 'مسؤول', at) for 'وقال كارتر «…». وقال مسؤول بارز إن … وقال المسؤول' → true
 */
export function unnamedSince(ctx: QuoteContext, persons: PersonIndex, linked: EntityMention, head: string, at: number): boolean {
  if (!UNNAMED_SOURCES.has(head)) return false;
  const { mentions } = persons;
  let from = linked.end;
  for (let k = firstFrom(mentions, at) - 1; k >= 0; k--) {
    const m = mentions[k] as EntityMention;
    if (m.entity === linked.entity) { from = Math.max(from, m.end); break; }
  }
  from = Math.max(from, at - UNNAMED_REACH);
  const { tokens } = ctx;
  for (let k = partitionPoint(tokens.length, (i) => (tokens[i] as Token).start < from); k < tokens.length && (tokens[k] as Token).start < at; k++) {
    // (the noun as a new subject: indefinite, with or without tanwin — مسؤولًا after لكن)
    if (ctx.f(k).replace(/ا$/, '') !== head) continue;
    const kind = k > 0 ? speechWord(ctx.f(k - 1))?.kind : undefined;
    if (kind === 'verb' || kind === 'source') return true;
  }
  return false;
}
