/**
 * Who a bare speech verb that opens its sentence goes on about: the person the sentence before
 * it is about (… انفجر يونكر. قال: «…»).
 */
import { isSentenceEnd, pairsAround, type QuoteContext } from './quotes-context';
import { personSpeaker } from './quotes-given-name';
import { isGoverned } from './quotes-named-since';
import { asSpeaker, speakerOf, type Speaker } from './quotes-speaker';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { isThat, speechWord } from './quotes-speech';
import { foldArabic } from './normalize';
import { skipFillers } from './quotes-subject';
import { clauseSubject, sentenceStart } from './quotes-subject-before';
import type { Token } from './tokenize';
import type { EntityMention } from './types';

/**
 * The mention k, or the one right after it when only spaces part them: a title and a name that
 * the recogniser split in two (اللفتنانت كولونيل مارك لاستوريا), of which the name is the person.
 * @example nameAfterTitle(text, mentions, k) for 'كولونيل' followed by 'مارك لاستوريا' → the mention of 'مارك لاستوريا'
 */
function nameAfterTitle(text: string, mentions: readonly EntityMention[], k: number): EntityMention {
  const m = mentions[k] as EntityMention;
  const next = mentions[k + 1];
  return next && /^\s+$/.test(text.slice(m.end, next.start)) ? next : m;
}

/**
 * The first person named in tokens [from, to) before any أن/إن, not after a preposition and not
 * inside marks: the one a sentence is about, not someone its reported clause, a phrase or its
 * quoted words speak of (…وجود قيادات من الحوثي …، ولم يستبعد البكري أن يكون … شقيق عبدالملك
 * الحوثي; وأضافت «…وميك لم يستسلم»).
 */
function firstPersonBeforeThat(ctx: QuoteContext, index: PersonIndex, from: number, to: number): EntityMention | null {
  let end = to;
  for (let k = from; k < to; k++) if (isThat(ctx.f(k))) { end = k; break; }
  if (end === from) return null;
  const limit = (ctx.tokens[end - 1] as Token).end;
  for (let k = firstFrom(index.mentions, (ctx.tokens[from] as Token).start); k < index.mentions.length; k++) {
    const m = index.mentions[k] as EntityMention;
    if (m.end > limit) return null;
    if (isGoverned(ctx.text, m.start) || pairsAround(ctx, m.start).length > 0) continue;
    const name = nameAfterTitle(ctx.text, index.mentions, k);
    return name.end <= limit ? name : m;
  }
  return null;
}

/**
 * The person the sentence before a bare speech verb is about, when the verb opens its own
 * sentence (تونكس يوافق على أن … . ويقول «…»; بدوره، يسعى الرئيس الإيراني حسن روحاني إلى … .
 * وقال «…»): the person who opens that sentence, the subject of the verb that opens it, or else
 * the first person it names before any أن (بعد مثل هذه الحادثة، انفجر يونكر. قال: «…»).
 * @example previousSubject(ctx, persons, verb) for 'انفجر يونكر. قال: «…»' (verb on قال) → { speaker: 'يونكر', … }
 */
export function previousSubject(ctx: QuoteContext, index: PersonIndex, verb: number): Speaker | null {
  const start = sentenceStart(ctx, verb);
  if (start <= 0 || skipFillers(ctx, start, verb) !== verb || !isSentenceEnd(ctx, start - 1) || ctx.breakBefore[start]) return null;
  const before = sentenceStart(ctx, start - 1);
  if (before < 0) return null;
  const opening = ctx.tokens[before] as Token;
  const k = firstFrom(index.mentions, opening.start);
  const first = index.mentions[k];
  if (first && first.start === opening.start) return asSpeaker(nameAfterTitle(ctx.text, index.mentions, k));
  const range = clauseSubject(ctx, start - 1);
  const s = range && speakerOf(ctx, range, index);
  if (s?.entity) return s;
  const named = firstPersonBeforeThat(ctx, index, before, start - 1);
  // (named as written when a speech verb puts a given name of its own first: أخبرت أريستي تسيبراس …)
  const verbAndGiven = named && /(\S+)\s+\S+\s+$/.exec(ctx.text.slice(opening.start, named.start));
  const from = verbAndGiven && speechWord(foldArabic(verbAndGiven[1] as string))?.kind === 'verb' ? opening.start : (named?.start ?? 0);
  return named && { ...asSpeaker(named), ...personSpeaker(ctx.text, named, from) };
}
