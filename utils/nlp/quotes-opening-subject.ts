/**
 * The subject that opens a sentence and governs its verbs, for a bare speech verb joined by و
 * later in it: والبعض الآخر من الباحثين يعرّف المفهوم … ويقول عنهم «…»، والوزير أشار إلى أن …
 * وقال «…». Arabic coordination keeps the subject: the joined verb speaks for the noun phrase
 * the sentence opens with, not for the nearest earlier speaker or person.
 */
import type { QuoteContext } from './quotes-context';
import { isJoinedVerb } from './quotes-joined-verb';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { isPlausibleSpeaker } from './quotes-plausible';
import { speakerOf, type Speaker } from './quotes-speaker';
import { isThat, speechWord } from './quotes-speech';
import { isStop } from './quotes-subject';
import { sentenceStart } from './quotes-subject-before';
import { RELATIVE_PRONOUNS } from './name-words';
import type { Token } from './tokenize';

/** Words the opening noun phrase may have before its own verb (البعض الآخر من علماء المسلمين). */
const PHRASE_WORDS = 6;

/** Words standing for people that open a sentence without the article being a description (البعض، الكل). */
const PRONOMINAL = new Set(['البعض', 'بعضهم', 'الكل', 'الجميع', 'كثيرون', 'الكثيرون']);

/** The folded word without the conjunction و/ف it may carry (والبعض → البعض). */
const unjoined = (f: string): string => (/^[وف]/.test(f) && f.length > 3 ? f.slice(1) : f);

/**
 * Whether token k may be the first verb of the sentence, conjugated like the joined verb `bare`
 * (folded, without و): a speech verb of any form, or an imperfect with the same prefix and, for
 * a plural, the same ending (يعرّف … ويقول، يدرسون … ويقولون).
 */
function isFirstVerb(ctx: QuoteContext, persons: PersonIndex, k: number, bare: string): boolean {
  const f = ctx.f(k);
  if (speechWord(f)?.kind === 'verb') return true;
  if (!/^[يت]/.test(bare) || f[0] !== bare[0] || f.length < 3 || f.startsWith('ال')) return false;
  if (bare.endsWith('ون') !== f.endsWith('ون')) return false;
  // (a name that starts like a verb is no verb: والأمير تركي الفيصل)
  const m = persons.mentions[firstFrom(persons.mentions, (ctx.tokens[k] as Token).start)];
  return !m || m.start > (ctx.tokens[k] as Token).start;
}

/**
 * The speaker a bare joined speech verb shares with the noun phrase that opens its sentence and
 * is the subject of the sentence's first verb. Null when the verb is not joined by و, the
 * sentence opens otherwise (a verb, a preposition, a time word), or the phrase cannot speak.
 * @example openingSubject(ctx, persons, verb) for 'والبعض الآخر يعرّف المفهوم ويقول عنهم: «…»' (verb on ويقول) → { speaker: 'البعض الآخر', … }
 */
export function openingSubject(ctx: QuoteContext, persons: PersonIndex, verb: number): Speaker | null {
  if (!isJoinedVerb(ctx, verb)) return null;
  const start = sentenceStart(ctx, verb);
  if (start < 0) return null;
  // The sentence, or a clause of it that a comma sets off (…، والبعض الآخر يعرّف … ويقول), nearest first.
  for (let k = verb - 2; k > start; k--) if (ctx.f(k - 1) === '،' || ctx.f(k - 1) === '؛') {
    const s = subjectFrom(ctx, persons, k, verb);
    if (s) return s;
  }
  return subjectFrom(ctx, persons, start, verb);
}

/** The opening subject of the clause at token `start` for the joined verb at `verb` (openingSubject). */
function subjectFrom(ctx: QuoteContext, persons: PersonIndex, start: number, verb: number): Speaker | null {
  if (verb - start < 3) return null;
  const head = unjoined(ctx.f(start));
  const opening = ctx.tokens[start] as Token;
  const first = persons.mentions[firstFrom(persons.mentions, opening.start)];
  const person = first !== undefined && first.start < opening.end;
  if (!person && !PRONOMINAL.has(head) && !(head.startsWith('ال') && head.length > 3)) return null;
  if (isStop(head, true) || speechWord(head)) return null;
  const bare = unjoined(ctx.f(verb));
  for (let k = start + 1; k < verb && k - start <= PHRASE_WORDS; k++) {
    const f = ctx.f(k);
    if (ctx.tokens[k]?.kind !== 'word' || isThat(f) || RELATIVE_PRONOUNS.has(f) || ctx.breakBefore[k]) return null;
    if (!isFirstVerb(ctx, persons, k, bare)) continue;
    const s = speakerOf(ctx, [start, k], persons);
    if (!s) return null;
    // (the phrase without the conjunction that joins its sentence to the one before: والبعض → البعض)
    const speaker = s.entity ? s.speaker : s.speaker.replace(/^[وف](?=ال)/, '');
    return s.entity || isPlausibleSpeaker(speaker) ? { ...s, speaker } : null;
  }
  return null;
}
