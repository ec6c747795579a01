/**
 * Context rules for country words that are ambiguous in news text. Each rule looks at the
 * neighbouring words (clitics stripped) and either keeps a match, changes it, or drops it;
 * every rule has example rows in tests/unit/countries-rules.test.ts.
 */
import type { Token } from './tokenize';
import { procliticSplits } from './tokenize';
import { foldArabic } from './normalize';

/** What the matcher found before the rules look at it. */
export interface Candidate {
  iso: string;
  demonym: boolean;
  confidence: number;
  /** Folded surface (without the clitics). */
  surface: string;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** True when a clitic (و، ب، ل …) was cut off the first word. */
  clitic: boolean;
  /** True when the surface carries the article (الروسي, not روسي or ألمان). */
  definite: boolean;
}

/** Read access to the tokens around a candidate. */
export interface RuleContext {
  text: string;
  tokens: Token[];
  /** Folded text of token i ('' for punctuation). */
  fold(i: number): string;
  givenNames: Set<string>;
  /** The country the folded word (or a clitic reading of it) names by itself, if any. */
  entryOf(folded: string): { iso: string; demonym: boolean } | undefined;
  /** True for a folded city or capital name (الكويت is both). */
  isPlace(folded: string): boolean;
}

const set = (...w: string[]) => new Set(w.map(foldArabic));
const CITY_BEFORE = set('مدينة', 'العاصمة');
const GEO_FEATURE = set('نهر', 'وادي', 'غور', 'بحر', 'خليج', 'بحيرة', 'مضيق', 'قناة');
const PRAYER_BEFORE = set('صلاة', 'صلاتي', 'أذان', 'وقت', 'موعد', 'العصر', 'الظهر', 'قبيل', 'إفطار');
const MAGHREB_AFTER = set('العربي', 'الكبير', 'العشاء', 'والعشاء');
const GEORGIA_STATE = set('اتلانتا', 'أتلانتا', 'الأمريكية', 'الأميركية', 'ولاية');
const US_CUES = set('أتلانتا', 'الأمريكية', 'الأميركية', 'الأمريكي', 'الأميركي', 'الولايات', 'ولاية', 'أمريكا', 'أميركا');
const CAUCASUS_CUES = set('تبليسي', 'تفليس', 'القوقاز', 'أبخازيا', 'أوسيتيا', 'الجورجي', 'الجورجية', 'روسيا', 'أوكرانيا', 'أذربيجان', 'أرمينيا', 'موسكو');
const JORDAN_CUES = set('الأردن', 'الأردنية', 'الأردني', 'الأردنيين', 'الأردنيون', 'أردني', 'أردنية', 'الهاشمية', 'الزرقاء', 'إربد');
const OMAN_CUES = set('مسقط', 'سلطنة', 'سلطان', 'العمانية', 'العماني', 'العمانيين', 'العمانيون', 'عماني', 'عمانية', 'السلطان', 'قابوس', 'هيثم', 'صلالة', 'ظفار');
const PLACE_CONTEXT = set('في', 'من', 'إلى', 'الى', 'دولة', 'جمهورية', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'رئيس', 'حكومة', 'عاصمة', 'مع', 'بين', 'أراضي', 'داخل', 'خارج', 'سفير', 'سفارة', 'منتخب', 'جيش', 'قوات', 'زار', 'عن');
const INSIST_BEFORE = set('هو', 'هي', 'إنه', 'أنه', 'إنها', 'أنها', 'إنني', 'أنا', 'نحن', 'لأنه', 'كان', 'بات', 'ظل', 'مازال', 'زال', 'يزال', 'لايزال', 'يبدو');
const TITLES = set('الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الملك', 'أمير', 'شيخ', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المقدم', 'الرائد', 'النقيب', 'الدكتور', 'د', 'المهندس', 'الأستاذ', 'بن', 'بنت', 'ابن', 'أبو', 'أبي', 'أم');
const SON_OF = set('بن', 'بنت', 'ابن');
const LANGUAGE = set('لغة', 'اللغة');
const HALF = set('نصف');
const SURIYA = set('سوريا');
const PREPOSITIONS = set('في', 'من', 'إلى', 'الى', 'عن', 'على', 'مع', 'داخل', 'خارج', 'حول', 'تجاه');
const JORDANIAN = set('الأردنية');
const SULTAN = set('سلطنة', 'سلطان', 'السلطان');
const SHADDA = /\u0651/;

/** Folded readings of word i (whole word first, then clitic-stripped stems), or [] for punctuation. */
function stems(ctx: RuleContext, i: number): string[] {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return [];
  return procliticSplits(t.text).map((s) => s.stem);
}

/** The word just before token i, unless a punctuation mark or a line break separates them. */
function prevWord(ctx: RuleContext, i: number): number {
  const p = i - 1;
  const t = ctx.tokens[p];
  if (!t || t.kind !== 'word' || ctx.text.slice(t.end, ctx.tokens[i]!.start).includes('\n')) return -1;
  return p;
}

function nextWord(ctx: RuleContext, i: number): number {
  const n = i + 1;
  const t = ctx.tokens[n];
  if (!t || t.kind !== 'word' || ctx.text.slice(ctx.tokens[i]!.end, t.start).includes('\n')) return -1;
  return n;
}

const prevHas = (ctx: RuleContext, i: number, words: Set<string>) => stems(ctx, prevWord(ctx, i)).some((s) => words.has(s));
const nextIs = (ctx: RuleContext, i: number, words: Set<string>) => words.has(ctx.fold(nextWord(ctx, i)));

const wholeText = new WeakMap<RuleContext, Map<Set<string>, number>>();

/** Counts the cue words within `radius` tokens of i (the whole text, once per text, when radius is Infinity). */
function cues(ctx: RuleContext, i: number, radius: number, words: Set<string>): number {
  if (radius === Infinity) {
    let memo = wholeText.get(ctx);
    if (!memo) wholeText.set(ctx, (memo = new Map()));
    const known = memo.get(words);
    if (known !== undefined) return known;
    const n = cues(ctx, -1, ctx.tokens.length, words);
    memo.set(words, n);
    return n;
  }
  let n = 0;
  const from = Math.max(0, i - radius);
  const to = Math.min(ctx.tokens.length - 1, i + radius);
  for (let k = from; k <= to; k++) if (k !== i && stems(ctx, k).some((s) => words.has(s))) n++;
  return n;
}

const COMPOUND_TAIL = set('الله', 'الدين', 'الرحمن', 'العزيز', 'الكريم', 'الرحيم', 'الحميد', 'المجيد', 'اللطيف', 'الباسط', 'الناصر', 'الإله');
const COMPOUND_HEAD = set('عبد', 'نور', 'عز', 'صلاح', 'بدر', 'شمس', 'سيف', 'علاء', 'جمال', 'محيي', 'تقي', 'ضياء', 'بهاء', 'زين', 'خير', 'نصر', 'عماد', 'حسام', 'فخر');

/** Token p ends a given name: «أحمد», or the tail of «عبد الله»، «نور الدين» (not «حزب الله»). */
function isGivenName(ctx: RuleContext, p: number): boolean {
  const f = ctx.fold(p);
  if (COMPOUND_TAIL.has(f)) {
    const q = prevWord(ctx, p);
    return q >= 0 && COMPOUND_HEAD.has(ctx.fold(q));
  }
  return ctx.givenNames.has(f);
}

const alifMaqsura = new WeakMap<RuleContext, boolean>();

function isPlainDemonym(ctx: RuleContext, f: string): boolean {
  const e = ctx.entryOf(f);
  return !!e && e.demonym && e.iso !== 'YE' && e.iso !== 'HU';
}

const isCountryWord = (ctx: RuleContext) => (f: string) => ctx.entryOf(f) !== undefined;

const EGYPTIAN_SPELLING = new Set(['فى', 'الذى', 'التى', 'والتى', 'والذى', 'وفى']);

/** True when the text spells final ي as ى (Egyptian usage: «فى»، «الذى»، «المصرى»). */
function spellsFinalYaAsAlifMaqsura(ctx: RuleContext, at: number): boolean {
  let known = alifMaqsura.get(ctx);
  if (known === undefined) {
    known = false;
    for (let k = 0; k < ctx.tokens.length && !known; k++) {
      const t = ctx.tokens[k]!;
      if (t.kind !== 'word' || !t.text.endsWith('ى')) continue;
      known = EGYPTIAN_SPELLING.has(t.text) || (k !== at && isPlainDemonym(ctx, ctx.fold(k)));
    }
    alifMaqsura.set(ctx, known);
  }
  return known;
}

/**
 * Applies the context rules to a candidate: returns it (maybe changed) or null to drop it.
 * @example judge(ctx, {iso: 'JO', surface: 'الاردن', …}) after «نهر» → null
 */
export function judge(ctx: RuleContext, c: Candidate): Candidate | null {
  const i = c.first;
  const raw = ctx.tokens[i]!.text;
  const single = c.first === c.last;
  if (!c.demonym) {
    // «مدينة الكويت»، «العاصمة عمان»، «تونس العاصمة»: the city, not the state.
    if (single && ctx.isPlace(c.surface) && (prevHas(ctx, i, CITY_BEFORE) || ctx.fold(nextWord(ctx, c.last)) === 'العاصمة')) return null;
    // «نهر الأردن»، «خليج عمان»، «نهر النيجر».
    if (prevHas(ctx, i, GEO_FEATURE)) return null;
  }
  switch (c.iso) {
    case 'GE':
      if (c.demonym) break;
      // «ولاية جورجيا»، «جورجيا الأمريكية», or American words nearby and no Caucasian ones.
      if (prevHas(ctx, i, GEORGIA_STATE) || nextIs(ctx, c.last, GEORGIA_STATE)) return null;
      if (cues(ctx, i, 15, US_CUES) > 0 && cues(ctx, i, 15, CAUCASUS_CUES) === 0) return null;
      break;
    case 'OM':
      if (c.surface === 'عمان') {
        if (SHADDA.test(raw)) return null; // عمّان is Amman
        if (prevHas(ctx, i, JORDANIAN)) return null;
        if (prevHas(ctx, i, SULTAN)) return { ...c, confidence: 0.9 };
        const score = 3 * (cues(ctx, i, 25, OMAN_CUES) - cues(ctx, i, 25, JORDAN_CUES)) + cues(ctx, i, Infinity, OMAN_CUES) - cues(ctx, i, Infinity, JORDAN_CUES);
        if (score < 0) return null;
        return { ...c, confidence: score > 0 ? 0.85 : 0.5 };
      }
      break;
    case 'MA':
      if (c.surface === 'المغرب' && (prevHas(ctx, i, PRAYER_BEFORE) || nextIs(ctx, c.last, MAGHREB_AFTER))) return null;
      break;
    case 'ML':
    case 'BJ': {
      // «مالي» is also "financial" and «بنين» "sons": keep them only where a place is expected.
      const p = prevWord(ctx, i);
      const n = nextWord(ctx, c.last);
      const placeLike = c.clitic && !raw.startsWith('و') && !raw.startsWith('ف');
      const neighbour = (p >= 0 && stems(ctx, p).some(isCountryWord(ctx))) || (n >= 0 && stems(ctx, n).some(isCountryWord(ctx)));
      if (!(placeLike || prevHas(ctx, i, PLACE_CONTEXT) || neighbour)) return null;
      return { ...c, confidence: 0.7 };
    }
    case 'EG':
      // «مُصِرّ على» / «إنه مصر على موقفه»: insisting, not Egypt.
      if (c.surface === 'مصر' && (SHADDA.test(raw) || (ctx.fold(nextWord(ctx, i)) === 'علي' && prevHas(ctx, i, INSIST_BEFORE)))) return null;
      break;
    case 'QA':
      if (prevHas(ctx, i, HALF)) return null; // نصف قطر: a radius
      break;
    case 'SY':
      // «جهات سورية معارضة»: where the text spells the country سوريا, a bare سورية is the adjective.
      if (c.surface === 'سورية' && !c.clitic && !prevHas(ctx, i, PREPOSITIONS) && cues(ctx, i, Infinity, SURIYA) > 0) return { ...c, demonym: true, confidence: 0.8 };
      break;
    case 'SA':
      // «الخارجية السعودية»: after a definite noun, السعودية is the adjective.
      if (c.surface === 'السعودية' && !c.clitic) {
        const p = prevWord(ctx, i);
        if (p >= 0 && stems(ctx, p).some((s) => s.startsWith('ال')) && !stems(ctx, p).some(isCountryWord(ctx))) return { ...c, demonym: true };
      }
      break;
  }
  if (c.demonym) {
    // «اليمنى» (the right hand), «المجرى» (a watercourse): a final ى is not a nisba's ي, unless
    // the text spells every final ي as ى (Egyptian usage: «المصرى»).
    if (raw.endsWith('ى') && !spellsFinalYaAsAlifMaqsura(ctx, i)) return null;
    const p = prevWord(ctx, i);
    // «أحمد المصري»، «عبد الله السعودي»: a family name after a given name.
    if (c.definite && !c.clitic && p >= 0 && isGivenName(ctx, p)) return null;
    // «الأمير تركي بن …»: a given name.
    if (!c.definite && (nextIs(ctx, c.last, SON_OF) || prevHas(ctx, i, TITLES))) return null;
    // «اللغة الروسية»: the language.
    if (prevHas(ctx, i, LANGUAGE)) return null;
  }
  return c;
}
