/**
 * A tagged name alone in quotation marks is most often the title of a work or a brand (فيلم «أبو
 * زيد الهلالي»، دار «غوتشي»), but the word before the marks can show that it is a person: a kin
 * noun (شقيقه «منير»), a full name after إن/أن (إن «سعد الحربي») or a preposition of a person
 * (مع «إلهام حسين»), or a role whose phrase is complete (والي ولاية أورفة «عز الدين كوتشوك»); and
 * a chain of four names (given, father, grandfather, family: «سيف يوسف أحمد الفلاسي») is a person's
 * wherever it stands but after a work's noun. people-institutions.ts quotedTitle asks this before it
 * drops the name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isNameConnector } from './name-words';
import { CURATED_NAME, isTitleToken, stems, someStem, words, type BoundsContext } from './people-context';

/** Nouns of works, brands, places and bodies whose quoted name is often a person's (برنامج «المنصور»، دار «شانيل»). */
const WORK_NOUNS = words(`
  برنامج فيلم مسلسل مسرحية رواية كتاب ديوان قصيدة اغنية البوم لعبة مجلة صحيفة موقع تطبيق جهاز دار شركة مجموعة
  ماركة علامة جائزة طريق شارع لواء كتائب مطعم فندق قاعة معرض حملة مبادرة مشروع جمعية مركز مؤسسة
`);

/** Whether the quoted word at token i follows a noun of a work, a brand or a place, or a quoted item and و. */
export function namesWork(ctx: BoundsContext, i: number): boolean {
  const mark = ctx.tokens[i - 1]!, lead = ctx.tokens[i - 2];
  // «ديور» و«شانيل»: the next item of a list of quoted names.
  if (/[»"”]\s*و?\s*$/.test(ctx.text.slice(Math.max(0, mark.start - 4), mark.start))) return true;
  return lead?.kind === 'word' && someStem(lead.text, (f) => WORK_NOUNS.has(f));
}

/** Kin nouns, bare or with a pronoun (شقيقه، لأولاده، جده): the quoted name after one is the relative's. */
const KIN = words(`
  ابن ابنة بنت نجل نجلة اخ اخت شقيق شقيقة عم عمة خال خالة جد جدة حفيد حفيدة زوج زوجة والد والدة صديق صديقة
  اولاد ابناء بنات اخوة اشقاء اخي ابي
`);
/** Pronouns a kin noun may carry (شقيقي، جده، أخيها). */
const KIN_PRONOUN = /(?:هما|هم|ها|ه|ي|نا|ك)$/;

/** Whether a folded word is a kin noun with a pronoun (شقيقه، أختي; شقيقته: ة is written ت before the pronoun). */
function isKinWithPronoun(f: string): boolean {
  const bare = f.replace(KIN_PRONOUN, '');
  return bare !== f && (KIN.has(bare) || (bare.endsWith('ت') && KIN.has(`${bare.slice(0, -1)}ة`)));
}

/** Particles and prepositions whose quoted complement is a person's name (إن «سعد الحربي»، مع «إلهام حسين»، لـ«وليد معماري»). */
const PERSON_LEAD = words('ان انه مع على عن الى لـ');

/**
 * Whether a kin noun, إن/أن or a preposition of a person stands right before the opening mark at
 * token `mark`, or a role whose phrase ends there with a definite word or a place (ملك فرنسا
 * «فيليب أغسطس»); not a role waiting for its complement (رئيس مجلس إدارة «زين السعودية»).
 * @example leadsToPerson(ctx of 'وقال إن «سعد الحربي» هو المستفيد', 2) → true
 */
function leadsToPerson(ctx: BoundsContext, mark: number): boolean {
  const lead = ctx.tokens[mark - 1];
  if (lead?.kind !== 'word') return false;
  // أحد أبنائها البواسل «سيف يوسف أحمد الفلاسي»: a chain of given names and a family name, no work's noun before it.
  if (isChainedFullName(ctx, mark + 1) && !namesWork(ctx, mark + 1)) return true;
  const forms = stems(lead.text);
  if (forms.some((f) => KIN.has(f) || isKinWithPronoun(f))) return true;
  // فإن «جون»، على “بروبغندا ويكيليس”: after a particle only a name of two words or more that
  // opens with a listed name or a connector (إن «سعد الحربي»، إلى «أبو عمر النجدي»).
  if (forms.some((f) => PERSON_LEAD.has(f))) return opensFullName(ctx, mark + 1);
  return completeRoleBefore(ctx, mark);
}

/** Whether token i opens a name of two words or more with a listed name or a connector (سعد الحربي، أبا فهد). */
function opensFullName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i], next = ctx.tokens[i + 1];
  if (t?.kind !== 'word' || next?.kind !== 'word') return false;
  const f = foldArabic(t.text);
  return isNameConnector(f) || (ctx.classOf(f) & CURATED_NAME) !== 0;
}

/** Fewest words of a name that only a person bears: a given name, a father's, a grandfather's, a family (سيف يوسف أحمد الفلاسي). */
const CHAIN_WORDS = 4;
/** …or a given name, بن and the father's (“سلطان بن عبدالعزيز”): a nasab names a person. */
const NASAB_WORDS = 3;

/**
 * Whether the quoted words from token i, up to the closing mark, are a chain of CHAIN_WORDS names
 * or more: listed names or connectors, the last one also a family name with the article the
 * lists know as a name or not at all (سيف يوسف أحمد الفلاسي، علي بن صالح سالم الوابل); or of
 * NASAB_WORDS with بن after a given name (“سلطان بن عبدالعزيز”).
 */
function isChainedFullName(ctx: BoundsContext, i: number): boolean {
  let k = i;
  for (; ctx.tokens[k]?.kind === 'word'; k++) {
    const f = foldArabic(ctx.tokens[k]!.text);
    if (isNameConnector(f) || ctx.classOf(f) & CURATED_NAME && !(ctx.classOf(f) & LEX.COMMON)) continue;
    const last = ctx.tokens[k + 1]?.kind !== 'word';
    if (!(last && f.startsWith('ال') && f.length >= 5 && !(ctx.classOf(f) & ~(CURATED_NAME | LEX.CORPUS_PERS)))) return false;
  }
  // (a given name first: «الكلبي ابن الكلبي» is an insult, no nasab)
  const nasab = k - i >= NASAB_WORDS && /^ا?بن$/.test(foldArabic(ctx.tokens[i + 1]!.text)) && !foldArabic(ctx.tokens[i]!.text).startsWith('ال');
  return k - i >= CHAIN_WORDS || nasab;
}

/** Words up to a title before the marks of a role (مدير الخطوط السعودية في القصيم «…»). */
const ROLE_REACH = 5;

/** Whether a title opens a phrase of at most ROLE_REACH words that ends at token `mark` with a definite word or a place, no work or body named in it. */
function completeRoleBefore(ctx: BoundsContext, mark: number): boolean {
  const last = ctx.tokens[mark - 1]!;
  const f = foldArabic(last.text);
  if (!f.startsWith('ال') && !(ctx.classOf(f) & (LEX.COUNTRY | LEX.PLACE))) return false;
  for (let j = mark - 1; j >= 0 && j >= mark - ROLE_REACH; j--) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word') return false;
    if (someStem(t.text, (s) => WORK_NOUNS.has(s) || (ctx.classOf(s) & LEX.ORG_CUE) !== 0)) return false;
    if (j < mark - 1 && isTitleToken(ctx, t)) return true;
  }
  return false;
}

/**
 * Whether the quoted name at token `ts` (its opening mark at ts - 1) is a person's by the word
 * before the marks, and the page gives the same quoted word nowhere as a title (دار «غوتشي» …
 * بيد أن «غوتشي»: one name, one sense on a page). The page is scanned only when a cue holds, rarely.
 * @example isQuotedPerson(ctx of 'وتعامل مع «سعد الحربي» حين كان', 3) → true
 */
export function isQuotedPerson(ctx: BoundsContext, ts: number): boolean {
  if (!leadsToPerson(ctx, ts - 1)) return false;
  const first = foldArabic(ctx.tokens[ts]!.text);
  for (let i = 2; i < ctx.tokens.length; i++) {
    if (i !== ts && ctx.tokens[i]!.kind === 'word' && ctx.tokens[i - 1]!.kind !== 'word' && foldArabic(ctx.tokens[i]!.text) === first && namesWork(ctx, i)) return false;
  }
  return true;
}
