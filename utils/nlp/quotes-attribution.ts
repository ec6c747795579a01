/**
 * Who said an accepted quotation: the subject of its speech verb, the source after it, or the
 * speaker carried over from earlier in the text (وأضاف، مضيفًا), which a sweep over the text's
 * speech verbs keeps track of, with the fuller phrase a later المصادر / السفير refers back to.
 */
import { hasAccusativeTanwin } from './name-words';
import { foldArabic } from './normalize';
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isCameIn, LEFT_REACH, speechAt, type Cues } from './quotes-cues';
import { isRolePhrase, isRoleWord, lastSpokenPerson, nearestPerson, previousSubject, speakerOf, topicBefore, type PersonIndex, type Speaker } from './quotes-speaker';
import { appositiveName, subjectAfter } from './quotes-subject';
import { clauseSubject, isAccusativeOpener, isRelativeVerb, labelBefore, sentenceStart, subjectBefore } from './quotes-subject-before';
import { isThat, type SpeechWord } from './quotes-speech';
import type { Token } from './tokenize';
import type { EntityMention } from './types';

/** Subject of the speech word at `at`: after a verb, after a source (بحسب، نقلًا عن، وفق ما نقلت …). */
function subjectOf(ctx: QuoteContext, at: number, word: SpeechWord, limit: number, persons: PersonIndex): [number, number] | null {
  let i = at + 1;
  if (isCameIn(ctx, at)) i++;
  if (word.kind === 'source') {
    if (ctx.f(i) === 'ما') i++;
    if (speechAt(ctx, i)) i++;
    if (ctx.f(i) === 'عن' || ctx.f(i) === 'ل') i++;
    const range = subjectAfter(ctx, i, limit, true);
    // ونقلت وكالة تسنيم للأنباء عن عباس عراقجي قوله: the agency carries the words; the one
    // after عن said them.
    if (range && /^[وف]?ي?نقل/.test(ctx.f(at))) {
      // (past where it was read, and a comma: ونقلت الصحف الأوروبية في بروكسل، عن المفوضية قولها)
      for (let k = range[1]; k < Math.min(limit, range[1] + 6) && (ctx.tokens[k]?.kind === 'word' || ctx.f(k) === '،'); k++) {
        if (ctx.f(k) === 'عن') return subjectAfter(ctx, k + 1, limit, true) ?? range;
      }
    }
    return range;
  }
  const before = subjectBefore(ctx, at);
  // أما الائتلاف، فقد دعا الفصائل …، وصفوا توجيهه: the topic, or a plural verb's subject, is before; what follows is the object.
  if (before && (ctx.f(before[0] - 1) === 'اما' || ctx.f(before[0] - 1) === 'واما')) return before;
  const after = word.agrees === 'p' ? null : subjectAfter(ctx, i, limit);
  // يقول نوهانوفيتش، الذي يتحدث بإصرار، مطر الكواري الذي قال لتلفزيون رويترز: a verb right after
  // a relative pronoun, with no subject after it (only a phrase with ب or ل), is said by what the
  // pronoun refers to; الميليشيات التي صرح رئيس الوزراء بأن: a subject after it makes the relative
  // its object.
  if (before && isRelativeVerb(ctx, at) && (!after || /^[بل](?!ال)/.test(ctx.f(after[0])))) return before;
  return after ?? before ?? topicBefore(ctx, persons, at);
}

/** Speech verbs that go on with what was being said (folded, without و/ف): أضاف، تابع، مضيفًا … */
const CONTINUING = new Set(['اضاف', 'اضافت', 'يضيف', 'تضيف', 'مضيفا', 'مضيفة', 'تابع', 'تابعت', 'يتابع', 'تتابع', 'اردف',
  'اردفت', 'يردف', 'تردف', 'استطرد', 'استطردت', 'يستطرد', 'تستطرد', 'استدرك', 'استدركت', 'زاد', 'زادت', 'اكمل', 'اكملت']);
/** Whether the folded word goes on with what was being said (وأضاف، وتابعت، مضيفًا). */
const isContinuing = (f: string): boolean => CONTINUING.has(f) || (/^[وف]/.test(f) && CONTINUING.has(f.slice(1)));

/** Tokens before a verb looked at for the أن that puts it in reported speech. */
const THAT_REACH = 4;

/** Whether an أن/إن comes a few words before token `at`, in its sentence (…أنه لا يرى). */
function isReported(ctx: QuoteContext, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= THAT_REACH && !isSentenceEnd(ctx, k); k--) if (isThat(ctx.f(k))) return true;
  return false;
}

/** إنه، أنها، كأنها، لأنهم …: a particle that carries the subject of the verb after it. */
const PRONOUN_PARTICLE = /^(?:[وف]?(?:ان|كان|لان|بان|لكن))(?:ه|ها|هم|هما|هن|ني|نا)$/;
/** How far back (in characters) a bare وأضافت looks for a speaker whose verb agrees with it. */
const AGREEMENT_REACH = 2500;
/** Tokens before a quotation that the speaker sweep looks at. */
const SWEEP_BACK = 200;
/** How far back a fuller name (وزارة القوى العاملة …) is looked for. */
const NAME_REACH = 8000;
/** A definite word of a name (و?ال…), not a relative, a time word or a title. */
const DEFINITE_WORD = '(?!(?:الذي|التي|الذين|اليوم|الماضي|الجاري|الحالي|المقبل|الان|الآن|الدكتور|الشيخ|المهندس|الأستاذ|الاستاذ|السيد|الأمير|الامير|اللواء|العميد|الفريق)(?![\\p{L}\\p{M}]))و?ال[\\p{L}\\p{M}]+';

/** Definite words that stand for people without describing them (قال البعض): they refer back to no earlier phrase. */
const PRONOMINAL = new Set(['البعض', 'الكل', 'الجميع', 'الاخرون', 'الاخرين', 'الكثيرون', 'الكثير']);

/** Nouns for a speaker the article leaves unnamed (مصدر مسؤول، متحدث عسكري): المصدر then refers back to that phrase. */
const UNNAMED_SOURCES = new Set(['مصدر', 'مسؤول', 'متحدث', 'ناطق', 'شاهد', 'دبلوماسي', 'مراقب', 'محلل', 'خبير', 'مراسل']);

/** A regular expression for a folded word that matches it as written: أ إ آ for ا, ى for ي, tashkeel anywhere. */
function loose(folded: string): string {
  let out = '';
  for (const ch of folded) {
    const c = ch === 'ا' ? '[اأإآٱ]' : ch === 'ي' ? '[يى]' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out += `${c}[\\u064B-\\u065F\\u0670\\u0640]*`;
  }
  return out;
}
/**
 * The speaker a subject range names; a role followed by a name set off by a comma gives the
 * name (نائب الرئيس لدى نيسان، فرد دياز: «…»), and a role may reach a person named before `limit`.
 */
function speakerIn(ctx: QuoteContext, range: [number, number], limit: number, persons: PersonIndex): Speaker | null {
  const name = isRolePhrase(ctx, range) ? appositiveName(ctx, range, limit) : null;
  // A role reaches on to a name before `limit` (a name in marks included), but not into a
  // quotation on the way.
  let reach = range[1];
  for (let end; reach < limit; reach++) if ((end = ctx.pairEnd.get(reach)) !== undefined && end - reach > 5) break;
  const s = speakerOf(ctx, name ?? range, persons, (ctx.tokens[reach - 1] as Token).end);
  if (!s || s.entity) return s;
  // وصف بالكاذب: after a passive verb, a phrase with بـ is its complement, not a subject (a
  // name such as بالوتيلي is a person entity); يعتبر تقدماً كبيراً: an accusative is an object
  // (but لكن متحدثًا باسم …: the accusative subject of لكن/إن).
  if (/^ب(?:ال|م)/.test(ctx.f(range[0]))) return null;
  if (hasAccusativeTanwin((ctx.tokens[range[0]] as Token).text) && !isAccusativeOpener(ctx.f(range[0] - 1))) return null;
  return s;
}

const stripArticle = (f: string) => (f.startsWith('ال') && f.length > 3 ? f.slice(2) : f);

/** A speaker met earlier in the text, with the words that may refer back to it (its own and its apposition's). */
interface Known { s: Speaker; keys: Set<string>; agrees: SpeechWord['agrees'] }

/**
 * Sweeps the text for speech verbs with an explicit subject, so that وأضاف finds its speaker
 * and a later المصادر / السفير الفرنسي finds the fuller phrase the article first used.
 */
export class SpeakerTracker {
  private next = 0;
  private known: Known[] = [];
  /** Inside the أن-clause of a speech verb of the current sentence. */
  private embedded = false;
  private spoke = false;
  last: Speaker | null = null;
  private byLastName: Map<string, EntityMention[]> | null = null;
  constructor(private ctx: QuoteContext, private persons: PersonIndex) {}

  advance(to: number): void {
    const { ctx } = this;
    // A bare وأضاف refers to a speaker of the last few sentences; older text need not be swept.
    if (to - this.next > SWEEP_BACK) this.next = to - SWEEP_BACK;
    for (; this.next < to; this.next++) {
      // What is said inside a quotation is not who says it.
      const inner = ctx.pairEnd.get(this.next);
      if (inner !== undefined && inner - this.next > 6) { this.next = Math.min(inner, to); continue; }
      if (isSentenceEnd(ctx, this.next)) this.embedded = this.spoke = false;
      if (this.spoke && isThat(ctx.f(this.next))) this.embedded = true;
      const w = speechAt(ctx, this.next);
      if (!w || (w.kind !== 'verb' && w.kind !== 'source')) continue;
      // …أن أسعار الاستراحات يعتبر طبيعيا: a verb inside reported speech has no speaker of its own.
      if (this.embedded) continue;
      // وكأنها تنفي تهمة: the subject is the pronoun on the particle, not the word after the verb.
      if (PRONOUN_PARTICLE.test(ctx.f(this.next - 1))) continue;
      this.spoke = true;
      // The subject never reaches into the quotation being attributed.
      // (far enough for a role to reach its name: وقال المدير العام للهيئة … المهندس رستم بن مقبول الكبيسي)
      const limit = Math.min(ctx.tokens.length, this.next + 24, to);
      const range = subjectOf(ctx, this.next, w, limit, this.persons);
      const found = range && speakerIn(ctx, range, limit, this.persons);
      if (!range || !found) continue;
      const s = this.resolve(found);
      const keys = new Set<string>();
      for (let k = range[0]; k < range[1]; k++) keys.add(stripArticle(ctx.f(k)));
      // …and as the speaker names them (مصدرًا بارزًا → مصدر بارز).
      if (!s.entity) for (const w of s.speaker.split(' ')) keys.add(stripArticle(foldArabic(w)));
      // Apposition: برتران بزانسنو، السفير الفرنسي في السعودية، …
      if (ctx.f(range[1]) === '،') for (let k = range[1] + 1; k < Math.min(limit, range[1] + 7) && ctx.tokens[k]?.kind === 'word'; k++) keys.add(stripArticle(ctx.f(k)));
      this.known.push({ s, keys, agrees: w.agrees });
      this.last = s;
    }
  }

  /** Records a speaker found without a speech verb (the subject a participle shares). */
  hear(s: Speaker, agrees: SpeechWord['agrees']): void {
    this.known.push({ s, keys: new Set(s.speaker.split(' ').map((w) => stripArticle(foldArabic(w)))), agrees });
    this.last = s;
  }

  /**
   * The latest speaker whose verb agreed like the one now without a subject: وأضافت goes back to
   * قالت الوزيرة, not to an intervening قال المدير (a plural or unmarked verb takes the latest).
   */
  lastAgreeing(agrees: SpeechWord['agrees'], before: number): Speaker | null {
    if (agrees !== 'm' && agrees !== 'f') return this.last;
    for (let k = this.known.length - 1; k >= 0; k--) {
      const known = this.known[k] as Known;
      if (before - known.s.start > AGREEMENT_REACH) break;
      if (known.agrees === agrees) return known.s;
    }
    return null;
  }

  /** A definite generic speaker (المصادر، النادي، السفير الفرنسي) or a role as the fuller phrase met before, if any. */
  resolve(s: Speaker): Speaker {
    if (s.entity) return s;
    const words = s.speaker.split(' ');
    const first = foldArabic(words[0] as string);
    const named = words.length === 1 ? this.personByName(s, first) : null;
    if (named) return named;
    // …and a role in any form (وأردف مدير مستشفى سوق واقف للصقور after وقال مدير مستشفى سوق واقف للصقور إقدام مجيد الكرخي).
    if (!isRoleWord(first) && (words.length > 3 || !first.startsWith('ال') || PRONOMINAL.has(first))) return s;
    const keys = words.map((w) => stripArticle(foldArabic(w)));
    for (let k = this.known.length - 1; k >= Math.max(0, this.known.length - 40); k--) {
      const known = this.known[k] as Known;
      // Only a phrase that adds nothing to the earlier one refers back to it.
      if (known.s.start < s.start && known.s.speaker !== s.speaker && keys.every((w) => known.keys.has(w))) return { ...known.s, start: s.start, end: s.end };
    }
    return words.length === 1 ? this.fullName(s, stripArticle(first)) : s;
  }

  /** وتابع "الكبيسي": a lone name that is the last word of a person named earlier is that person. */
  private personByName(s: Speaker, folded: string): Speaker | null {
    // Mentions of several-word names by their folded last word, in text order (built once).
    if (!this.byLastName) {
      this.byLastName = new Map();
      for (const m of this.persons.mentions) {
        const words = foldArabic(m.name).split(' ');
        if (words.length < 2) continue;
        const last = words[words.length - 1] as string;
        const list = this.byLastName.get(last);
        if (list) list.push(m);
        else this.byLastName.set(last, [m]);
      }
    }
    const list = this.byLastName.get(folded) ?? [];
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k] as EntityMention;
      if (m.start < s.start) return { speaker: m.name, entity: m.entity, start: s.start, end: s.end };
    }
    return null;
  }

  /** الوزارة → the last وزارة القوى العاملة والهجرة المصرية written (not long) before it, if any. */
  private fullName(s: Speaker, head: string): Speaker {
    const before = this.ctx.text.slice(Math.max(0, s.start - NAME_REACH), s.start);
    // The head without its article, then one to five definite words (القوى العاملة والهجرة المصرية).
    let found = lastAtWordStart(before, headPattern(head), DEFINITE_TAIL);
    if (found) return { ...s, speaker: found };
    // المصدر → the مصدر مسؤول بشركة صلة … that the article introduced (an unnamed source, written
    // indefinite the first time): up to its clause's أن, a mark or punctuation, at most eight words.
    if (!UNNAMED_SOURCES.has(head)) return s;
    found = lastAtWordStart(before, headPattern(head), INDEFINITE_TAIL);
    return found ? { ...s, speaker: found } : s;
  }
}

/** One to five definite words after a head (القوى العاملة والهجرة المصرية). */
const DEFINITE_TAIL = new RegExp(`(?:\\s+${DEFINITE_WORD}){1,5}`, 'uy');
/** One to seven words after an unnamed source's head, up to its clause's أن. */
const INDEFINITE_TAIL = /(?:\s+(?!(?:ان|أن|إن|بأن|بان)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){1,7}/uy;

/**
 * Patterns of the heads met so far, kept for the process and cleared past a few hundred. A
 * head's pattern has no \p{…} class: V8 compiles such a class slowly (about a millisecond per
 * new pattern), so the words after the head are matched by the two tails above, compiled once.
 */
const HEAD_PATTERNS = new Map<string, RegExp>();
const MAX_HEAD_PATTERNS = 500;

function headPattern(head: string): RegExp {
  let p = HEAD_PATTERNS.get(head);
  if (!p) {
    if (HEAD_PATTERNS.size >= MAX_HEAD_PATTERNS) HEAD_PATTERNS.clear();
    HEAD_PATTERNS.set(head, (p = new RegExp(loose(head), 'g')));
  }
  return p;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Letters a word may carry before a name (و ف ب ل). */
const NAME_CLITIC = /[وفبل]/;

/**
 * The last place in `text` where `head` starts a word (at most one clitic letter, و ف ب ل,
 * before it) and the sticky `tail` follows at once: the head and its tail, trimmed. This is
 * what the global `(?<![\p{L}\p{M}])[وفبل]?(head tail)` would find last; a head inside a word
 * or without its tail consumes nothing, and an accepted one consumes its tail.
 */
function lastAtWordStart(text: string, head: RegExp, tail: RegExp): string | null {
  const starts = (i: number) => i === 0 || !LETTER_OR_MARK.test(text[i - 1] as string);
  let found: string | null = null;
  head.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = head.exec(text)); ) {
    const i = m.index;
    tail.lastIndex = head.lastIndex;
    const rest = (starts(i) || (NAME_CLITIC.test(text[i - 1] as string) && starts(i - 1))) && tail.exec(text);
    if (rest) {
      found = text.slice(i, tail.lastIndex).trim();
      head.lastIndex = tail.lastIndex;
    } else head.lastIndex = i + 1;
  }
  return found;
}

/**
 * The speaker a subject-less speech word at `at` shares with its sentence: a person named
 * after the sentence's last أن/إن (أن داود أوغلو أجرى اتصالات …، قال فيها), or else, for a
 * participle, the subject of the verb that opens the sentence (عبّر اللاعب … عن سعادته، مضيفًا).
 */
function sharedSubject(ctx: QuoteContext, at: number, participle: boolean, persons: PersonIndex): Speaker | null {
  const start = sentenceStart(ctx, at);
  // A sentence longer than the reach says nothing sure about who its verbs belong to.
  if (start < 0) return null;
  for (let k = at - 1; k >= start; k--) {
    const open = ctx.pairStart.get(k);
    if (open !== undefined && open < k) { k = open; continue; }
    if (!isThat(ctx.f(k))) continue;
    const range = subjectAfter(ctx, k + 1, at);
    const s = range && speakerIn(ctx, range, at, persons);
    if (s?.entity) return s;
    break;
  }
  const range = participle ? clauseSubject(ctx, at) : null;
  return range && speakerIn(ctx, range, at, persons);
}

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
    return s && tracker.resolve(s);
  };
  const rate = (s: Speaker | null, sure: number) => ({ s, confidence: s ? (s.entity ? Math.min(0.95, sure + 0.1) : sure) : 0.15 });
  // شهد حسن: "…": a name standing alone before the colon labels the words.
  const label = c.colon ? labelBefore(ctx, c.open - 1) : null;
  const labelled = label && speakerOf(ctx, label, persons);
  if (labelled) {
    tracker.advance(c.open);
    return rate(labelled, 0.6);
  }
  // وشدد على أنه لا يرى دورًا للأسد …، مضيفًا «…»: a weak verb (يرى، يعتبر) just after an أن is
  // inside what is reported; the participle after it speaks for its sentence's subject.
  const embedded = c.verb && !c.verb.word.strong && c.speech?.word.kind === 'participle' && c.speech.at > c.verb.at && isReported(ctx, c.verb.at);
  const verb = embedded ? null : c.verb;
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
    const shared = bare && sharedSubject(ctx, bare.at, bare.word.kind === 'participle', persons);
    if (shared) {
      const heard = tracker.resolve(shared);
      tracker.hear(heard, bare.word.agrees);
      return rate(heard, 0.5);
    }
    // A bare وقال that opens its sentence goes on about whom the sentence before was about, when
    // that is someone named after the last speaker read (one person: not for وقالوا).
    const topic = verb && verb.word.agrees !== 'p' && previousSubject(ctx, persons, verb.at);
    if (topic && (!tracker.last || tracker.last.start < topic.start)) {
      tracker.hear(topic, verb.word.agrees);
      return rate(topic, 0.5);
    }
    const cue = verb ?? c.speech ?? c.after;
    const s = tracker.lastAgreeing(cue?.word.agrees, at);
    if (s) return rate(s, 0.6);
    // وأضاف after a long stretch with no speaker read: the person a speech verb last introduced.
    const spoken = cue && isContinuing(ctx.f(cue.at)) ? lastSpokenPerson(ctx, persons, at, cue.word.agrees) : null;
    if (spoken) {
      tracker.hear(spoken, cue?.word.agrees);
      return rate(spoken, 0.3);
    }
    return rate(nearestPerson(ctx, persons, at), 0.3);
  }
  if (c.colon) {
    const range = subjectBefore(ctx, c.open - 1);
    const s = range ? speakerOf(ctx, range, persons) : null;
    if (s) return rate(tracker.resolve(s), 0.45);
  }
  return rate(tracker.last ?? nearestPerson(ctx, persons, at), 0.3);
}
