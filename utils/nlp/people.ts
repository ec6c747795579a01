/**
 * People on a page: one entity per person. Partial mentions link to the fullest name the page
 * gives (بلينكن → أنتوني بلينكن, الرئيس ماكرون → إيمانويل ماكرون), a name recognised once with
 * confidence is found again wherever it stands untagged, titles stay out of the name but the
 * role the article gives (وزير الخارجية التركي) is kept for the card. A one-word name the
 * tagger doubts and nothing backs is dropped.
 */
import { foldArabic } from './normalize';
import { findNamedSpans, loadNerModelSteps, type NamedSpan, type NerTagger } from './ner';
import { cliticLength } from './ner/spans';
import { NASAB, isDivineName } from './name-words';
import { isGivenNameBehindClitic, personRanges } from './people-bounds';
import { writesAlaWithAlifMaqsura, writesFinalYaAsAlifMaqsura, writesIlaWithYa } from './people-not-names';
import { isAyatollahAt, isTitleToken, kingsTitleLength, type BoundsContext } from './people-context';
import { addBylines } from './people-byline';
import { joinHyphenatedNames } from './people-hyphen';
import { addCreditNames } from './people-credits';
import { addDashListItems, splitAtSpacedDashes } from './people-dash-list';
import { endsInConnector, headsGenitivePhrase, isFamilyNameAfter, isGivenNameAfterTitle, isGivenNameBefore, isHamzaAlFamilyAfter, isLeadingWordBeforeName, isWrittenAliAfterGivenNames } from './people-extent';
import { isListedGivenNameBefore } from './people-given';
import { isUnlistedGivenNameBefore } from './people-foreign-given';
import { isFamilyNameAfterGivenNames } from './people-family';
import { isClosedFamilyAfterGivenNames } from './people-closed-family';
import { isFamilyNameAfterTitledGiven } from './people-title-family';
import { isTitleAsGivenName, isTitleGivenAfterCue } from './people-title-given';
import { isCommonFamilyNameAfterNasab, isFamilyNameAfterNasab } from './people-nasab-family';
import { roleBefore } from './people-role';
import { conjunctionLength, isCommonWordReadAsClitic, isDoubtfulClitic, withArticleAfterLam } from './people-clitic';
import { MIN_LONE_WORD_CONFIDENCE, SPANS_PER_STEP, doubted, dropDrafts, linkEntities, type Draft, type PersonMention } from './people-link';
import { isVerbOpeningClause } from './people-verb-start';
import { UNTAGGED_NAME_CONFIDENCE, isAlaAsAli, isUntaggedFullName, listConjunctionLength } from './people-untagged';
import { procliticSplits, tokenize, type Token } from './tokenize';
import { runSteps } from '../steps';
import { spreadNames } from './people-spread';
import { pushPersonAtSpanEnd, readsAsListedPerson } from './people-org-tail';
import { isBlessedBefore } from './people-blessing';
import { headsIndefiniteGenitive } from './people-genitive';
import { AFTER_DEMONYM_CONFIDENCE } from './people-demonym';
import { cuedNameAt } from './people-cued-name';
import { addNamesBeforeAge } from './people-age';
import { isLoneNameAfterRole } from './people-role-lone';
import { addListItems } from './people-list-item';
import { addWordListItems } from './people-word-list';
import { isKnownPlaceName } from './countries';
import { addRoleListItems } from './people-role-list';
import { addWeakSpansAfterCue, raiseCuedPersonSpans, shieldsItsWords } from './people-weak-span';
import { addListMiddles } from './people-list-middle';
import { quotedSurnamesLeftOut } from './people-quoted-name';
import { addFullNameRepeats } from './people-repeat-full';
import { addGivenNameRepeats } from './people-given-repeat';
import { trimWorkNounBeforeName } from './people-work-noun';
import { trimGovernorate } from './people-governor';
import { dropLoneRoleNames, trimNounAfterFamily } from './people-apposition-noun';
import { joinHashtagNames } from './people-hashtag';
import { checkAgainstPage } from './people-page-checks';
import { buildWordTable, foldedWordsSteps } from './people-word-table';

export type { PersonMention } from './people-link';

/** Tokens handled between two yields of findPeopleSteps. */
const TOKENS_PER_STEP = 1000;

/**
 * Person mentions of `text`, one entity per person (`entity` = 'p:' + folded fullest name).
 * @example findPeople('قال أنتوني بلينكن إن ... وأضاف بلينكن').map(m => m.name) → ['أنتوني بلينكن', 'أنتوني بلينكن']
 */
export function findPeople(text: string, tokens: Token[] = tokenize(text), spans?: NamedSpan[], tagger?: NerTagger): PersonMention[] {
  return runSteps(findPeopleSteps(text, tokens, spans ?? findNamedSpans(text, tokens), tagger));
}

/**
 * `findPeople` over the tagger's spans, a slice of the page at a time (yielding between slices);
 * `folded`, when given, is foldArabic of every token's text (foldTokens), made once by the caller.
 */
export function* findPeopleSteps(text: string, tokens: Token[], spans: NamedSpan[], given?: NerTagger, folded?: readonly string[]): Generator<void, PersonMention[]> {
  // The shipped tagger's word lists, unless the caller brings its own (an evaluation's model
  // trained without its dev split must not read that split's names).
  const tagger = given ?? (yield* loadNerModelSteps());
  const classOf = (w: string) => tagger.classOf(w);
  const drafts: Draft[] = [];
  let ya: boolean | undefined;
  let ala: boolean | undefined;
  let ila: boolean | undefined;
  // Every word of the page folded once, up front (people-word-table); the set of them is built
  // when first needed: a slice at a time where the caller can yield, in one go where the bounds ask for it.
  const table = buildWordTable(tokens, folded);
  let bare: Set<string> | null = null;
  function* bareSteps(): Generator<void, ReadonlySet<string>> {
    return (bare ??= yield* foldedWordsSteps(table.folded, TOKENS_PER_STEP));
  }
  // Words of names a naming cue showed to be no person's (أجهزة آيفون، جماعة بوكو حرام).
  const notPersons = new Set<string>();
  // The tagged span each draft comes from, to join names split across two spans.
  const spanOf = new Map<Draft, number>();
  const bounds: BoundsContext = {
    text, tokens, classOf, clusterOf: (w) => tagger.clusterOf(w),
    yaAsAlifMaqsura: () => (ya ??= writesFinalYaAsAlifMaqsura(text)),
    writesAla: () => (ala ??= writesAlaWithAlifMaqsura(text)),
    writesIlaWithYa: () => (ila ??= writesIlaWithYa(text)),
    bareWords: () => (bare ??= new Set(table.folded)),
    notAPerson: (ws) => { for (const w of ws) notPersons.add(w); },
    table,
  };
  for (let si = 0; si < spans.length; si++) {
    let s = spans[si]!;
    if ((si + 1) % SPANS_PER_STEP === 0) yield;
    if (s.type !== 'PERS') {
      if (!readsAsListedPerson(bounds, s) && !isBlessedBefore(bounds, s.tokenEnd)) { pushPersonAtSpanEnd(bounds, s, drafts); continue; }
      // بوش الصغير وأوباما: a known person the tagger doubtfully called a body, as sure as an untagged
      // name; الملك فيصل -رحمه الله: a name the page blesses is a person's.
      s = { ...s, type: 'PERS', confidence: UNTAGGED_NAME_CONFIDENCE };
    }
    // صادق مجلس النواب على …: a verb governing على, read as a given name, opens the clause.
    if (s.tokenEnd === s.tokenStart + 1 && isVerbOpeningClause(bounds, s.tokenStart)) continue;
    const spanBefore = spans[si - 1]?.tokenEnd ?? -1;
    // خادم الحرمين الشريفين, the king's title, though خادم is also a given name.
    let ts = kingsTitleLength(tokens, s.tokenStart, s.tokenEnd) + s.tokenStart;
    // A title the tagger took into the name stays out of it (but سلطان بن خالد، سلطان البيشي، أمير كردي are names).
    while (ts < s.tokenEnd - 1 && isTitleToken(bounds, tokens[ts]!) && !NASAB.has(foldArabic(tokens[ts + 1]!.text)) && !isTitleAsGivenName(bounds, ts)) ts++;
    // آية الله علي خامنئي: the honorific is two words.
    if (ts < s.tokenEnd - 1 && isAyatollahAt(tokens, ts)) ts++;
    // برفقة عبد المحسن العيوف: a common word the tagger took before a name.
    if (ts === s.tokenStart && isLeadingWordBeforeName(bounds, ts, s.tokenEnd)) ts++;
    // لماجد عبدالله، وكمال أبو ريه: a given name behind a clitic the tagger left out.
    if (ts === s.tokenStart && spanBefore < ts && isGivenNameBehindClitic(bounds, ts)) ts--;
    // ، مشاعل الحسين منظمة الحجوزات: a given name left out at the head of a clause.
    else if (ts === s.tokenStart && spanBefore < ts - 1 && isGivenNameBefore(bounds, ts, s.tokenEnd)) ts--;
    // آية الله علي السيستاني، الرئيس محمد مرسي: a listed given name left out after a title.
    else if (ts === s.tokenStart && spanBefore < ts && isGivenNameAfterTitle(bounds, ts)) ts--;
    // للمخرج أمير رمسيس، د. مساعد العيبان: a title word used as the given name, after a role or a nationality.
    else if (ts === s.tokenStart && spanBefore < ts - 1 && s.start === tokens[ts]!.start && isTitleGivenAfterCue(bounds, ts)) ts--;
    // وقال أزهر عباس: a listed given name left out before a lone family name.
    else if (ts === s.tokenStart && spanBefore < ts - 1 && s.start === tokens[ts]!.start && isListedGivenNameBefore(bounds, ts, s.tokenEnd)) ts--;
    // وكان تغران سوليان …، وقال سوليان: an unlisted given name left out at the surname's first mention.
    else if (ts === s.tokenStart && spanBefore < ts - 1 && s.start === tokens[ts]!.start && isUnlistedGivenNameBefore(bounds, ts, s.tokenEnd)) ts--;
    // فتوى السيستاني: a common word the tagger read as a clitic on a short name stays out.
    const clitic = ts === s.tokenStart && s.start > tokens[ts]!.start;
    if (clitic && s.tokenEnd - ts > 1 && isCommonWordReadAsClitic(bounds, tokens[ts]!)) ts++;
    const spanAfter = spans[si + 1]?.tokenStart ?? tokens.length;
    for (let [a, b] of personRanges(bounds, ts, s.tokenEnd)) {
      // مرشد الجمهورية الإيرانية على خامنئي: the given name علي written as the preposition على.
      if (a === ts + 1 && b === a + 1 && isAlaAsAli(bounds, ts)) a = ts;
      // مصطفى بصاص عن …، ناحي بن هزاع الإيداء: a family name left out after a lone given name or a nasab; عاصم علي أن: علي written with ي;
      // خالد مرضي العنزي: the family name after given names only (also one no list knows, closed: عبدالله نايف المريبض أنه); سعد بن عبدالرحمن اليمني أن: a common word closing a nasab name; فيصل أبا الخيل: the word a final connector asks for.
      if (b === s.tokenEnd && spanAfter > b && (endsInConnector(bounds, a, b) || (b === a + 1 ? isFamilyNameAfter(bounds, a) || isFamilyNameAfterTitledGiven(bounds, a) || isHamzaAlFamilyAfter(bounds, a) : isFamilyNameAfterNasab(bounds, a, b) || isCommonFamilyNameAfterNasab(bounds, a, b) || isFamilyNameAfterGivenNames(bounds, a, b) || isClosedFamilyAfterGivenNames(bounds, a, b)) || isWrittenAliAfterGivenNames(bounds, a, b))) b++;
      // المهندس إبراهيم السلطان: a family name after a titled given name, also when it was trimmed as a title.
      else if (b === a + 1 && b < s.tokenEnd && isFamilyNameAfterTitledGiven(bounds, a)) b++;
      const first = tokens[a]!;
      let start = first.start;
      // لسان خامنئي، بدرو رودريغيز: the whole word, when the clitic reading leaves a doubtful short stem.
      if (a === s.tokenStart) start = s.start === first.start ? first.start + conjunctionLength(bounds, a) : isDoubtfulClitic(bounds, a) ? first.start : s.start;
      else if (procliticSplits(first.text).length > 1) start += cliticLength(first.text, yield* bareSteps(), classOf);
      const end = tokens[b - 1]!.end;
      const words = withArticleAfterLam(bounds, first, start, tokenize(text.slice(start, end)).filter((t) => t.kind === 'word').map((t) => foldArabic(t.text)));
      if (words.length === 0 || isDivineName(words)) continue;
      // حسن التنظيم، وصالح الأعمال، حسن نية: a lone given name heading a genitive phrase is doubted.
      const role = roleBefore(text, tokens, a, classOf);
      let confidence = b === a + 1 && (headsGenitivePhrase(bounds, a) || headsIndefiniteGenitive(bounds, a)) ? doubted(s.confidence) : s.confidence;
      // قال المفوض بيبالغكس: a lone name the tagger doubted, announced by a role.
      if (b === a + 1 && confidence < MIN_LONE_WORD_CONFIDENCE && isLoneNameAfterRole(bounds, a, words[0]!, confidence, role)) confidence = MIN_LONE_WORD_CONFIDENCE;
      const draft: Draft = { start, end, words, confidence, tokenStart: a, tokenEnd: b, role };
      spanOf.set(draft, si);
      drafts.push(draft);
    }
  }
  // سامسونغ after هواتف سامسونغ: a name whose every word was shown no person's is none anywhere on the page.
  if (notPersons.size) dropDrafts(drafts, (d) => d.words.every((w) => notPersons.has(w)));
  // Names already tagged stay as they are; a lone word the tagger called a place or an
  // organisation (كروم, also Chrome) may still be the surname of a confident person, though not
  // one found only by its place after a speech verb (ختم القرآن): taggedOther.
  const covered = new Uint8Array(tokens.length);
  const taggedOther = new Set<number>();
  // (a span of several words the tagger scarcely believes shields nothing: people-weak-span.ts)
  for (const s of spans) if (shieldsItsWords(s)) covered.fill(1, s.tokenStart, s.tokenEnd); else if (s.tokenEnd - s.tokenStart === 1) taggedOther.add(s.tokenStart);
  for (const d of drafts) covered.fill(1, d.tokenStart, d.tokenEnd);
  for (let i = 0; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
    if (covered[i] || !isUntaggedFullName(bounds, i, covered)) continue;
    const t = tokens[i]!, family = tokens[i + 1]!;
    // ، ورائد الغامدي، ونبيل …: the conjunction of a list stays out of the name.
    const and = listConjunctionLength(bounds, t);
    drafts.push({ start: t.start + and, end: family.end, words: [foldArabic(t.text.slice(and)), foldArabic(family.text)], confidence: UNTAGGED_NAME_CONFIDENCE, tokenStart: i, tokenEnd: i + 2, role: roleBefore(text, tokens, i, classOf) });
    covered.fill(1, i, i + 2);
  }
  // المهاجم الهولندي روبن، نظيره الإسرائيلي موشيه يعالون، ابنته دالما: a name after a nationality
  // adjective, a kinship noun, a profession noun, a rank or a title that announces a person (people-cued-name).
  for (let i = 1; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
    const range = cuedNameAt(bounds, i, covered);
    if (!range) continue;
    const [a, b] = range, first = tokens[a]!, last = tokens[b - 1]!;
    drafts.push({ start: first.start, end: last.end, words: tokens.slice(a, b).map((t) => foldArabic(t.text)), confidence: AFTER_DEMONYM_CONFIDENCE, tokenStart: a, tokenEnd: b, role: roleBefore(text, tokens, a, classOf) });
    covered.fill(1, a, b);
  }
  // ويب (50 عاما): a name right before the person's age in apposition (people-age).
  addNamesBeforeAge(bounds, drafts, covered);
  // الممثلة ماريسا توماي: a name the tagger doubted as an organisation or a place, after a definite person cue.
  addWeakSpansAfterCue(bounds, spans, drafts, covered);
  // نجمه التشيلي أرتورو فيدال: a name the tagger doubted as a person, after the same cues.
  raiseCuedPersonSpans(bounds, drafts);
  // أحمد الرحيلي، وكامل الموسى، وعمر السومة: the next items of a list of full names, behind و.
  addListItems(bounds, drafts, covered);
  // …، وحسن حكيموف نائب رئيس الحكومة، واليغ ازيروف المندوب الدائم: the next item of a list of people with roles.
  addRoleListItems(bounds, drafts, covered);
  // بوفون وبوغبا وبيرلو وتيفيز وفيدال: the untagged one-word items of a و-chain of persons.
  addWordListItems(bounds, drafts, covered);
  // سامي الفارس، وزاهر كوليني، ومنير الحداد: an item between two full names of a list.
  addListMiddles(bounds, drafts, covered);
  // عبد العزيز - سالم - وابل - عمر: a spaced dash parts two names, and a list set off by dashes names its other items too.
  splitAtSpacedDashes(bounds, drafts);
  addDashListItems(bounds, drafts, covered);
  // من كلمات ضياء الميالي وألحان عادل العراقي: names in the credits of a song, a film or a show.
  addCreditNames(bounds, drafts, covered);
  addBylines(bounds, drafts, covered);
  trimWorkNounBeforeName(bounds, drafts); // لفيلم كاميرون: a work's noun is no given name (before repeats take it as one)
  trimNounAfterFamily(bounds, drafts); // عبدالله العبدلي مشرف في …: a family name with the article ends the name
  dropLoneRoleNames(bounds, drafts); // وذكر مشرف الشؤون الإعلامية: the role, not Musharraf
  trimGovernorate(bounds, drafts); // محافظ بدر: the governorate is a place (محافظ حفرالباطن عبدالمحسن …: the name after it)
  // فيريرو-فالدنر، ماري-كوليت بينا: a double name written with a hyphen is one mention (before repeats look for its words).
  joinHyphenatedNames(bounds, drafts, covered);
  // وقال الكاتب يوسف الشريف … وأضاف يوسف الشريف: a confident full name found again untagged.
  addFullNameRepeats(bounds, drafts, covered);
  // عمل «حسيني» after يدعى «سيد حسيني»: a quoted word left out as a title may still be a page's surname.
  for (const i of quotedSurnamesLeftOut(bounds, spans, drafts, new Set(spanOf.values()))) covered[i] = 0;
  yield* spreadNames(text, tokens, covered, drafts, bounds, bareSteps, taggedOther);
  // وصل عمر الشريف … وضحك عمر: a confident full name's given name standing alone.
  addGivenNameRepeats(bounds, drafts, covered);
  drafts.sort((a, b) => a.start - b.start);
  // What the page as a whole says of the drafts (people-page-checks).
  checkAgainstPage(text, spans, bounds, drafts, spanOf);
  // #شكرا_د_موضي_الخلف: the pieces of a hashtag that spell a name of the page are one mention.
  joinHashtagNames(bounds, drafts);
  // …and its repeats, found by its words.
  joinHyphenatedNames(bounds, drafts);
  const linked = yield* linkEntities(text, drafts, classOf);
  // بخميس مشيط: a person whose fullest name is a city's name of two words or more is that city.
  return linked.filter((m) => !isPlaceOfSeveralWords(m.name));
}

/**
 * Whether a name of two words or more is a known city or region (the country lists' places): a
 * one-word place may be a person's name as well (فيكتوريا، عفيف), a longer one hardly is.
 * @example isPlaceOfSeveralWords('خميس مشيط') → true
 */
function isPlaceOfSeveralWords(name: string): boolean {
  const f = foldArabic(name);
  return f.includes(' ') && isKnownPlaceName(f);
}
