/**
 * The person a subject-less participle or joined verb speaks for: the one named right after the
 * verb that heads its clause, whatever that verb is (أصر أوباما على أن …، مضيفًا: «…»; ولا يعتقد
 * الكاتب سمير العلي أن …، مشيرًا إلى أن «…»). A participle goes on with the subject of the clause
 * it is attached to, not with the speaker quoted before; the speech lexicon need not know the verb.
 */
import type { QuoteContext } from './quotes-context';
import { isSentenceEnd } from './quotes-context';
import { isVerbForm } from './people-extent';
import { firstFrom, type PersonIndex } from './quotes-person-index';
import { asSpeaker, type Speaker } from './quotes-speaker';
import type { Token } from './tokenize';
import { speechWord } from './quotes-speech';
import { speakerIn } from './quotes-subject-of';
import { skipFillers, subjectAfter } from './quotes-subject';
import { isCameIn } from './quotes-speech-at';
import { sentenceStart } from './quotes-subject-before';

/** Tokens looked back over for the head of the clause (a long sentence). */
const HEAD_REACH = 60;

/** Particles a verb may carry before it at the head of its clause (folded): negation, قد. */
const PARTICLES = new Set(['لا', 'ولا', 'فلا', 'لم', 'ولم', 'فلم', 'لن', 'ولن', 'قد', 'وقد', 'فقد', 'لقد', 'ولقد']);

/** Conjunctions that open a clause of its own after a comma, with a verb and a subject of its own (…، فيما حاول الرئيس بونغو …). */
const CLAUSE_CONJUNCTIONS = new Set(['فيما', 'بينما', 'وبينما']);

/** Words after the verb of a conjoined clause that its subject may take (a title and a name of two words). */
const CONJOINED_SUBJECT_WORDS = 3;

/** Marks after which a clause starts. */
const CLAUSE_MARKS = new Set(['،', ',', '؛']);

/** Tokens a subject may lie past its verb (a time word or an outlet in between: أصر، الجمعة، …). */
const SUBJECT_GAP = 2;

/**
 * Whether the folded word is shaped like a verb that may head a clause: a speech verb, or an
 * imperfect or أفعل/افتعل form (يعتقد، أصر، اعتبر), with or without و/ف; not a word with the article.
 */
export function isHeadVerb(f: string): boolean {
  const bare = /^[وف]/.test(f) && f.length > 3 ? f.slice(1) : f;
  if (bare.startsWith('ال') || bare.length < 3) return false;
  const speech = speechWord(bare);
  if (speech) return speech.kind === 'verb';
  return isVerbForm(bare);
}

/**
 * The person named after the nearest verb that opens a clause of the sentence before token `at`
 * (at the sentence start, after a comma, past a negation or قد), when the verb's subject names a
 * person; null otherwise. Quotations on the way are skipped as wholes.
 * @example clauseHeadSubject(ctx, persons, at) for 'أصر أوباما، أمس، على أن الوقت كاف، مضيفًا: «…»' (at on مضيفًا) → { speaker: 'أوباما', … }
 */
export function clauseHeadSubject(ctx: QuoteContext, persons: PersonIndex, at: number, conjoinedOnly = false): Speaker | null {
  for (let k = at - 1, seen = 0; k >= 0 && seen < HEAD_REACH; k--, seen++) {
    const open = ctx.pairStart.get(k);
    if (open !== undefined && open < k) { k = open; continue; }
    if (isSentenceEnd(ctx, k)) return null;
    const starts = ctx.breakBefore[k] || k === 0 || isSentenceEnd(ctx, k - 1) || CLAUSE_MARKS.has(ctx.f(k - 1));
    if (starts && ctx.tokens[k]?.kind === 'word' && (!conjoinedOnly || CLAUSE_CONJUNCTIONS.has(ctx.f(k)))) {
      const verb = PARTICLES.has(ctx.f(k)) || CLAUSE_CONJUNCTIONS.has(ctx.f(k)) ? k + 1 : k;
      // (after فيما / بينما a word without the article is the clause's verb, of whatever form: حاول)
      // (conjoinedOnly: the clause starts at such a conjunction, as the test above asks)
      const conjoined = conjoinedOnly && !ctx.f(verb).startsWith('ال') && ctx.f(verb).length >= 3;
      // (…فيما حاول الرئيس بونغو توضيح ظهور ميسي: the person right after that verb, a title before
      // them allowed, not the last one its object names)
      if (conjoined && verb < at - 1) {
        const from = (ctx.tokens[verb + 1] as Token).start, to = (ctx.tokens[Math.min(at, verb + 1 + CONJOINED_SUBJECT_WORDS) - 1] as Token).end;
        const m = persons.mentions[firstFrom(persons.mentions, from)];
        if (m && m.end <= to) return asSpeaker(m);
      }
      if (verb < at - 1 && (conjoined || isHeadVerb(ctx.f(verb)))) {
        const range = subjectAfter(ctx, verb + 1, at);
        const s = range && range[0] <= verb + 1 + SUBJECT_GAP ? speakerIn(ctx, range, at, persons) : null;
        if (s?.entity) return s;
      }
    }
    if (ctx.breakBefore[k]) return null;
  }
  return null;
}

/**
 * The person named after the verb of a clause that a conjunction opens after a comma, before
 * token `at` in its sentence (وكتبت مجلة «…» أن «…»، فيما حاول الرئيس بونغو توضيح ظهور ميسي قائلا):
 * a participle goes on with that clause's subject, not with the sentence's.
 * @example conjoinedClauseSubject(ctx, persons, at) for '…، فيما حاول الرئيس بونغو توضيح الأمر قائلا' (at on قائلا) → { speaker: 'بونغو', … }
 */
export const conjoinedClauseSubject = (ctx: QuoteContext, persons: PersonIndex, at: number): Speaker | null => clauseHeadSubject(ctx, persons, at, true);

/**
 * Whether the source at `at` is a جاء في / ورد في that opens its sentence (كذلك جاء في التقرير أن
 * …، مضيفًا أن «…»): the text it names is the sentence's voice, and a participle after it goes
 * on with that text; elsewhere a source is only a phrase of the sentence (وفق المعايير، مشيرًا).
 * @example isCameInHead(ctx, at) for 'وجاء في التقرير أن …، مضيفًا' (at on وجاء) → true
 */
export function isCameInHead(ctx: QuoteContext, at: number): boolean {
  if (!isCameIn(ctx, at)) return false;
  const start = sentenceStart(ctx, at);
  return start >= 0 && skipFillers(ctx, start, at) === at;
}
