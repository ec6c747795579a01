/**
 * The quotation score of a pair of marks from its cues: speech cues (a speech verb, a colon,
 * إن/أن, an attribution after it, a list of quotations) push it up; name cues (صحيفة «…»،
 * لـ«عكاظ»، a subject slot, repetition) and shortness push it down.
 */
import type { Cues } from './quotes-cues';

/** Score a pair needs to be a quotation. */
export const THRESHOLD = 3;

/** How far (in tokens) a speech word may be from a one- or two-word pair it makes the speaker's word. */
const WORD_REACH = 18;

/** The quotation score of a pair: speech cues push it up, name cues and shortness down. */
export function scoreOf(c: Cues, closed: boolean, chained: boolean): number {
  let s = 0;
  if (c.colon && !c.nameNoun) s += 3;
  if (c.that) s += 2;
  if (c.complement) s += 1;
  if (c.speech) {
    // (or farther, words in the speaker's wording inside the clause it reports: ذكر الموقع أن
    // البطارية … فوق الأقطاب «لتحسين الكثافة», quotes-reported-far)
    const near = c.open - c.speech.at <= 20 || c.colon || c.that || c.words >= 8 || c.reportedWording;
    // (وفق خريطة المجال «…»: "according to" with nothing reported after it counts as weak, quotes-view-source)
    s += c.speech.word.strong && near && !c.viewSource ? 3 : 1;
  }
  if (c.after) s += 3;
  // وعد بتحقيق «أماني أهل السودان …»: the words of a praise, protest, promise or belief (quotes-stance-verb).
  if (c.stance) s += 3;
  // وطلب من الوزير «اتخاذ موقف حازم …»: the words of a request, advice, criticism or accusation (quotes-lead-in).
  if (c.leadIn && !c.speech?.word.strong) s += 3;
  // وهتف «الله أكبر»: what was shouted or chanted, however short (quotes-shout).
  if (c.shouted) s += 4;
  // «كالنار في الهشيم»، كما يقول جديدي: the words are named as his, even a short phrase (quotes-as-said).
  if (c.asSaid) s += 2;
  if (chained) s += 3;
  if (c.nameNoun) s -= c.titled ? 8 : 4;
  // A title runs a few words; a long pair after a name noun that a speech verb leads is its subject's words.
  else if (c.nameHead && (!c.colon || !c.speech) && (c.words <= 8 || (!c.speech && !c.stance && !c.leadIn))) s -= 3;
  // (اتهامه بـ«…»، وجّه التحية لـ«…»: the بـ/لـ of a lead word takes its long object, quotes-lead-in)
  if (c.attachedClitic && !c.cliticTakesWords && !c.label && !c.leadIn) s -= 3;
  // وصفه بـ«الحازم»، ما سماه «النصر الكبير»: the speaker's own label (quotes-label).
  if (c.label) s += 6;
  // «…» بحسب تعبيره: the text says they are the speaker's words (quotes-wording).
  if (c.wording) s += 6;
  // دعت طهران إلى «اقتناص هذه الفرصة»: what a call asks for is the caller's words (quotes-demand).
  if (c.demanded) s += 4;
  // ويقول المثل: «…»: a saying is nobody's words (quotes-saying).
  if (c.saying) s -= 6;
  if (c.repeats > 0) s -= 2;
  if (c.knownName) s -= 4;
  if (c.listLike) s -= 3;
  // A short pair right after a speech verb is its subject (وقال «كيري» إنه …), unless it opens a clause or calls someone (صاح «يا ساتر»).
  const slot = c.subjectSlot && !c.clauseLike;
  if (slot) s -= 3;
  // Names and terms are short; quotations run on.
  s += c.words === 1 ? -3 : c.words === 2 ? -2 : c.words <= 4 ? -1 : c.words <= 7 ? 0 : c.words <= 11 ? 1 : 2;
  if (c.punct) s += 1;
  if (c.clauseLike) s += 1;
  if (c.endsSentence && c.speech) s += 2;
  // A speaker's word quoted inside reported speech: قال إن التعزيزات «ستتواصل».
  // (not a concept's name a noun or preposition takes, حكم حول «عدم التدخل التجاري»: quotes-term-phrase)
  const plain = !c.nameNoun && !c.nameHead && !slot && (!c.attachedClitic || c.cliticTakesWords || c.label) && c.repeats === 0 && !c.termPhrase;
  // (only near the speech word: a word set off far from it, past other clauses, is as often the
  // writer's term or emphasis: مشيرة إلى أن الهاتف … فيما يتعلق بالتقاط الصور الذاتية «سيلفي»)
  if (c.wordLike && plain && c.speech?.word.strong && (c.open - c.speech.at <= WORD_REACH || c.colon)) s += 3;
  // Words set off inside what a speech verb reports are the speaker's (قال إن الاعتقال كان «سبب
  // حرج كبير له»), unless a lone word: then it is as often a name (قالت إن «إيباك» …).
  else if (plain && c.speech?.word.strong && c.words > 1 && !c.knownName) s += 1;
  // قال إن الوضع «صعب ومعقد»: common words past the subject of the clause a speech verb reports (quotes-fragment).
  if (c.fragment && c.repeats === 0) s += 4;
  // مع «سي.إف إندستريز»، للطائرة «ميراج 2000»: a body's or product's name (quotes-foreign-name).
  if (c.bodyName && !c.after && !c.label) s -= 4;
  // كتاب العالم كارل ساجان «…»، عنوانه: «…»: a work's title, even one that reads like a sentence (quotes-work-title).
  if (c.workTitle && !c.after && !c.label && !c.wording) s -= 6;
  // الزميل في «مبادرة الحد من التسلح»: an event, programme or place named (quotes-named-thing).
  if (c.namedThing && !c.after && !c.label && !c.wording) s -= 5;
  // ما كان يسمى في عهد بوش «…»، ما يمكن وصفه بـ«…»: a term no one in particular used (quotes-termed).
  if (c.termed && !c.after && !c.wording) s -= 6;
  // ويصف 47 في المائة شبكاتهم بأنها آمنة «جدا»: a survey's answer, not words said (quotes-survey).
  if (c.surveyed && !c.after && !c.colon) s -= 8;
  if (!closed) s -= 1;
  return s;
}
