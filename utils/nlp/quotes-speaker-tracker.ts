/**
 * The subject of a speech word and the speaker it names, and the sweep over the text's speech
 * verbs that remembers them, so that a later وأضاف or المصادر / السفير finds who was meant.
 */
import { hasAccusativeTanwin } from './name-words';
import { foldArabic } from './normalize';
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isCameIn, speechAt } from './quotes-cues';
import { fullName, UNNAMED_SOURCES } from './quotes-full-name';
import { isRolePhrase, isRoleWord, speakerOf, topicBefore, type PersonIndex, type Speaker } from './quotes-speaker';
import { appositiveName, subjectAfter } from './quotes-subject';
import { isAccusativeOpener, isRelativeVerb, subjectBefore } from './quotes-subject-before';
import { hasObjectPronoun, isThat, type SpeechWord } from './quotes-speech';
import { hasPronounSubject } from './quotes-pronoun-subject';
import { addressedSubject } from './quotes-addressed';
import { interviewee } from './quotes-interview';
import { joinedSubject } from './quotes-joined-verb';
import { sourceAgreement } from './quotes-source-agreement';
import { ammaTopic } from './quotes-topic';
import { nameAfterPlace } from './quotes-role-place';
import { isMeasure } from './quotes-measure';
import type { Token } from './tokenize';
import type { EntityMention } from './types';

/**
 * Subject of the speech word at `at`: after a verb, after a source (بحسب، نقلًا عن، وفق ما نقلت …).
 * @example subjectOf(ctx, at, word, limit, persons) for 'وقال الوزير: «…»' (at on وقال) → the token range of الوزير
 */
export function subjectOf(ctx: QuoteContext, at: number, word: SpeechWord, limit: number, persons: PersonIndex): [number, number] | null {
  let i = at + 1;
  if (isCameIn(ctx, at)) i++;
  if (word.kind === 'source') {
    if (ctx.f(i) === 'ما') i++;
    if (speechAt(ctx, i)) i++;
    // ونقلت عنه قوله: the pronoun on عن stands for someone named before; nothing after it is the speaker.
    if (BACK_REFERENCE.has(ctx.f(i))) return null;
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
  // أما فلان المدير العام للشركة، وهو …، فقال: the topic of أما, however far before (quotes-topic).
  const topic = ammaTopic(ctx, at);
  if (topic) return topic;
  const before = subjectBefore(ctx, at);
  // أما الائتلاف، فقد دعا الفصائل …، وصفوا توجيهه: the topic, or a plural verb's subject, is before; what follows is the object.
  if (before && (ctx.f(before[0] - 1) === 'اما' || ctx.f(before[0] - 1) === 'واما')) return before;
  // وكان خامنئي قال أول من أمس: كان, its subject, then the verb; what follows the verb is no subject.
  if (before && KANA.has(ctx.f(before[0] - 1))) return before;
  // (وهي تتابع المسلسلات: a subject pronoun before the verb leaves what follows it an object)
  // (وقالت لي الصديقة: past the one spoken to — quotes-addressed)
  const after = word.agrees === 'p' || hasPronounSubject(ctx, at) ? null : subjectAfter(ctx, i, limit) ?? addressedSubject(ctx, i, limit, persons);
  // يقول نوهانوفيتش، الذي يتحدث بإصرار، مطر الكواري الذي قال لتلفزيون رويترز: a verb right after
  // a relative pronoun, with no subject after it (only a phrase with ب or ل), is said by what the
  // pronoun refers to; الميليشيات التي صرح رئيس الوزراء بأن: a subject after it makes the relative
  // its object.
  // (…لمزارع الرياح التي وصفها بأنها: a verb with an object pronoun has the relative for its object.)
  if (before && isRelativeVerb(ctx, at) && (!after || /^[بل](?!ال)/.test(ctx.f(after[0])))) return hasObjectPronoun(ctx.f(at)) ? null : before;
  // تقول فيها، أعلن فيه: the verb's subject is who the statement it refers back to is from.
  const owner = after ? null : statementOwner(ctx, at);
  // (في مقابلة مع أحمد الفقيه، …، قال: the one interviewed — quotes-interview)
  return after ?? owner ?? before ?? interviewee(ctx, at) ?? topicBefore(ctx, persons, at) ?? joinedSubject(ctx, persons, at);
}

/** عن with a pronoun after a source verb (نقلت عنه، نقل عنها): the one it reports was named before. */
const BACK_REFERENCE = new Set(['عنه', 'عنها', 'عنهم', 'عنهما']);

/** كان in the forms that open a past-perfect clause (وكان الوزير قال، كانت الوزارة أعلنت). */
const KANA = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'فكان', 'فكانت']);

/** Statement nouns a resumptive فيه/فيها after a speech verb refers back to (في بيان …، أعلن فيه). */
const STATEMENTS = new Set(['بيان', 'رسالة', 'تغريدة', 'كلمة', 'تصريح', 'مقابلة', 'حوار', 'منشور', 'تدوينة', 'خطاب', 'مقال', 'مقالة']);
/** Whether the folded word is a statement noun, with or without its article (بيان، الرسالة). */
const isStatementNoun = (f: string): boolean => STATEMENTS.has(f.startsWith('ال') ? f.slice(2) : f);
/** Tokens looked back over for the statement noun. */
const STATEMENT_REACH = 20;

/**
 * Who the statement a resumptive pronoun refers back to is from: the sender after من (وصلت إليّ
 * رسالة من إحدى الأمهات؛ تقول فيها) or the body the noun is of (في بيان وزارة الداخلية الأخير،
 * أعلن فيه). Null when the verb has no فيه/فيها after it, no such noun comes shortly before it in
 * its sentence, or the noun names nobody (في كلمة هنأ فيها: the speaker is the sentence's subject).
 */
function statementOwner(ctx: QuoteContext, verb: number): [number, number] | null {
  const resumptive = ctx.f(verb + 1);
  if (resumptive !== 'فيه' && resumptive !== 'فيها') return null;
  for (let k = verb - 1; k >= 0 && verb - k <= STATEMENT_REACH && !ctx.breakBefore[k + 1] && !isSentenceEnd(ctx, k); k--) {
    // (with or without و، ف or ب before it: وفي بيانها، ببيان)
    const w = ctx.f(k);
    const f = isStatementNoun(w) ? w : /^[وفب]/.test(w) && isStatementNoun(w.slice(1)) ? w.slice(1) : null;
    if (!f) continue;
    const from = ctx.f(k + 1) === 'من' ? k + 2 : k + 1;
    // (a genitive has no article: بيان وزارة الداخلية, not البيان الأخير)
    if (from === k + 1 && (f.startsWith('ال') || ctx.f(from).startsWith('ال'))) return null;
    const range = subjectAfter(ctx, from, verb, true);
    // (…and without what describes the statement itself: بيان وزارة الداخلية الأخير)
    while (range && range[1] - range[0] > 1 && STATEMENT_ADJECTIVES.has(ctx.f(range[1] - 1))) range[1]--;
    return range;
  }
  return null;
}

/** Adjectives that describe a statement after the genitive of its owner (folded). */
const STATEMENT_ADJECTIVES = new Set(['الاخير', 'الاخيرة', 'الصادر', 'الصادرة', 'الرسمي', 'الرسمية', 'المشترك', 'الجديد', 'الجديدة']);

/** إنه، أنها، كأنها، لأنهم …: a particle that carries the subject of the verb after it. */
export const PRONOUN_PARTICLE = /^(?:[وف]?(?:ان|كان|لان|بان|لكن))(?:ه|ها|هم|هما|هن|ني|نا)$/;
/** How far back (in characters) a bare وأضافت looks for a speaker whose verb agrees with it. */
const AGREEMENT_REACH = 2500;
/** How far back (in characters) a person named after a source word (على حد قول فلان) may be for a bare وأضاف. */
const SOURCE_REACH = 500;
/** How far back (characters) an unnamed source (دبلوماسي غربي) may be that a later المسؤول refers to. */
const UNNAMED_REACH = 1500;
/** Tokens before a quotation that the speaker sweep looks at. */
const SWEEP_BACK = 200;

/** Definite words that stand for people without describing them (قال البعض): they refer back to no earlier phrase. */
const PRONOMINAL = new Set(['البعض', 'الكل', 'الجميع', 'الاخرون', 'الاخرين', 'الكثيرون', 'الكثير']);

/**
 * The speaker a subject range names; a role followed by a name set off by a comma gives the
 * name (نائب الرئيس لدى نيسان، فرد دياز: «…»), and a role may reach a person named before `limit`.
 * @example speakerIn(ctx, range, limit, persons) for the range of 'نائب الرئيس لدى نيسان، فرد دياز' → { speaker: 'فرد دياز', … }
 */
export function speakerIn(ctx: QuoteContext, range: [number, number], limit: number, persons: PersonIndex): Speaker | null {
  // (…not another role set off by commas: الوزير مفوض تجاري علي الليثي، رئيس جهاز التمثيل التجاري، إلى
  // أن; or after where the role is held: السفير التونسي لدى روسيا علي قوطالي — quotes-role-place)
  const set = isRolePhrase(ctx, range) ? appositiveName(ctx, range, limit) : null;
  const name = set && !isRolePhrase(ctx, set) ? set : isRolePhrase(ctx, range) ? nameAfterPlace(ctx, range, limit) : null;
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
  // يبلغ عدد زبائنه: a measure (quotes-measure).
  if (isMeasure([ctx.f(range[0]), ctx.f(range[0] + 1), ctx.f(range[0] + 2)])) return null;
  if (hasAccusativeTanwin((ctx.tokens[range[0]] as Token).text) && !isAccusativeOpener(ctx.f(range[0] - 1))) return null;
  return s;
}

const stripArticle = (f: string) => (f.startsWith('ال') && f.length > 3 ? f.slice(2) : f);

/** A speaker met earlier in the text, with the words that may refer back to it (its own and its apposition's). */
interface Known { s: Speaker; keys: Set<string>; agrees: SpeechWord['agrees']; inferred?: boolean }

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
      // (على حد قول برونهولتز: a source word agrees with nobody; the person it names still does)
      const inferred = !w.agrees && w.kind === 'source' ? sourceAgreement(s) : undefined;
      this.known.push({ s, keys, agrees: w.agrees ?? inferred, inferred: inferred !== undefined });
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
      // (an agreement guessed from a source's name holds only for the next few sentences)
      if (known.agrees === agrees && (!known.inferred || before - known.s.start <= SOURCE_REACH)) return known.s;
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
    if (words.length > 1) return s;
    const full = fullName(this.ctx.text, s, stripArticle(first));
    return full !== s ? full : this.unnamedBefore(s, stripArticle(first)) ?? s;
  }

  /**
   * المسؤول, المصدر with no مسؤول …, مصدر … written before: the unnamed source the article last
   * quoted under another such noun (وقال دبلوماسي غربي كبير … وقال المسؤول "…").
   */
  private unnamedBefore(s: Speaker, head: string): Speaker | null {
    if (!UNNAMED_SOURCES.has(head) || !foldArabic(s.speaker).startsWith('ال')) return null;
    for (let k = this.known.length - 1; k >= 0 && s.start - (this.known[k] as Known).s.end <= UNNAMED_REACH; k--) {
      const known = (this.known[k] as Known).s;
      if (known.start >= s.start || known.entity) continue;
      if (UNNAMED_SOURCES.has(foldArabic(known.speaker.split(' ')[0] as string))) return { ...known, start: s.start, end: s.end };
    }
    return null;
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
}
