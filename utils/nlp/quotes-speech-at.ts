/**
 * Speech words in their context: the speech reading of a token (not يُذكر أن, not after بن/أبو or
 * a preposition; على حد تعبير as a source), جاء في / ورد في as a text's voice, and the sources set
 * off as asides (- حسب الوكالة -، كما نقلت). Read by quotes-cues.ts and the speaker modules.
 */
import type { QuoteContext } from './quotes-context';
import { explainedAt } from './quotes-explained';
import { isNameConnector } from './name-words';
import { isThat, speechWord, type SpeechWord } from './quotes-speech';
import { isListNoun } from './quotes-list-noun';

/**
 * The readings found so far, per context and token (null: none). The cues, the speaker tracker
 * and the subject walks ask for the same tokens again and again; a context's readings go with it.
 */
const readings = new WeakMap<QuoteContext, Array<SpeechWord | null | undefined>>();

/**
 * The speech reading of token i, if any (not the formula يُذكر أن "it is worth noting").
 * @example speechAt(ctx, i) for the token 'وأضافت' → { kind: 'verb', strong: true }
 */
export function speechAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  if (ctx.tokens[i]?.kind !== 'word') return undefined;
  let known = readings.get(ctx);
  if (!known) readings.set(ctx, (known = new Array<SpeechWord | null | undefined>(ctx.tokens.length).fill(undefined)));
  let word = known[i];
  if (word === undefined) word = known[i] = readingAt(ctx, i) ?? null;
  return word ?? undefined;
}

/** speechAt, unremembered. */
function readingAt(ctx: QuoteContext, i: number): SpeechWord | undefined {
  const f = ctx.f(i);
  // يُذكر أن "it is worth noting that" is no speech act (nor يُذكر هنا أن).
  if ((f === 'يذكر' || f === 'ويذكر') && (isThat(ctx.f(i + 1)) || (ctx.f(i + 1) === 'هنا' && isThat(ctx.f(i + 2))))) return undefined;
  // علي بن أبي طالب، أبو شاكر: after بن/أبو the word is part of a name.
  if (i > 0 && isNameConnector(ctx.f(i - 1))) return undefined;
  // على حد تعبير الاستراتيجي فلان: «…»: "in the words of" names the speaker after it, as بحسب does.
  if (IN_WORDS_OF.has(f) && ctx.f(i - 1) === 'حد' && ON.test(ctx.f(i - 2))) return { kind: 'source', strong: true };
  // بتعبير ديسر، «…»: "in the words of" as a source too; خلص إلى القول «…» "concluded by saying".
  if (f === 'بتعبير' || f === 'وبتعبير') return { kind: 'source', strong: true };
  if (f === 'القول' && TO.test(ctx.f(i - 1))) return { kind: 'noun', strong: true };
  const word = speechWord(f) ?? explainedAt(ctx, i);
  // في وصف تبسيطي، من نقل الخبر، وبعد نشره: after a preposition a verb's form is a noun.
  // (but a present-tense verb after من that takes إن/أن has the relative "who" before it: فمنهم
  // من يعتبر أن «…»، ومن يقول إن «…»; no preposition takes a verb with its that-clause)
  // (the word before is read for a verb's form only: most tokens are none)
  if (word?.kind === 'verb') {
    const before = i > 0 ? ctx.f(i - 1).replace(/^[وف](?=\S\S)/, '') : '';
    if (PREPOSITIONS.has(before) && !(before === 'من' && f.startsWith('ي') && isThat(ctx.f(i + 1)))) return undefined;
  }
  // دواوين الشعر، والقصص، وكتب الأطفال: a list of nouns, not "the children wrote" (quotes-list-noun).
  if (word && isListNoun(ctx, i)) return undefined;
  return word;
}

/** Nouns of على حد … that a speaker's name follows (folded). */
const IN_WORDS_OF = new Set(['تعبير', 'قول', 'وصف']);
const ON = /^[وف]?علي$/;
const TO = /^[وف]?الي$/;

/** Prepositions standing alone (with و/ف or not), and عدم "not", after which no verb can follow: a verb's form there is a noun. */
const PREPOSITIONS = new Set(['في', 'من', 'عن', 'الي', 'مع', 'لدي', 'عند', 'خلال', 'بعد', 'قبل', 'دون', 'بدون', 'عدم']);

/** جاء في / ورد في / جاء على introduce a text as the speaker (وجاء في بيان الخارجية: «…»، وجاء على صفحة الفيفا «…»). */
export function isCameIn(ctx: QuoteContext, i: number): boolean {
  const f = (ctx.f(i)).replace(/^[وف]/, '');
  const next = ctx.f(i + 1);
  return (f === 'جاء' || f === 'ورد') && (next === 'في' || next === 'علي');
}

const DASHES = new Set(['-', '–', '—']);

/** The source word that a verb at `j` reports for (بحسب ما أورد الموقع، حسبما ذكرت الوكالة), else `j`. */
export function carrierSource(ctx: QuoteContext, j: number): number {
  if (j < 2 || ctx.breakBefore[j] || speechAt(ctx, j)?.kind !== 'verb') return j;
  if (speechWord(ctx.f(j - 1))?.kind === 'source') return j - 1;
  return (ctx.f(j - 1) === 'ما' || ctx.f(j - 1) === 'لما') && !ctx.breakBefore[j - 1] && speechWord(ctx.f(j - 2))?.kind === 'source' ? j - 2 : j;
}

/** True when the source word at `j` opens an aside that closes before `end`: - حسب الوكالة -, (وفق …), ، بحسب …،, كما نقلت. */
export function isAside(ctx: QuoteContext, j: number, end: number): boolean {
  const opener = ctx.tokens[j - 1]?.text ?? '';
  // وقالت كما نقلت عنها الوكالة «…»: as a source reports it.
  if (opener === '(' || DASHES.has(opener) || opener === 'كما' || opener === 'مثلما') return true;
  if (opener !== '،') return false;
  for (let k = j + 1; k < end; k++) if (ctx.f(k) === '،' || DASHES.has(ctx.tokens[k]?.text ?? '')) return true;
  return false;
}
