/**
 * The sweep over the text's speech verbs that remembers the speakers their subjects name
 * (quotes-subject-of), so that a later وأضاف or المصادر / السفير finds who was meant.
 */
import { foldArabic } from './normalize';
import { RELATIVE_PRONOUNS } from './name-words';
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { speechAt } from './quotes-speech-at';
import { fullName, UNNAMED_REACH, UNNAMED_SOURCES } from './quotes-full-name';
import type { Speaker } from './quotes-speaker';
import { isRoleWord } from './quotes-roles';
import type { PersonIndex } from './quotes-person-index';
import { PRONOUN_PARTICLE, speakerIn, subjectOf } from './quotes-subject-of';
import { isThat, type SpeechWord } from './quotes-speech';
import { sourceAgreement } from './quotes-source-agreement';
import { isBareStatement, statementIssuer } from './quotes-statement-issuer';
import type { EntityMention } from './types';
import { describedPerson } from './quotes-described-person';
import { roleBearer } from './quotes-role-bearer';
import { fullerBody } from './quotes-body-nisba';
import { personByFirstName } from './quotes-first-name';
import { personBySpelling } from './quotes-name-spelling';

/** How far back (in characters) a bare وأضافت looks for a speaker whose verb agrees with it. */
const AGREEMENT_REACH = 2500;
/** How far back (in characters) a person named after a source word (على حد قول فلان) may be for a bare وأضاف. */
const SOURCE_REACH = 500;
/** Tokens before a quotation that the speaker sweep looks at. */
const SWEEP_BACK = 200;

/** Definite words that stand for people without describing them (قال البعض): they refer back to no earlier phrase. */
const PRONOMINAL = new Set(['البعض', 'الكل', 'الجميع', 'الاخرون', 'الاخرين', 'الكثيرون', 'الكثير']);

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
  /** The agreement of the verb that introduced `last` (m/f), when known. */
  get lastAgrees(): SpeechWord['agrees'] { return this.known.at(-1)?.agrees; }
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
      // الذي يعتبر فرصة جيدة: a weak verb opening a relative clause is mostly the passive; what
      // follows it is a predicate, not a speaker.
      if (!w.strong && RELATIVE_PRONOUNS.has(ctx.f(this.next - 1))) continue;
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
      // Apposition: برتران بزانسنو، السفير الفرنسي في السعودية، … (not after a source: وحسب
      // وكالة الأنباء، يطلق القرار … — the comma ends the phrase, the sentence's own clause follows)
      if (ctx.f(range[1]) === '،' && w.kind !== 'source') for (let k = range[1] + 1; k < Math.min(limit, range[1] + 7) && ctx.tokens[k]?.kind === 'word'; k++) keys.add(stripArticle(ctx.f(k)));
      // (على حد قول برونهولتز: a source word agrees with nobody; the person it names still does)
      this.remember(s, keys, w.agrees, w.kind === 'source');
    }
  }

  /** Keeps `s` as the latest speaker, agreeing as its verb did or, when `mayInfer`, as its name does. */
  private remember(s: Speaker, keys: Set<string>, agrees: SpeechWord['agrees'], mayInfer: boolean): void {
    const inferred = !agrees && mayInfer ? sourceAgreement(s) : undefined;
    this.known.push({ s, keys, agrees: agrees ?? inferred, inferred: inferred !== undefined });
    this.last = s;
  }

  /** Records a speaker found without a speech verb (the subject a participle shares). */
  hear(s: Speaker, agrees: SpeechWord['agrees']): void {
    // (بالنسبة للشاعر ياسين عدنان: «…»، قبل أن يستدرك: a person heard without a verb agrees as
    // their name does, for the next few sentences, so that يستدرك goes on with them)
    this.remember(s, new Set(s.speaker.split(' ').map((w) => stripArticle(foldArabic(w)))), agrees, true);
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
    // (a lone name the recogniser took for a person of its own: سلومنك after نيسان سلومنسكي — quotes-name-spelling)
    if (s.entity) return s.speaker.includes(' ') ? s : personBySpelling(this.persons.mentions, foldArabic(s.speaker), s) ?? s;
    // وقال البيان: the body that issued the statement (quotes-statement-issuer).
    const issuer = isBareStatement(s) ? statementIssuer(this.ctx.text, s, this.known.map((k) => k.s)) : null;
    if (issuer) return this.resolve(issuer);
    // (تقرير الوكالة النمساوية: the وكالة الطاقة النمساوية named before — quotes-body-nisba)
    const body = fullerBody(this.ctx.text, s);
    if (body) return body;
    const words = s.speaker.split(' ');
    const first = foldArabic(words[0] as string);
    // (…or the first word of one person's name: وأضاف "كورتز" after "كورتز كوبر" — quotes-first-name)
    // (…or its last word spelt another way: وقال سلومنك after نيسان سلومنسكي — quotes-name-spelling)
    const named = words.length === 1 ? this.personByName(s, first) ?? personByFirstName(this.persons.mentions, first, s) ?? personBySpelling(this.persons.mentions, first, s) : null;
    if (named) return named;
    // …and a role in any form (وأردف مدير مستشفى سوق واقف للصقور after وقال مدير مستشفى سوق واقف للصقور إقدام مجيد الكرخي).
    if (!isRoleWord(first) && (words.length > 3 || !first.startsWith('ال') || PRONOMINAL.has(first))) return s;
    const keys = words.map((w) => stripArticle(foldArabic(w)));
    for (let k = this.known.length - 1; k >= Math.max(0, this.known.length - 40); k--) {
      const known = this.known[k] as Known;
      // Only a phrase that adds nothing to the earlier one refers back to it.
      if (known.s.start < s.start && known.s.speaker !== s.speaker && keys.every((w) => known.keys.has(w))) return { ...known.s, start: s.start, end: s.end };
    }
    // ويقول الشيف الفرنسي: a description no earlier phrase matches is the person last heard.
    const described = describedPerson(s, this.last, this.lastAgrees);
    if (described) return described;
    // وأضاف رئيس غرفة مكة: the one person the page gives that role (quotes-role-bearer).
    if (words.length > 1) return roleBearer(this.ctx.text, this.persons, s) ?? s;
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
