/**
 * Where a person's name begins and ends, once the tagger has proposed a PERS span: the span is
 * trimmed of words that are not part of a name (a preposition or a kin noun before it, a role
 * noun or a verb after it), split when it runs two names together, and dropped when the name
 * designates an institution, a group, a club or a title in quotation marks (people-institutions.ts)
 * or a product (people-products.ts), when it is a set phrase (people-phrases.ts), or when the only
 * word is the preposition على.
 */
import { isClosedFamilyAfterGivenNames } from './people-closed-family';
import { isNameConnector, opensLineage, written } from './name-words';
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { CURATED_NAME, hasNounEnding, isRankToken, isTitleToken, someStem, words, type BoundsContext } from './people-context';
import { followsGroupNoun, namesClub, namesDescribedInstitution, namesInstitution, namesInstitutionByAdjective, opensWithInstitutionHead } from './people-institutions';
import { OPENING_MARKS, quotedTitle } from './people-quoted-title';
import { NAME_CLASS, isFirstPersonPreposition, isNotAName, isVerbsFirstPersonComplement } from './people-not-names';
import { namesProduct, notPersonWords } from './people-products';
import { isAdjectiveAfterHead } from './people-adjective';
import { isAdverbialAfterName, isPrepositionalAfterName, isPrepositionalConstructAfterFamily, isLamPhraseAfterName } from './people-adverbial';
import { isNisbaBeforeName } from './people-description';
import { isPredicateAfterName, isVerbBeforeName } from './people-predicate';
import { KIN, innerBreak } from './people-inner';
import { isPartOfDayAt } from './people-time';
import { isTimeBeforeMonth, monthLength } from './people-month';
import { isHonorificWithClitic } from './people-honorific';
import { repeatedFamilyNameSplit } from './people-repeated';
import { isFeminineCommonNoun } from './people-noun-after';
import { isPlaceOrOrgOnly, isRestOfPlaceName } from './people-place-name';
import { isGivenNameKnownAsPlace } from './people-foreign-given';
import { isNotableSurnameWithArticle, isRegimeHead } from './people-regime';
import { isCountedNoun, isDualOfCommonNoun, isGenitivePhrase, isNounWithHisPronoun, isPossessedNoun, religiousPhraseLength } from './people-phrases';
import { procliticSplits, type Token } from './tokenize';
import { isNounWithAgreeingAdjective } from './people-agreement';
import { isBlessedBefore, isBlessingAfterName } from './people-blessing';
// (مشرف، مساعد: role nouns the lists know as names too, a role only in the apposition isRoleNameAfterFamily reads)
import { ROLE_NAMES } from './people-apposition-noun';
import { isOwnedNounHead } from './people-owned-head';
import { isTitleAsFamilyName } from './people-title-surname';
import { isSyllableAtEnd } from './people-syllable-name';



/** Whether token i opens a person's name: a connector (أبي بكر) or a listed name. */
function opensName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return false;
  const f = foldArabic(t.text);
  return isNameConnector(f) || (ctx.classOf(f) & CURATED_NAME) !== 0;
}

/**
 * Whether the word before token ts is a given name behind و or ل (لماجد عبدالله، ومناف أبو شقير)
 * and token ts goes on with a listed name: the name starts there. The given name is a person's
 * (isPersonsGivenName: not وطالب "and he demanded"), the whole word no word of its own (لصالح
 * "in favour of").
 */
export function isGivenNameBehindClitic(ctx: BoundsContext, ts: number): boolean {
  const prev = ctx.tokens[ts - 1], cur = ctx.tokens[ts];
  if (prev?.kind !== 'word' || cur?.kind !== 'word' || !(ctx.classOf(foldArabic(cur.text)) & CURATED_NAME)) return false;
  if (ctx.classOf(foldArabic(prev.text)) & (CURATED_NAME | LEX.COMMON)) return false;
  return procliticSplits(prev.text).some((r) => /^[وف]?ل?$/.test(r.prefix) && r.prefix !== '' && !r.article && isPersonsGivenName(ctx.classOf(r.stem)));
}

/**
 * Whether a word's classes are those of a given name the corpora show as a person's and no list
 * as a common word, a title, a verb of speech or a cue (not فضل، صباح، خلف، طالب).
 */
export function isPersonsGivenName(bits: number): boolean {
  return (bits & LEX.GIVEN) !== 0 && (bits & LEX.CORPUS_PERS) !== 0 && !(bits & (LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.MODIFIER | LEX.ORG_CUE));
}

/** Role nouns that may follow a name in apposition (هشام الفالح وكيل إمارة مكة) but are not the cue list's titles. */
const ROLE_AFTER = words('وكيل');

/**
 * Whether token i is a role noun that is also a name, in apposition after a family name with the
 * article and heading a construct with a bare noun that is no name (طارق الخنين مشرف مركز تصحيح
 * أوضاع …): the role, not a third name (برويز مشرف stays whole).
 * @example isRoleNameAfterFamily(ctx of 'وقال العقيد طارق الخنين مشرف مركز التصحيح', 4) → true
 */
function isRoleNameAfterFamily(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], family = ctx.tokens[i - 1], next = ctx.tokens[i + 1];
  if (t?.kind !== 'word' || family?.kind !== 'word' || next?.kind !== 'word' || !ROLE_NAMES.has(foldArabic(t.text)) || !foldArabic(family.text).startsWith('ال')) return false;
  const g = foldArabic(next.text), bits = ctx.classOf(g);
  return !g.startsWith('ال') && (bits & (LEX.ORG_CUE | LEX.PLACE_CUE | LEX.COMMON | LEX.TITLE)) !== 0 && !(bits & NAME_CLASS);
}

/** Word-initial preposition + article (بالسيف، للمدرسة), read off to its article form (السيف). */
const PREPOSITION_ARTICLE = /^[وف]?(?:ب|ك)?(?=ال)|^[وف]?ل(?=ل)/;

/** A preposition with the article on a common word (بالسيف → السيف): it ends no name; بالوتيلي، كالديرون are not read so. */
function isPrepositionWithArticle(ctx: BoundsContext, f: string): boolean {
  const m = PREPOSITION_ARTICLE.exec(f);
  if (!m || m[0] === '' || /^[وف]$/.test(m[0])) return false;
  const rest = f.slice(m[0].length);
  const stem = rest.startsWith('ال') ? rest : `ا${rest}`;
  return (ctx.classOf(stem) & LEX.COMMON) !== 0 && !(ctx.classOf(f) & NAME_CLASS);
}

/**
 * Whether token i is a word with the article that no list knows as a name, and a listed given name
 * without the article follows it (وفنان الأوبرا حسن كامي، الأورغوياني ماوريسيو ألفونسو): a family name
 * follows the given name, so the word ends the role or the description before the name.
 */
function isDefiniteWordBeforeGivenName(ctx: BoundsContext, i: number): boolean {
  const f = foldArabic(ctx.tokens[i]!.text), next = ctx.tokens[i + 1];
  if (!f.startsWith('ال') || ctx.classOf(f) & NAME_CLASS || next?.kind !== 'word') return false;
  const g = foldArabic(next.text);
  return !g.startsWith('ال') && (ctx.classOf(g) & LEX.GIVEN) !== 0 && !isNameConnector(g);
}

/** A word with the article the corpora know only inside organisations' names (الحزم), not a surname as العمري (also a place). */
function isOrgEpithet(ctx: BoundsContext, t: Token): boolean {
  const f = foldArabic(t.text);
  return f.startsWith('ال') && (ctx.classOf(f) & ~LEX.COMMON) === LEX.CORPUS_ORG;
}

function endsNoName(ctx: BoundsContext, t: Token): boolean {
  if (isNotAName(ctx, t)) return true;
  const f = foldArabic(t.text);
  if (ROLE_AFTER.has(f) || isHonorificWithClitic(f) || isPossessedNoun(ctx, f) || isNounWithHisPronoun(ctx, written(t.text)) || isPrepositionWithArticle(ctx, f) || isAdverbialAfterName(ctx, f) || isImperfectVerb(ctx, f) || isPredicateAfterName(ctx, f, written(t.text)) || isFeminineCommonNoun(ctx, t)) return true;
  return (ctx.classOf(f) & (LEX.TITLE | LEX.SPEECH)) !== 0 || isSpeechVerbWithFa(ctx, f);
}

/**
 * Whether a folded word is ف and a verb of speech, no reading of it a name: the answer of أما or the
 * next step of the story, which opens the predicate after the name (أما إبراهيم محمد فأشار إلى،
 * ساطع نور الدين فيرى بدوره); a foreign family name in ف (فابيوس، فيصل) reads as no such verb.
 * @example isSpeechVerbWithFa(ctx, 'فاشار') → true; isSpeechVerbWithFa(ctx, 'فيصل') → false
 */
function isSpeechVerbWithFa(ctx: BoundsContext, f: string): boolean {
  if (f.length < 4 || f[0] !== 'ف' || ctx.classOf(f) & NAME_CLASS) return false;
  const bits = ctx.classOf(f.slice(1));
  return (bits & LEX.SPEECH) !== 0 && (bits & NAME_CLASS) === 0;
}

/** An imperfect verb the lists know only as a common word (يأمر، يعالج): the predicate after the name, not its end. */
function isImperfectVerb(ctx: BoundsContext, f: string): boolean {
  return f.length >= 4 && /^[يت]/.test(f) && ctx.classOf(f) === LEX.COMMON;
}

/** Whether the span [ts, te) is one preposition with the pronoun of the first person (قال لي), no title before it (السيدة لي). */
function isLoneFirstPersonPreposition(ctx: BoundsContext, ts: number, te: number): boolean {
  const prev = ctx.tokens[ts - 1];
  return te - ts === 1 && isFirstPersonPreposition(written(ctx.tokens[ts]!.text)) && !(prev?.kind === 'word' && isTitleToken(ctx, prev));
}

/**
 * Whether the span [ts, te) is a common noun and a demonym without the article after it, in the
 * span or right after a one-word span (معارضون سوريون، طالب سوداني): a person described by
 * nationality, not named. The noun is a word the lists know but not as a person's name, or an
 * unlisted plural or feminine; a given name keeps its nisba family name (هلال سوداني، علي مصري).
 */
function describesNationality(ctx: BoundsContext, ts: number, te: number): boolean {
  const adj = ctx.tokens[te - ts === 1 ? te : ts + 1];
  if (te - ts > 2 || adj?.kind !== 'word') return false;
  const a = foldArabic(adj.text), noun = foldArabic(ctx.tokens[ts]!.text), bits = ctx.classOf(noun);
  if (a.startsWith('ال')) return false;
  // جنديان عراقيان: after a dual or plural demonym the noun agrees with it, an unlisted word too.
  const many = isDualOrPluralDemonym(ctx, a);
  if (!many && !(ctx.classOf(a) & LEX.DEMONYM)) return false;
  return !isPersonsGivenName(bits) && !(bits & (LEX.PERSON | LEX.SURNAME)) && (bits !== 0 || many || hasNounEnding(noun));
}

/** Whether a folded word is the dual or the plural of a demonym (عراقيان، سوريون): persons described, never a name's end. */
function isDualOrPluralDemonym(ctx: BoundsContext, a: string): boolean {
  const m = /^(.{3,}ي)(ان|ين|ون)$/.exec(a);
  return m !== null && (ctx.classOf(m[1]!) & LEX.DEMONYM) !== 0 && !(ctx.classOf(a) & NAME_CLASS);
}

/**
 * Where two names run together: a surname with the article, then a given name and more
 * (أحمد المرزوقي خالد باسهل), or a second name joined by و (لينا محمد وسلوى العباد) when the
 * word after و is a listed name or stands on the page without it (كوفاتش وستريكر after سيباستيان
 * ستريكر) and the word with و is not a listed name (وليد stays whole).
 */
function splitPoint(ctx: BoundsContext, ts: number, te: number): number {
  for (let k = ts + 1; k < te; k++) {
    const w = foldArabic(ctx.tokens[k]!.text);
    if (w.length > 3 && w.startsWith('و') && !(ctx.classOf(w) & CURATED_NAME) && (ctx.classOf(w.slice(1)) & CURATED_NAME || ctx.bareWords().has(w.slice(1)))) return k;
  }
  for (let k = ts + 2; k < te - 1; k++) {
    const prev = foldArabic(ctx.tokens[k - 1]!.text);
    const cur = foldArabic(ctx.tokens[k]!.text);
    if (!prev.startsWith('ال') || prev === 'ال' || ctx.classOf(prev) & LEX.GIVEN) continue;
    // خالد الفيصل بن عبد العزيز: a nasab goes on with the name before it (a kunya may open the next: الشلوي عبد العزيز).
    if (ctx.classOf(cur) & LEX.GIVEN && !(ctx.classOf(cur) & LEX.SURNAME) && !opensLineage(cur, ctx.tokens[k + 1] && foldArabic(ctx.tokens[k + 1]!.text))) return k;
  }
  return -1;
}

/** No range for a name a naming cue showed to be no person's; its words are noted to drop it page-wide. */
function dropped(ctx: BoundsContext, ts: number, te: number): Array<[number, number]> {
  ctx.notAPerson?.(notPersonWords(ctx, ts, te));
  return [];
}

/**
 * The token ranges [ts, te) a tagged person span stands for, after trimming, splitting and
 * dropping (none when it is not a person).
 * @example personRanges(ctx of 'جامعة الملك عبد العزيز', 2, 4) → []
 */
export function personRanges(ctx: BoundsContext, ts: number, te: number): Array<[number, number]> {
  const head = ts;
  while (ts < te && (isNotAName(ctx, ctx.tokens[ts]!) || someStem(ctx.tokens[ts]!.text, (f) => KIN.has(f)) || isRankToken(ctx.tokens[ts]!) || (te - ts > 1 && (isPlaceOrOrgOnly(ctx, ctx.tokens[ts]!) && !isGivenNameKnownAsPlace(ctx, ts, te) || isDefiniteWordBeforeGivenName(ctx, ts) || isNisbaBeforeName(ctx, ts) || isVerbsFirstPersonComplement(ctx, ts) || isVerbBeforeName(ctx, foldArabic(ctx.tokens[ts]!.text)) || isOwnedNounHead(ctx, ts) || isRegimeHead(ctx, ts) && isNotableSurnameWithArticle(ctx, ts + 1))))) ts++;
  // دينامو كييف، هونغ كونغ: a club's or a place's name, its head trimmed as a place word.
  if (isRestOfPlaceName(ctx, head, ts, te)) return [];
  // رسول الله محمد: a religious phrase before a listed name; ضيوف الرحمن (كي): one in the name's place.
  const religious = religiousPhraseLength(ctx, ts, te);
  if (religious && (ts + religious >= te || !opensName(ctx, ts + religious) || foldArabic(ctx.tokens[ts + religious]!.text).length < 3)) return [];
  ts += religious;
  // شهر رمضان الكريم، ليالي رمضان: the month, not a person named رمضان; a span ends before it, and
  // neither its epithet (الكريم) nor the word of time before it (ليل) is left as a name.
  for (let i = Math.max(0, ts - 1); i < te; i++) {
    const month = monthLength(ctx.tokens, i);
    if (!month) continue;
    if (i <= ts) ts = Math.min(te, i + month);
    else te = isTimeBeforeMonth(ctx.tokens, ts, i) ? ts : i;
    break;
  }
  if (ts >= te) return [];
  if (followsGroupNoun(ctx, ts) && !(te - ts > 1 && opensName(ctx, ts))) {
    // تنظيم داعش أبي بكر البغدادي: a person may follow the group's one-word name.
    if (!opensName(ctx, ts + 1)) return dropped(ctx, ts, te);
    ts++;
  }
  // أجهزة آيفون، سيارة بوغاتي، محطة تشارينغ كروس: a product, a brand or a site, its name no person's elsewhere on the page.
  if (namesProduct(ctx, ts, te)) return dropped(ctx, ts, te);
  // مبادئ حسن الجوار، بجميل شعورهم: a set phrase, before its last word is trimmed as a noun with a pronoun.
  if (isGenitivePhrase(ctx, ts, te)) return [];
  // A connector asks for the name part after it (علي بن أبي طالب: طالب is also a verb); a part of
  // the day before a day word is the time, not the name (people-time.ts).
  while (te > ts && (endsNoName(ctx, ctx.tokens[te - 1]!) && !(te - ts > 1 && isTitleAsFamilyName(ctx, te - 1)) && !isSyllableAtEnd(ctx, ts, te) || isPartOfDayAt(ctx.tokens, te - 1) || isBlessingAfterName(ctx, te - 1) || te - ts > 1 && isPrepositionalAfterName(ctx, ctx.tokens[te - 1]!) || te - ts > 2 && isRoleNameAfterFamily(ctx, te - 1)) && !(te - 2 >= ts && isNameConnector(foldArabic(ctx.tokens[te - 2]!.text)))) te--;
  // عمر حسن البشير بغصن الزيتون: a preposition's phrase after the family name is no part of the name.
  if (te - ts >= 4 && isPrepositionalConstructAfterFamily(ctx, te)) te -= 2;
  // قال شارما لأخبار بلومبيرج: a phrase with ل after the name says whom the words were for.
  else if (te - ts >= 3 && isLamPhraseAfterName(ctx, te)) te -= 2;
  // سلمان الحزم: an epithet with the article that the corpora know only as an organisation's; but
  // بندر محمد الحمر المصور: after two given names and closed, a family name (people-closed-family.ts).
  if (te - ts > 1 && isOrgEpithet(ctx, ctx.tokens[te - 1]!) && !isNameConnector(foldArabic(ctx.tokens[te - 2]!.text)) && !(te - ts >= 3 && isClosedFamilyAfterGivenNames(ctx, te - 3, te - 1))) te--;
  // وولد عمر الشريف باسم “ميشيل …”: before quotation marks باسم is "under the name", not the name باسم.
  if (te - ts > 1 && written(ctx.tokens[te - 1]!.text) === 'باسم' && OPENING_MARKS.has(ctx.tokens[te]?.text ?? '')) te--;
  // مبادرة خادم الحرمين الملك عبدالله - حفظه الله -: a name the page blesses is the person's own
  // (namesInstitution), not a mosque's or a stadium's named after him.
  if (ts >= te || isLoneFirstPersonPreposition(ctx, ts, te) || namesInstitution(ctx, ts, isBlessedBefore(ctx, te)) || namesInstitutionByAdjective(ctx, ts, te) || opensWithInstitutionHead(ctx, ts) || namesDescribedInstitution(ctx, ts, te) || quotedTitle(ctx, ts, te) || namesClub(ctx, ts, te) || isCountedNoun(ctx, ts, te) || describesNationality(ctx, ts, te) || isDualOfCommonNoun(ctx, ts, te) || isNounWithAgreeingAdjective(ctx, ts, te) || isAdjectiveAfterHead(ctx, ts, te)) return [];
  // بوتين على أوباما، خالص يا فاتن: a function word inside the span parts two names or a name and words before it.
  const cut = innerBreak(ctx, ts, te);
  if (cut) return [...(cut.keepBefore ? personRanges(ctx, ts, cut.at) : []), ...personRanges(ctx, cut.at + 1, te)];
  // حمود التميمي سليمان التميمي: two kinsmen listed side by side (people-repeated.ts).
  const repeated = repeatedFamilyNameSplit(ctx, ts, te);
  const k = repeated > 0 ? repeated : splitPoint(ctx, ts, te);
  return k < 0 ? [[ts, te]] : [[ts, k], [k, te]];
}
