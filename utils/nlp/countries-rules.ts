/**
 * Context rules for country words that are ambiguous in news text. Each rule looks at the
 * neighbouring words (clitics stripped) and either keeps a match, changes it, or drops it;
 * every rule has example rows in tests/unit/countries-rules.test.ts.
 */
import { foldArabic } from './normalize';
import { cues, isCountryWord, isGivenName, nextIs, nextWord, prevHas, prevWord, spellsFinalYaAsAlifMaqsura, stems, type Candidate, type RuleContext } from './countries-rule-context';

export type { Candidate, RuleContext } from './countries-rule-context';

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
