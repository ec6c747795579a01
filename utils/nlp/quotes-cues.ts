/**
 * The context of one pair of marks that decides whether it is a quotation (quotes-score weighs
 * it): speech cues (a speech verb in the sentence, a colon, إن/أن, an attribution after it, a
 * list of quotations; a label, a call, "in his words": quotes-label, quotes-demand,
 * quotes-wording) and name cues (صحيفة «…»، لـ«عكاظ»، a subject slot, repetition, a proverb:
 * quotes-saying).
 */
import type { QuoteContext } from './quotes-context';
import { isNameConnector } from './name-words';
import { isDemanded } from './quotes-demand';
import { endsUnnamedAside } from './quotes-aside';
import { isConsideredLabel } from './quotes-considered';
import { isSpeakersLabel } from './quotes-label';
import { chainedPair, listChain } from './quotes-paragraph';
import { isSaying } from './quotes-saying';
import { isThat } from './quotes-speech';
import { isModelNoun, isNameNoun, isTitleIntro } from './quotes-name-nouns';
import { isPointedNoun } from './quotes-pointed-noun';
import { headsPhraseBefore } from './quotes-name-head';
import { speechAfter } from './quotes-after-cue';
import { MARKED_NAMES, foldedQuote, innerShape, isClauseLike, isListLike, isWordLike } from './quotes-shape';
import { isTheirWording } from './quotes-wording';
import { isOwnWork, isOwnWorkWithAdjective } from './quotes-own-work';
import { isCommonWording, isPastReportedSubject } from './quotes-fragment';
import { isBodyOrProductName } from './quotes-foreign-name';
import { nameCuesOf, type NameCues } from './quotes-name-cues';
import { isVerbWithThat } from './quotes-opinion';
import { isWroteIn } from './quotes-wrote-in';
import { isBiObject } from './quotes-bi-object';
import type { Token } from './tokenize';
import { isViewSource } from './quotes-view-source';
import { isReportedWording } from './quotes-reported-far';
import { isToldDirectly } from './quotes-told';
import { LEFT_REACH, speechBefore, type SpeechAt } from './quotes-speech-before';
import { isSurveyShare } from './quotes-survey';
import { endsSpeakerPhrase } from './quotes-speaker-noun';
import { hasStanceVerbBefore } from './quotes-stance-verb';
import { hasLeadInBefore } from './quotes-lead-in';
import { isShouted } from './quotes-shout';

/** What surrounds one pair of marks (token indices in the QuoteContext). */
export interface Cues extends NameCues {
  open: number;
  close: number;
  words: number;
  punct: boolean;
  colon: boolean;
  that: boolean;
  nameNoun: boolean;
  attachedClitic: boolean;
  /** Nearest speech word before the opener in the same sentence, and the nearest verb or source. */
  speech: SpeechAt | null;
  verb: SpeechAt | null;
  /** A verb or source right after the closing mark (…»، قال الوزير). */
  after: SpeechAt | null;
  /** The pair sits where a verb's subject goes (وقال "كيري" إنه …). */
  subjectSlot: boolean;
  /** بـ right after a speech verb (طالب بـ«…»). */
  cliticTakesWords: boolean;
  /** How many other pairs of the text hold the same short words (names repeat, quotations rarely). */
  repeats: number;
  /** The pair ends its sentence. */
  endsSentence: boolean;
  /** The quoted words open like a clause (إن، لقد، نحن …) or call someone (يا). */
  clauseLike: boolean;
  /** A name pages often set off in marks («داعش»، «الشرق الأوسط»). */
  knownName: boolean;
  /** One or two words shaped like words said, not like a name (سيتواصل، انتحارية). */
  wordLike: boolean;
  /** A name noun a few words before the pair, heading its phrase. */
  nameHead: boolean;
  /** Right after إلى/على in a speech clause (دعا إلى «…»). */
  complement: boolean;
  /** A list of short definite items between commas («العقيدة، العبادات، الأسرة»): parts named, not words said. */
  listLike: boolean;
  /** Right after a word that introduces a title (بعنوان، تحت عنوان، شعار): a title, whatever it reads like. */
  titled: boolean;
  /**
   * The closing token of the pair just before, when only a connector separates them («…» أو «…»),
   * or of the quotation that ends the paragraph before a pair standing as a paragraph of its own.
   */
  chainedTo: number;
  /** The closing token of the pair before it in the same list («…»، «…» أو «…»), or -1 (chainedTo without the paragraph chain). */
  listedTo: number;
  /** A label a describing or naming verb gives (وصفه بـ«…»، ما سماه «…»: quotes-label). */
  label: boolean;
  /** «…» بحسب تعبيره: the text calls the words the speaker's own (quotes-wording). */
  wording: boolean;
  /** «…»، كما يقول الخبير: the verb after the words says whose they are (quotes-as-said). */
  asSaid: boolean;
  /** What a call or demand asks for (دعا إلى «…»: quotes-demand). */
  demanded: boolean;
  /** A proverb or maxim (ويقول المثل: «…»: quotes-saying). */
  saying: boolean;
  /** A few common words inside the clause a speech verb reports, past its subject, or after the verb's بـ (أكد أن موكله «بحال جيدة»: quotes-fragment). */
  fragment: boolean;
  /** Words that name a company, product or body (مع «سي.إف إندستريز»: quotes-foreign-name). */
  bodyName: boolean;
  /** The speech word is وفق/بحسب and the pair is neither reported after it nor after a colon (quotes-view-source). */
  viewSource: boolean;
  /** The speech verb's subject is a share of respondents (ويصف 47 في المائة … بأنها «جدا»: quotes-survey). */
  surveyed: boolean;
  /** An أن/إن or a colon stands between the speech word and the pair, whose words read as the speaker's, not a name (quotes-reported-far). */
  reportedWording: boolean;
  /** Five words or more after a verb of praise, protest, promise or belief and no strong speech word (أشاد بـ«…»: quotes-stance-verb). */
  stance: boolean;
  /** Seven words or more after a word of request, advice, criticism, accusation, greeting or announcement, or the بـ of a speech noun (طلب من «…»، اتهامه بـ«…»، تصريحه بـ«…»: quotes-lead-in). */
  leadIn: boolean;
  /** Right after a word of shouting or chanting (وهتف «الله أكبر»: quotes-shout): what was shouted, however short. */
  shouted: boolean;
}

/**
 * The cues around the pair whose marks are tokens `open` and `close` (quoted words at `span`).
 * @example cuesOf(ctx, …) for 'وقال الوزير: «نعم»' → { colon: true, speech: { at: 1, … }, words: 1, … }
 */
export function cuesOf(ctx: QuoteContext, open: number, close: number, closed: boolean, span: [number, number]): Cues {
  const { tokens, text } = ctx;
  const { words, punct } = innerShape(text, span[0], span[1]);
  const clauseLike = isClauseLike(text, span[0], span[1]);
  const wordLike = isWordLike(text, span[0], span[1], words);
  const inner = foldedQuote(text, span[0], span[1]);
  // داعش، الشرق الأوسط; أبو الفداء السوداني (a kunya); إف بي آي (letters spelt out).
  const knownName = words <= 3 && (MARKED_NAMES.has(inner) || isNameConnector(inner.split(' ')[0] ?? '') || /^(?:\S{1,2}\s+){1,3}\S{1,3}$/.test(inner));
  const prev = open - 1;
  // A paragraph ending in a colon introduces the quotation that opens the next one.
  const inParagraph = prev >= 0 && (!ctx.breakBefore[open] || ctx.f(prev) === ':');
  const colon = inParagraph && (ctx.f(prev) === ':' || (ctx.f(prev) === '-' && ctx.f(prev - 1) === ':'));
  const that = inParagraph && isThat(ctx.f(prev));
  // A name noun right before the mark, or before a colon there (برنامج: «…»).
  const nounAt = colon && ctx.f(prev) === ':' ? prev - 1 : prev;
  // (not the اسمه of a source that asks not to be named: طلب عدم نشر اسمه: «…», quotes-aside)
  // (nor a noun a demonstrative points at: إن هذا البرنامج «…», quotes-pointed-noun)
  // (nor one ending a speech verb's subject before a colon: ويكمل راغب علامة: «…», quotes-speaker-noun)
  const nameNoun = inParagraph && nounAt >= 0 && (tokens[nounAt] as Token).kind === 'word' && (isNameNoun(ctx.f(nounAt)) || (!colon && (isOwnWork(ctx.f(nounAt)) || isOwnWorkWithAdjective(ctx.f(nounAt - 1), ctx.f(nounAt)) || isModelNoun(ctx.f(nounAt))))) && !endsUnnamedAside(ctx, nounAt) && !isPointedNoun(ctx, nounAt)
    && !(colon && endsSpeakerPhrase(ctx, nounAt));
  const titled = nameNoun && isTitleIntro(ctx.f(nounAt));
  // …or a few words before, heading the phrase the pair ends (شركة التطوير العقاري «…»).
  const nameHead = !nameNoun && inParagraph && headsPhraseBefore(ctx, colon ? nounAt : prev);
  const before = (tokens[open] as Token).start > 0 ? text.charCodeAt((tokens[open] as Token).start - 1) : 0;
  // لـ«الصباح»، بـ«الإرهابية», also with a space after the clitic (وطبقا لـ «الفرنسية»).
  const cliticB = before === 0x0628 || (inParagraph && ctx.f(prev) === 'ب') || (before === 0x0640 && text.charCodeAt((tokens[open] as Token).start - 2) === 0x0628);
  // (not فـ«…» or وـ«…»: a conjunction drawn out with a tatweel takes a clause, not a name)
  const tatweelOn = before === 0x0640 ? text.charCodeAt((tokens[open] as Token).start - 2) : 0;
  const drawnClitic = before === 0x0640 && tatweelOn !== 0x0641 && tatweelOn !== 0x0648;
  const attachedClitic = cliticB || before === 0x0644 || drawnClitic || (inParagraph && ctx.f(prev) === 'ل');
  let { speech, verb } = speechBefore(ctx, prev, inParagraph);
  // A word set off as the speaker's stands in what the verb reports, after its أن/إن or colon (أكد
  // أن الخلاف «انقساما»); before that it is part of the sentence's own words (أكد بلاتر بعد
  // اجتماع الاتحاد الدولي لكرة القدم «فيفا»، أنه …).
  let reported = false;
  for (let j = open - 1; speech && j > speech.at && !reported; j--) reported = isThat(ctx.f(j)) || ctx.f(j) === ':';
  // ويرى أن …، ترى الشركة أن …: a weak verb with its that-clause states a view (quotes-opinion).
  // (and كتب في صفحته …: the bare كتب with the place written in, quotes-wrote-in; فقلت له «…»: quotes-told)
  if (speech && !speech.word.strong && speech.word.kind === 'verb' && ((reported && isVerbWithThat(ctx, speech.at, open)) || isWroteIn(ctx, speech.at) || isToldDirectly(ctx, speech.at, open))) speech = { at: speech.at, word: { ...speech.word, strong: true } };
  // «…»، قال الوزير; «…»، كما يقول الخبير: the speech word after the words (quotes-after-cue).
  const { after, asSaid } = closed ? speechAfter(ctx, close, words) : { after: null, asSaid: false };
  const next = close + 1 < tokens.length && !ctx.breakBefore[close + 1] ? ctx.f(close + 1) : '.';
  // The pair ends the sentence (…التعزيزات «سيتواصل».): what the reported speech said, not a name in it.
  const endsSentence = closed && (next === '.' || next === '!' || next === '؟' || next === '?' || /[.!؟?]$/.test(text.slice(span[0], span[1])));
  // طالب بـ«…»، وصفه بـ«…»: ب right after a speech verb takes the speaker's words.
  // (or farther, when the verb is one that takes its object with بـ: تعهد القائد أمس «باحترام النتائج», quotes-bi-object)
  const biObject = words <= 8 && isBiObject(ctx, open, cliticB);
  const cliticTakesWords = cliticB && speech !== null && ((speech.word.kind === 'verb' && open - speech.at <= 4) || biObject);
  // قال إن الوضع «صعب ومعقد»، ندد بـ«هجوم إرهابي»: common words the reported clause or the verb's بـ takes (quotes-fragment).
  const fragment = speech !== null && speech.word.strong && speech.word.kind !== 'noun' && !knownName && !nameNoun
    && ((reported && isPastReportedSubject(ctx, speech.at, open)) || cliticTakesWords) && isCommonWording(text, span[0], span[1]);
  const shouted = inParagraph && isShouted(ctx, open, close);
  // (not after a shout: وهتف «الله أكبر», quotes-shout)
  const subjectSlot = !colon && words <= 4 && !endsSentence && speech !== null && speech.at === prev && speech.word.kind === 'verb' && !shouted;
  // دعا إلى «…»، شدد على «…»: the quotation is what the speech verb asks for.
  const complement = speech !== null && (ctx.f(prev) === 'الي' || ctx.f(prev) === 'علي');
  // «…»، «…» أو «…», or a paragraph of its own after one that ends with a quotation (quotes-paragraph).
  const listedTo = listChain(ctx, prev, inParagraph);
  const chainedTo = chainedPair(ctx, open, close, listedTo, closed);
  // A title, a named event or place, a term (quotes-name-cues); a term is nobody's label.
  const names = nameCuesOf(ctx, open, text, span, words, colon);
  // Indefinite common words past the reported subject are its predicate, not a name that a name noun
  // heads: an indefinite word cannot qualify the definite phrase before it (أن عدد ضحايا القوات هو «سبعة»).
  const headed = nameHead && !fragment;
  const byAccount = speech !== null && isViewSource(ctx, speech.at); // a lone word after وحسب/وفق is as often the writer's own
  return { open, close, words, punct, colon, that, nameNoun, attachedClitic, speech, verb, after, subjectSlot, complement, chainedTo, listedTo, nameHead: headed, clauseLike, wordLike: wordLike && (reported || cliticB) && !byAccount, listLike: isListLike(text, span[0], span[1]), titled, knownName, endsSentence, cliticTakesWords, repeats: 0,
    label: words <= 8 && !names.termed && (isSpeakersLabel(ctx, open) || isConsideredLabel(ctx, open)), saying: isSaying(ctx, open), demanded: (words <= 12 && isDemanded(ctx, open)) || biObject, wording: closed && isTheirWording(ctx, close), asSaid, fragment,
    bodyName: !colon && words <= 4 && isBodyOrProductName(text, span[0], span[1]),
    viewSource: byAccount && !reported && !colon,
    surveyed: speech !== null && words <= 3 && isSurveyShare(ctx, speech.at, open),
    reportedWording: reported && speech !== null && open - speech.at <= LEFT_REACH && isReportedWording(text, span[0], span[1]),
    stance: words >= 5 && !speech?.word.strong && hasStanceVerbBefore(ctx, open),
    // (or the بـ of a speech noun a few words back: جاء تصريح عضو البرلمان بـ«…»)
    leadIn: words >= 7 && (hasLeadInBefore(ctx, open) || (cliticB && speech?.word.kind === 'noun' && open - speech.at <= 8)),
    shouted, ...names };
}
