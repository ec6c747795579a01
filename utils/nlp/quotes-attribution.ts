/**
 * Who said an accepted quotation: the subject of its speech verb, the source after it, or the
 * speaker carried over from earlier in the text (وأضاف، مضيفًا), as the speaker tracker
 * (quotes-speaker-tracker) keeps it.
 */
import { asSaidAfter } from './quotes-as-said';
import { chantOwner } from './quotes-chant';
import { subjectBySaying } from './quotes-by-saying-subject';
import type { QuoteContext } from './quotes-context';
import type { Cues } from './quotes-cues';
import { LEFT_REACH } from './quotes-speech-before';
import { previousSubject } from './quotes-previous';
import { isPlausibleSpeaker } from './quotes-plausible';
import { prophetBeforeColon } from './quotes-prophet';
import { personEndingBefore, personNamedSince } from './quotes-named-since';
import { roleHolder } from './quotes-role-holder';
import { lastSpokenPerson, nearestPerson } from './quotes-nearby';
import { openingSubject } from './quotes-opening-subject';
import { clauseHeadSubject, conjoinedClauseSubject, isCameInHead } from './quotes-clause-head';
import { isJoinedVerb } from './quotes-joined-verb';
import { continuedSpeaker, isContinuing } from './quotes-continued';
import { asForPerson } from './quotes-as-for';
import { isDoubtfulCarry } from './quotes-carried-doubt';
import { speakerOf, type Speaker } from './quotes-speaker';
import type { PersonIndex } from './quotes-person-index';
import { PRONOUN_PARTICLE, speakerIn, subjectOf } from './quotes-subject-of';
import type { SpeakerTracker } from './quotes-speaker-tracker';
import { BY_SAYING, isHonorificPronoun, subjectAfter } from './quotes-subject';
import { clauseSubject, subjectBefore } from './quotes-subject-before';
import { labelBefore } from './quotes-colon-label';
import type { SpeechWord } from './quotes-speech';
import { calledPlaceBy } from './quotes-demand';
import { isFirstPersonSpeech, isWriterSpeaking, isWritersPast } from './quotes-writer';
import { isReported, reportingVerb, sharedSubject } from './quotes-reported';
import type { Token } from './tokenize';

/** The speaker a subject after the quotation names, resolved and remembered. */
function heardAfter(ctx: QuoteContext, range: [number, number], limit: number, tracker: SpeakerTracker, persons: PersonIndex): Speaker | null {
  tracker.advance(range[0]);
  const s = speakerIn(ctx, range, limit, persons);
  const heard = s && tracker.resolve(s);
  if (heard) tracker.hear(heard, undefined);
  return heard;
}

/** How sure a speaker carried over from before is when it is a phrase, not a person entity. */
const CARRIED_PHRASE_CONFIDENCE = 0.35;

/** How sure a person carried over is when a plural verb or a person named since makes it doubtful (quotes-carried-doubt). */
const DOUBTFUL_CARRY_CONFIDENCE = 0.3;

/**
 * How sure the last resort is: the person named nearest before the quotation, or the last
 * speaker read, when nothing in its sentence says who speaks (right about as often as wrong).
 */
const GUESSED_CONFIDENCE = 0.3;

/** How sure a first-person lead-in (فقلت، جوابي) makes the quotation the writer's own. */
const WRITER_CONFIDENCE = 0.5;

/**
 * The speaker of an accepted quotation and how sure the attribution is (low when it is only the
 * previous speaker, or nobody).
 * @example attribute(…) for 'وقال الوزير: «…»' → { s: { speaker: 'الوزير', … }, confidence: 0.8 }
 */
export function attribute(ctx: QuoteContext, c: Cues, tracker: SpeakerTracker, persons: PersonIndex): { s: Speaker | null; confidence: number } {
  const found = (at: number, word: SpeechWord, limit: number) => {
    const range = PRONOUN_PARTICLE.test(ctx.f(at - 1)) ? null : subjectOf(ctx, at, word, limit, persons);
    const s = range ? speakerIn(ctx, range, limit, persons) : null;
    tracker.advance(at);
    // ودعت طهران إلى «…» after a woman's words: the place is whom she called on (quotes-demand).
    const caller = s && !s.entity && range ? calledPlaceBy(ctx, at, word, range, () => tracker.lastAgreeing('f', (ctx.tokens[at] as Token).start)) : null;
    if (caller) return caller;
    const resolved = s && tracker.resolve(s);
    // (only a subject that links to nothing earlier: استطرد قائد المجموعة is the قائد المجموعة read
    // before; وأضاف النائب الجمهوري goes on with the speaker just read before any role holder)
    const continued = resolved && resolved === s ? continuedSpeaker(ctx, at, s, tracker.last, word.agrees, tracker.lastAgrees) : null;
    return continued ?? (resolved && (roleHolder(ctx, persons, resolved) ?? resolved));
  };
  const rate = (s: Speaker | null, sure: number) => ({ s, confidence: s ? (s.entity ? Math.min(0.95, sure + 0.1) : sure) : 0.15 });
  // A speaker only guessed from whom the text named last (no subject, no speech verb of theirs)
  // gets no bonus for being a recognised person: وأكد أهمية «…» after a sentence that names a
  // minister and the prince he met is as likely either's, and a wrong name given high is worse
  // than a right one given low.
  const guessed = (s: Speaker | null) => ({ s, confidence: s ? GUESSED_CONFIDENCE : 0.15 });
  // فكان جوابي: «…»، فقلت: «…»: the writer, whom the article does not name.
  if (isWriterSpeaking(ctx, c.open)) {
    tracker.advance(c.open);
    return { s: null, confidence: WRITER_CONFIDENCE };
  }
  // …قوله صلى الله عليه وسلم: "…": the Prophet.
  const prophet = c.colon ? prophetBeforeColon(ctx, c.open - 1) : null;
  if (prophet) {
    tracker.advance(c.open);
    return rate(prophet, 0.7);
  }
  // شهد حسن: "…": a name standing alone before the colon labels the words.
  const label = c.colon ? labelBefore(ctx, c.open - 1) : null;
  const labelled = label && speakerOf(ctx, label, persons);
  if (labelled) {
    tracker.advance(c.open);
    return rate(labelled, 0.6);
  }
  // تخللته هتافات المصلين «الموت لأمريكا»: whose chant it is (quotes-chant).
  const chant = chantOwner(ctx, c);
  const chanters = chant && speakerOf(ctx, chant, persons);
  if (chanters) {
    tracker.advance(c.open);
    return rate(chanters, 0.7);
  }
  // حين قاطعه سعود الفيصل بقوله: "…": the person named right before "by saying" (whatever verb came earlier),
  // or the subject that runs up to it (quotes-by-saying-subject).
  const by = c.speech && c.speech.at > (c.verb?.at ?? -1) && BY_SAYING.test(ctx.f(c.speech.at)) ? personEndingBefore(ctx, persons, c.speech.at) ?? subjectBySaying(ctx, persons, c.speech.at) : null;
  if (by) {
    tracker.advance(c.open);
    tracker.hear(by, undefined);
    return rate(by, 0.7);
  }
  // …أن «…»، فيما حاول الرئيس بونغو توضيح الأمر قائلا: «…»: a participle in a clause of its own,
  // opened by a conjunction after the verb, speaks for that clause's subject (quotes-clause-head).
  const conjoined = c.speech?.word.kind === 'participle' && c.verb && c.speech.at > c.verb.at ? conjoinedClauseSubject(ctx, persons, c.speech.at) : null;
  if (conjoined && conjoined.start > (ctx.tokens[c.verb!.at] as Token).end) {
    tracker.advance(c.open);
    const heard = tracker.resolve(conjoined);
    tracker.hear(heard, c.speech!.word.agrees);
    return rate(heard, 0.6);
  }
  // وشدد على أنه لا يرى دورًا للأسد …، مضيفًا «…»: a weak verb (يرى، يعتبر) just after an أن is
  // inside what is reported; …وفق المعايير الزمنية، مشيرًا إلى أن: a source word is a phrase of
  // the sentence. The participle after either speaks for its sentence's subject.
  const before = c.speech?.word.kind === 'participle' && c.verb && c.speech.at > c.verb.at ? c.verb : null;
  // (but جاء في التقرير أن …، مضيفًا: a جاء في opening the sentence gives it its voice — quotes-clause-head)
  const embedded = before && ((before.word.kind === 'source' && !isCameInHead(ctx, before.at)) || (!before.word.strong && isReported(ctx, before.at)));
  // كتب إدوارد هيل إن الثقافة اليونانية ترى العقد «…»: a weak verb reported by a speech verb
  // before it in its sentence gives way to that verb.
  const verb = embedded ? null : (c.verb && !c.verb.word.strong && reportingVerb(ctx, c.verb.at)) || c.verb;
  // «…»، على حد تعبير الخبير الصادق جبنون، «…»، كما يقول أحد الناشطين: named as theirs, whoever spoke before.
  const asSaid = asSaidAfter(ctx, c);
  const said = asSaid && ('verb' in asSaid ? found(asSaid.verb.at, asSaid.verb.word, Math.min(ctx.tokens.length, asSaid.verb.at + 14)) : heardAfter(ctx, asSaid.range, asSaid.limit, tracker, persons));
  if (said) return rate(said, 0.75);
  if (verb && verb.at >= c.open - LEFT_REACH) {
    const s = found(verb.at, verb.word, c.open);
    if (s) return rate(s, verb.word.strong ? 0.8 : 0.6);
  }
  if (c.after && c.after.word.kind !== 'noun' && !c.speech) {
    const s = found(c.after.at, c.after.word, Math.min(ctx.tokens.length, c.after.at + 12));
    if (s) return rate(s, 0.7);
  }
  tracker.advance(c.open);
  const at = (ctx.tokens[c.open] as Token).start;
  if (c.speech || c.after) {
    // تصريح الوزير، قول علي بن أبي طالب لابن عباس: «…»: the person a speech noun is said of.
    if (c.speech?.word.kind === 'noun' && !verb) {
      const range = subjectAfter(ctx, c.speech.at + 1, c.open);
      // …لعبدالله بن عباس: the one spoken to, after ل, is not who speaks.
      if (range) for (let k = range[0] + 1; k < range[1]; k++) if (/^ل(?!ا)/.test(ctx.f(k))) { range[1] = k; break; }
      const s = range && speakerIn(ctx, range, c.open, persons);
      if (s?.entity) {
        tracker.hear(s, undefined);
        return rate(s, 0.6);
      }
    }
    // A verb without a subject of its own (قال فيها، مضيفًا) shares the subject of its sentence.
    const bare = verb ?? (c.speech?.word.kind === 'participle' ? c.speech : null);
    // Else, والبعض … يعرّف المفهوم ويقول: «…»: a joined verb speaks for the phrase its sentence
    // opens with; else, أصر أوباما على أن …، مضيفًا: a participle or a joined verb speaks for the
    // person named after the verb heading its clause, speech verb or not.
    const joint = bare && (sharedSubject(ctx, bare.at, bare.word.kind === 'participle', persons)
      || (verb && openingSubject(ctx, persons, verb.at))
      || ((bare.word.kind === 'participle' || isJoinedVerb(ctx, bare.at)) ? clauseHeadSubject(ctx, persons, bare.at) : null));
    if (joint) {
      const heard = tracker.resolve(joint);
      tracker.hear(heard, bare.word.agrees);
      return rate(heard, 0.5);
    }
    // A bare وقال that opens its sentence goes on about whom the sentence before was about, when
    // that is someone named after the last speaker read (one person: not for وقالوا). وأبان معاليه
    // is not bare: the honorific goes back to the honoured speaker, not to whom they met (…عقب
    // لقائه معالي وزير الخارجية الأمريكية جون كيري. وأبان معاليه أن).
    const honoured = verb && isHonorificPronoun(ctx.f(verb.at + 1));
    const topic = verb && !honoured && verb.word.agrees !== 'p' && previousSubject(ctx, persons, verb.at);
    if (topic && (!tracker.last || tracker.last.start < topic.start)) {
      tracker.hear(topic, verb.word.agrees);
      return rate(topic, 0.5);
    }
    const cue = verb ?? c.speech ?? c.after;
    // وقلت لعبد الوهاب بصوت عالٍ: «…»: a first-person verb that a narrator chains on with و/ف is
    // the writer's, even past isWriterSpeaking's few words; not whom the text carried or named
    // last. (A bare قلت opening an interview question is as often "you said": قلت قبل أشهر إنك …)
    if (cue && /^[وف]/.test(ctx.f(cue.at)) && isFirstPersonSpeech(ctx.f(cue.at))) return { s: null, confidence: WRITER_CONFIDENCE };
    const s = tracker.lastAgreeing(cue?.word.agrees, at);
    // (كتبت with no woman before it to go on with, the writer speaking of themself: "I wrote" — quotes-writer)
    if (!s && cue?.word.kind === 'verb' && cue.word.agrees === 'f' && isWritersPast(ctx, cue.at, at)) return { s: null, confidence: WRITER_CONFIDENCE };
    // …التاريخ الذي يروي نفسه … ولميخائيل غورباتشوف … قال: "…": a person named since a speaker
    // that names nobody is the likelier one.
    const named = s && personNamedSince(ctx, persons, s, at, cue?.word.agrees);
    if (named) return rate(named, 0.5);
    // A phrase carried on (وقال الرجل … ويضيف: «…») is no name the article gave the words: more
    // often than not it is a description, an object or a stray phrase the sweep read as a
    // subject, so it is given low.
    // (a person whom a plural verb or a person named since makes doubtful is given low — quotes-carried-doubt)
    if (s) return rate(s, !s.entity ? CARRIED_PHRASE_CONFIDENCE : isDoubtfulCarry(ctx, persons, s, at, cue?.word.agrees) ? DOUBTFUL_CARRY_CONFIDENCE : 0.6);
    // وأضاف after a long stretch with no speaker read: the person a speech verb last introduced.
    const spoken = cue && isContinuing(ctx.f(cue.at)) ? lastSpokenPerson(ctx, persons, at, cue.word.agrees) : null;
    if (spoken) {
      tracker.hear(spoken, cue?.word.agrees);
      return rate(spoken, 0.3);
    }
    // (no person named near: the last speaker read, whatever its verb's agreement — سألت قائد المجموعة …؟ أجاب: «…»)
    return guessed(nearestPerson(ctx, persons, at) ?? tracker.last);
  }
  if (c.colon) {
    // …or the subject of the verb that opens its sentence (وتلخص صحيفة الفايننشال تايمز هذه المسألة بهذا الإعلان: «…»).
    const range = subjectBefore(ctx, c.open - 1) ?? clauseSubject(ctx, c.open - 1);
    const s = range ? speakerOf(ctx, range, persons) : null;
    if (s && (s.entity || isPlausibleSpeaker(s.speaker))) return rate(tracker.resolve(s), 0.45);
  }
  // بالنسبة للشاعر ياسين عدنان: «…»: the view of the person the sentence opens with (quotes-as-for).
  const asFor = asForPerson(ctx, persons, c.open);
  if (asFor) {
    tracker.hear(asFor, undefined);
    return rate(asFor, 0.5);
  }
  // (…أما جاك كاين … فمضى إلى أبعد من ذلك معتقداً أن الحكومة "…": the person named since a last speaker who names nobody.)
  const since = tracker.last && personNamedSince(ctx, persons, tracker.last, at, undefined);
  return guessed(since || tracker.last || nearestPerson(ctx, persons, at));
}
