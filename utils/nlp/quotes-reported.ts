/**
 * Reported speech around a speech word: the أن/إن that puts a verb in what another verb reports
 * (أكد أن الوزير قال …), that reporting verb, and the speaker a subject-less speech word shares
 * with its sentence. Read by the attribution (quotes-attribution.ts).
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import type { Cues } from './quotes-cues';
import { speechAt } from './quotes-speech-at';
import type { PersonIndex } from './quotes-person-index';
import type { Speaker } from './quotes-speaker';
import { speakerIn } from './quotes-subject-of';
import { subjectAfter } from './quotes-subject';
import { clauseSubject, sentenceStart } from './quotes-subject-before';
import { isThat } from './quotes-speech';
import { clausePerson } from './quotes-when-said';
import { someone } from './quotes-someone';

/** Tokens before a verb looked at for the أن that puts it in reported speech. */
const THAT_REACH = 4;

/** Whether an أن/إن comes a few words before token `at`, in its sentence (…أنه لا يرى). */
export function isReported(ctx: QuoteContext, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= THAT_REACH && !isSentenceEnd(ctx, k); k--) if (isThat(ctx.f(k))) return true;
  return false;
}

/** The speech verb of the sentence whose أن/إن, a few words before token `at`, reports the verb at `at`; null when none. */
export function reportingVerb(ctx: QuoteContext, at: number): Cues['verb'] {
  if (!isReported(ctx, at)) return null;
  const start = sentenceStart(ctx, at);
  let k = at - 1;
  while (k > start && !isThat(ctx.f(k))) k--;
  for (k--; k >= start && start >= 0; k--) {
    const word = speechAt(ctx, k);
    if (word?.kind === 'verb') return { at: k, word };
  }
  return null;
}

/** Conjunctions that open a clause of the same sentence (folded): حيث، عندما، حين، إذ … */
const SUBORDINATING = new Set(['حيث', 'عندما', 'حين', 'حينما', 'اذ', 'لما', 'بعدما', 'فيما']);

/** Whether the word before token `at` opens a clause that goes on with its sentence's subject (…، حيث قال: «…»). */
const isSubordinated = (ctx: QuoteContext, at: number): boolean => SUBORDINATING.has(ctx.f(at - 1).replace(/^[وف](?=\S{3})/, ''));

/**
 * The speaker a subject-less speech word at `at` shares with its sentence: a person named
 * after the sentence's last أن/إن (أن داود أوغلو أجرى اتصالات …، قال فيها), or else, for a
 * participle or a verb after حيث / عندما, the subject of the verb that opens
 * the sentence (عبّر اللاعب … عن سعادته، مضيفًا; عبّر الشيخ عن الفكرة، حيث قال).
 */
export function sharedSubject(ctx: QuoteContext, at: number, participle: boolean, persons: PersonIndex): Speaker | null {
  const subordinated = !participle && isSubordinated(ctx, at);
  // …كريستوف تويزت الشعار الجديد حيث قال: the person the clause before the conjunction is about.
  const about = subordinated && clausePerson(ctx, persons, at);
  if (about) return about;
  const start = sentenceStart(ctx, at);
  // A sentence longer than the reach says nothing sure about who its verbs belong to.
  if (start < 0) return null;
  for (let k = at - 1; k >= start; k--) {
    const open = ctx.pairStart.get(k);
    if (open !== undefined && open < k) { k = open; continue; }
    if (!isThat(ctx.f(k))) continue;
    const range = subjectAfter(ctx, k + 1, at);
    const s = range && speakerIn(ctx, range, at, persons);
    // (…or "one of them": المهم أن أحدهم شخّص العلة وقال — quotes-someone)
    const one = s && !s.entity ? someone(s) : null;
    if (s?.entity || one) return one ?? s;
    break;
  }
  const range = participle || subordinated ? clauseSubject(ctx, at) : null;
  const s = range && speakerIn(ctx, range, at, persons);
  // (after حيث / عندما only a person: تعكس تصريحات خامنئي …؛ إذ قال is Khamenei speaking, not his statements)
  return subordinated && !s?.entity ? null : s;
}
