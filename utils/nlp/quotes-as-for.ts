/**
 * «…» with no speech word, in a sentence that opens its view with بالنسبة لـ and a person
 * (بالنسبة للشاعر ياسين عدنان: «…»; بالنسبة لياسين عدنان، يبقى المؤكد أن «…»): the words are that
 * person's view, so they are the speaker rather than whoever the text last quoted.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { asSpeaker, type Speaker } from './quotes-speaker';
import type { EntityMention } from './types';

/** بالنسبة "as for" (folded, و/ف allowed). */
const AS_FOR = /^[وف]?بالنسب[ةه]$/;
/** Tokens before the quotation read for بالنسبة لـ (one sentence at most). */
const AS_FOR_REACH = 40;
/** Title words at most between ل and the name (للشاعر والقاص والإعلامي). */
const TITLE_WORDS = 3;

/**
 * The person named right after the last بالنسبة لـ of the sentence before the opening mark at
 * token `open`, with nothing but titles between (the first joined to ل, the others to و and the
 * article); null when there is none, or a sentence or another pair of marks comes between.
 * @example asForPerson(ctx, persons, open) for 'بالنسبة للشاعر ياسين عدنان: «…»' → { speaker: 'ياسين عدنان', … }
 */
export function asForPerson(ctx: QuoteContext, persons: PersonIndex, open: number): Speaker | null {
  const { tokens } = ctx;
  for (let k = open - 1; k >= 0 && open - k <= AS_FOR_REACH; k--) {
    if (isSentenceEnd(ctx, k) || ctx.pairStart.has(k) || ctx.pairEnd.has(k)) return null;
    if (!AS_FOR.test(ctx.f(k))) continue;
    const to = tokens[k + 1];
    if (to?.kind !== 'word' || !ctx.f(k + 1).startsWith('ل')) return null;
    const m = persons.mentions[firstFrom(persons.mentions, to.start)] as EntityMention | undefined;
    if (!m || m.end > tokens[open]!.start) return null;
    // لياسين: the name behind the ل itself; للشاعر والقاص ياسين: titles, then the name.
    if (m.start <= to.end) return m.start > to.start ? asSpeaker(m) : null;
    let j = k + 2;
    for (; j < open && tokens[j]!.end <= m.start; j++) if (j - k - 1 > TITLE_WORDS || !/^وال\S{2,}$/.test(ctx.f(j))) return null;
    return ctx.f(k + 1).length >= 3 ? asSpeaker(m) : null;
  }
  return null;
}
