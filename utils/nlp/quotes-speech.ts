/**
 * The words that introduce or attribute speech in Arabic news, and the nouns that turn what
 * follows them into a name (صحيفة «…»، فيلم «…»). Every lookup takes a FOLDED word (foldArabic:
 * no tashkeel, أ إ آ → ا, ى → ي), with or without the conjunctions و/ف.
 */

/** How a speech word relates to the quotation. */
export type SpeechKind =
  /** A finite verb whose subject is the speaker: قال، أكدت، يقولون. */
  | 'verb'
  /** A circumstantial participle that reuses the clause's subject: قائلًا، مضيفًا. */
  | 'participle'
  /** A source preposition followed by the speaker: بحسب، وفق، نقلًا عن. */
  | 'source'
  /** A speech noun (تصريح، بيان، بقوله): speech is introduced, the speaker is elsewhere. */
  | 'noun';

/** A speech word: its kind, whether it is reliable on its own, and the subject its form agrees with. */
export interface SpeechWord {
  kind: SpeechKind;
  strong: boolean;
  /** Masculine singular (قال، مضيفًا), feminine singular (قالت، تقول، مضيفةً) or plural and dual (قالوا، يقولون). */
  agrees?: 'm' | 'f' | 'p';
}

// past 3ms, present 3ms, participle stem (without the accusative alif); '' when not used.
// A weak entry has a frequent non-speech reading (زاد "increased"); 'past' when only the past
// form is ambiguous (كتب "books", ذكر "male", while يكتب, يذكر are verbs).
const VERBS: Array<[string, string, string, (boolean | 'past')?]> = [
  ['قال', 'يقول', 'قائل'], ['اكد', 'يؤكد', 'مؤكد'], ['اوضح', 'يوضح', 'موضح'], ['اضاف', 'يضيف', 'مضيف'],
  ['صرح', 'يصرح', 'مصرح'], ['اعلن', 'يعلن', 'معلن'], ['شدد', 'يشدد', 'مشدد'], ['تابع', 'يتابع', 'متابع'],
  ['اعتبر', '', 'معتبر'], ['', 'يعتبر', '', false], ['كتب', 'يكتب', '', 'past'], ['ذكر', 'يذكر', 'ذاكر', 'past'],
  ['اشار', 'يشير', 'مشير'], ['نوه', 'ينوه', 'منوه'], ['لفت', 'يلفت', 'لافت'], ['هتف', 'يهتف', 'هاتف'],
  ['افاد', 'يفيد', 'مفيد'], ['اردف', 'يردف', 'مردف'], ['استطرد', 'يستطرد', 'مستطرد'],
  ['تساءل', 'يتساءل', 'متسائل'], ['ختم', 'يختم', 'مختتم'], ['اختتم', 'يختتم', ''], ['', 'يبين', 'مبين', false],
  ['كشف', 'يكشف', 'كاشف'], ['عبر', 'يعبر', 'معبر', 'past'], ['حذر', 'يحذر', 'محذر'], ['وصف', 'يصف', 'واصف'], ['اعترف', 'يعترف', 'معترف'],
  ['اجاب', 'يجيب', 'مجيب'], ['علق', 'يعلق', 'معلق'], ['غرد', 'يغرد', 'مغرد'], ['استدرك', 'يستدرك', 'مستدرك'],
  ['اقر', 'يقر', '', false], ['تعهد', 'يتعهد', 'متعهد'], ['توقع', 'يتوقع', 'متوقع'], ['رجح', 'يرجح', 'مرجح'],
  ['طالب', 'يطالب', 'مطالب'], ['ناشد', 'يناشد', 'مناشد'], ['زاد', 'يزيد', '', false],
  ['اكمل', 'يكمل', 'مكمل', false], ['واصل', 'يواصل', 'مواصل', false], ['خاطب', 'يخاطب', 'مخاطب'],
  ['صاح', 'يصيح', 'صائح'], ['ردد', 'يردد', 'مردد'], ['اعرب', 'يعرب', 'معرب'], ['افصح', 'يفصح', ''],
  ['ابلغ', 'يبلغ', '', false], ['اخبر', 'يخبر', '', false], ['نشر', 'ينشر', '', 'past'], ['اورد', 'يورد', '', false],
  ['روي', 'يروي', '', 'past'], ['سال', 'يسال', '', 'past'], ['حكي', 'يحكي', '', 'past'],
  ['نفي', 'ينفي', 'نافي', false], ['دعا', 'يدعو', 'داعي'], ['حض', 'يحض', 'حاض'], ['حث', 'يحث', 'حاث'], ['تحدث', 'يتحدث', '', false],
  ['راي', 'يري', '', false], ['لاحظ', 'يلاحظ', 'ملاحظ', false], ['اوصي', 'يوصي', 'موصي', false],
  ['افتتح', 'يفتتح', 'مفتتح', false], ['ندد', 'يندد', 'مندد'], ['استنكر', 'يستنكر', 'مستنكر', false],
  ['ادان', '', '', false], ['تمتم', 'يتمتم', 'متمتم'], ['المح', 'يلمح', ''],
  // أبان "made clear" (وأبان معاليه أن); bare ابان is as often إبّان "during".
  ['ابان', '', '', 'past'],
  // ردّ "replied", زعم "claimed", نبّه "warned", اقترح "proposed", منتقدًا "criticising" (bare رد and
  // زعم are as often the nouns "reply", "claim"; يرد as often "appears", ترد "arrives"). The finite
  // انتقد، شرح، نصح take the one criticised or advised as their object, which would pass for the speaker.
  ['رد', '', 'راد', 'past'], ['', 'يرد', '', false], ['زعم', 'يزعم', 'زاعم', 'past'], ['نبه', 'ينبه', 'منبه'],
  ['اقترح', 'يقترح', 'مقترح'], ['', '', 'منتقد'],
  // اتهم "accused" reports a claim (اتهمها بأنها «ليبرالية متطرفة»); only the past: يُتّهم is as often
  // the passive "is accused", whose subject is the accused, not the speaker.
  ['اتهم', '', ''],
  // فسّر الخطوة بأنها جاءت «…»، هدّدوا بـ«…»، افتخرت بأنها «…»: past forms that report what was said
  // (the present يفسر، يهدد are as often "accounts for", "endangers").
  ['فسر', '', ''], ['هدد', '', ''], ['افتخر', 'يفتخر', 'مفتخر'],
  // اشتكى "complained", a report of what was said (اشتكى منسوبو الإدارة من تأخر رواتبهم … وقالوا: «…»),
  // weak: as often "suffered from" an illness.
  ['اشتكي', 'يشتكي', 'مشتكي', false],
];

// Irregular past forms of hollow and defective verbs (رأت، دعوا …), folded.
const IRREGULAR = ['رات', 'راوا', 'دعت', 'دعوا', 'نفت', 'نفوا', 'روت', 'رووا', 'حكت', 'سالت', 'اوصت', 'اوصوا', 'قلت', 'قلنا'];

/** "According to" words of a view (folded): where a view comes from (quotes-view-source, and SOURCES here). */
export const VIEW_SOURCES = ['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'بحسبما', 'حسبما', 'وفقما'];
const SOURCES = [...VIEW_SOURCES, 'نقلا', 'نقل', 'نقلت', 'نقلوا', 'ينقل'];
const STRONG_NOUNS = ['بقوله', 'بقولها', 'بقولهم', 'قوله', 'قولها', 'بالقول', 'تصريح', 'تصريحات', 'تصريحه', 'تصريحها',
  'تصريحاته', 'تصريحاتها', 'بيان', 'بيانا', 'بيانه', 'بيانها', 'كلمة', 'كلمته', 'كلمتها', 'تغريدة', 'تغريدته',
  'تغريدتها', 'حديثه', 'حديثها', 'خطابه', 'خطابها', 'رسالة', 'رسالته', 'رسالتها', 'نصه', 'نصها', 'تعبيره',
  'تعبيرها', 'مقابلة', 'حوار', 'منشور', 'تدوينة', 'هتافات', 'شعارات', 'تصريحا', 'جوابه', 'جوابها', 'رده', 'ردها', 'اجابته', 'اجابتها'];

const LEXICON = new Map<string, SpeechWord>();

function add(word: string, entry: SpeechWord): void {
  if (word && !LEXICON.has(word)) LEXICON.set(word, entry);
}

/** Bare past forms whose other reading is a noun (كتب "books"); their inflected forms are verbs. */
const PAST_AMBIGUOUS = new Set(VERBS.filter((v) => v[3] === 'past').map((v) => v[0]));

type Agreement = NonNullable<SpeechWord['agrees']>;
const PAST_SUFFIXES: Array<[string, Agreement]> = [['', 'm'], ['ت', 'f'], ['وا', 'p'], ['ا', 'p'], ['تا', 'p']];
const PARTICIPLE_SUFFIXES: Array<[string, Agreement]> = [['ا', 'm'], ['ة', 'f'], ['ين', 'p'], ['ان', 'p'], ['تين', 'p']];

// Object pronouns on the verb: قاله، سأله، أبلغهم; only for verbs whose object is what is said
// or who is told (أضافه، لفتتني، تابعه are not speech).
const OBJECTS = ['', 'ه', 'ها', 'هم', 'هما', 'ني', 'نا', 'كم'];
// (not كتب: كتبه is far more often "his books")
const TAKES_OBJECT = new Set(['قال', 'سال', 'ابلغ', 'اخبر', 'ذكر', 'ناشد', 'طالب', 'خاطب', 'حذر', 'دعا', 'وصف', 'نشر',
  'اكد', 'نفي', 'اعلن', 'روي', 'حكي', 'ردد', 'اتهم', 'اعتبر', 'نبه']);
for (const [past, present, participle, reliability = true] of VERBS) {
  const objects = TAKES_OBJECT.has(past) ? OBJECTS : [''];
  if (past) for (const [suffix, agrees] of PAST_SUFFIXES) for (const o of objects) {
    const strong = reliability === true || (reliability === 'past' && (suffix !== '' || o !== ''));
    add(suffix === 'وا' && o ? `${past}و${o}` : past + suffix + o, { kind: 'verb', strong, agrees });
  }
  if (present) {
    const stem = present.slice(1);
    const forms: Array<[string, Agreement]> = [[present, 'm'], [`ت${stem}`, 'f'], [`${present}ون`, 'p'], [`ت${stem}ون`, 'p'],
      [`${present}ان`, 'p'], [`ت${stem}ان`, 'p'], [`ن${stem}`, 'p']];
    for (const [form, agrees] of forms) for (const o of objects) add(form + o, { kind: 'verb', strong: reliability !== false, agrees });
  }
  if (participle) {
    for (const [suffix, agrees] of PARTICIPLE_SUFFIXES) add(participle + suffix, { kind: 'participle', strong: reliability !== false, agrees });
  }
}
for (const w of IRREGULAR) add(w, { kind: 'verb', strong: false, agrees: w.endsWith('ت') ? 'f' : w.endsWith('وا') || w.endsWith('نا') ? 'p' : 'm' });
// اعتبره، تعتبره السلطات «…»: with the pronoun of the thing judged, the subject after
// the verb is whose verdict or name the words in marks are (quotes-considered); the bare present
// يعتبر is as often the passive "is considered".
for (const stem of ['يعتبر', 'تعتبر']) for (const o of ['ه', 'ها']) add(stem + o, { kind: 'verb', strong: true, agrees: stem.startsWith('ت') ? 'f' : 'm' });
// عبر alone is the preposition "via"; only وعبر، عبرت … are the verb "expressed".
LEXICON.delete('عبر');
// ردًا، زعمًا: the accusative nouns "in reply", "allegedly", not the dual verbs.
for (const w of ['ردا', 'زعما']) LEXICON.delete(w);
for (const w of SOURCES) LEXICON.set(w, { kind: 'source', strong: true });
for (const w of STRONG_NOUNS) add(w, { kind: 'noun', strong: true });
// قول علي لابن عباس: «…»: the bare noun names whose words follow, but it is as often "the view that".
add('قول', { kind: 'noun', strong: false });

/**
 * The speech reading of a folded word, if it has one (a leading و/ف allowed).
 * @example speechWord('واضافت') → { kind: 'verb', strong: true, agrees: 'f' }
 * @example speechWord('مضيفا') → { kind: 'participle', strong: true, agrees: 'm' }
 * @example speechWord('الرئيس') → undefined
 */
export function speechWord(folded: string): SpeechWord | undefined {
  // فحسب "only", not ف + حسب "according to".
  if (folded === 'فحسب') return undefined;
  const direct = LEXICON.get(folded);
  if (direct) return direct;
  // وردت، وردوا are ورد "came", not و + ردّ "replied".
  if ((folded.startsWith('و') || folded.startsWith('ف')) && folded.length > 3 && !folded.startsWith('ورد')) {
    const rest = folded.slice(1);
    // وكتب، وذكر: after a conjunction the ambiguous past form is the verb.
    return PAST_AMBIGUOUS.has(rest) ? { kind: 'verb', strong: true, agrees: 'm' } : LEXICON.get(rest);
  }
  return undefined;
}

const THAT = new Set(['ان', 'بان', 'وان', 'فان', 'انه', 'انها', 'انهم', 'انهما', 'انني', 'اننا', 'بانه', 'بانها', 'بانهم',
  'وانه', 'وانها', 'وانهم', 'لان', 'انما',
  // second person and first with بـ (قلت إنك «…»، أكدت بأنني …)
  'انك', 'بانك', 'وانك', 'انكم', 'بانكم', 'بانني', 'باننا']);

/**
 * True for the folded complementiser إن/أن (with its clitics) that introduces reported speech.
 * @example isThat('بان') → true
 */
export function isThat(folded: string): boolean {
  return THAT.has(folded);
}

/** A third-person object pronoun on a verb (وصفها، سمّاه). */
const OBJECT_PRONOUN = /(?:ه|ها|هم|هما)$/;

/**
 * True when a folded speech verb carries an object pronoun: after a relative (…الرياح التي
 * وصفها بأنها) the relative is its object, and its subject is someone else.
 * @example hasObjectPronoun('وصفها') → true
 * @example hasObjectPronoun('قال') → false
 */
export function hasObjectPronoun(folded: string): boolean {
  return OBJECT_PRONOUN.test(folded) && speechWord(folded.replace(OBJECT_PRONOUN, ''))?.kind === 'verb';
}
