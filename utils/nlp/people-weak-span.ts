/**
 * Names the tagger doubted as an organisation or a place right after a word that announces one
 * person (استقر الاختيار على الممثلة ماريسا توماي، كما توقع البطريرك كرمنيان، لضم البلجيكي
 * بنتيكي): a profession, a rank or a title with the article, or a nationality adjective with it,
 * names the one person it stands for, while an organisation follows a head noun in construct
 * (رئيس حزب القوات، زعيم تنظيم داعش), which has no article. The tagger's doubt (a low confidence)
 * and a first word that no list knows as a place, a country or an organisation, and that carries
 * no article itself (للشاعر الرمزي، اللاعب الكولومبي are adjectives), leave the person reading.
 * The cue is the one the cued names test (people-title-name, people-demonym): a title that is as
 * often another noun (الفريق كوريتيبا: the team) announces no one.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { NamedSpan } from './ner';
import type { BoundsContext } from './people-context';
import { AFTER_DEMONYM_CONFIDENCE, isPersonDemonym } from './people-demonym';
import { isDefiniteTitle } from './people-title-name';
import { roleBefore } from './people-role';
import type { Draft } from './people-link';
import { foldedAt } from './people-word-table';

/** Below this confidence the tagger's organisation or place reading gives way to a person cue. */
const WEAK = 0.6;
/** Below this confidence the reading gives way to a nationality adjective standing for a person (والبرتغالي). */
const STANDING_DEMONYM_WEAK = 0.8;
/** Longest doubted span read as a name. */
const MAX_WORDS = 3;
/** Whether token k is a cue that announces one person: a definite title or a nationality adjective with the article. */
const isPersonCue = (ctx: BoundsContext, k: number): boolean => isDefiniteTitle(ctx, k) || isPersonDemonym(ctx, k);

/** Whether token k is a nationality adjective with a clitic before its article (والبرتغالي، للإنجليزي): a person. */
const isStandingDemonym = (ctx: BoundsContext, k: number): boolean => !foldedAt(ctx, k).startsWith('ال') && isPersonDemonym(ctx, k);

/** Classes of a word that make it a place or an organisation rather than a name. */
const NOT_A_NAME = LEX.PLACE | LEX.COUNTRY | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.CORPUS_ORG | LEX.COMMON;

/**
 * Adds to `drafts` every doubted non-person span of `spans` that a definite person cue announces,
 * marking its tokens in `covered`.
 * @example on 'على الممثلة ماريسا توماي لكي' with ماريسا توماي tagged ORG at 0.27 → a draft ماريسا توماي
 */
export function addWeakSpansAfterCue(ctx: BoundsContext, spans: readonly NamedSpan[], drafts: Draft[], covered: Uint8Array): void {
  const { tokens, text } = ctx;
  for (const s of spans) {
    const a = s.tokenStart, b = s.tokenEnd;
    if (s.type === 'PERS' || s.confidence >= STANDING_DEMONYM_WEAK || a < 1 || b - a > MAX_WORDS) continue;
    // والبرتغالي تياغو: a nationality adjective with a clitic before its article is a noun of its own,
    // a person, and outweighs a surer organisation reading of the name after it.
    if (s.confidence >= WEAK && !isStandingDemonym(ctx, a - 1)) continue;
    const first = tokens[a]!, cue = tokens[a - 1]!;
    // و[تنظيم] داعش: a clitic on the span's first word opens a phrase of its own.
    if (first.start !== s.start || first.kind !== 'word' || cue.kind !== 'word') continue;
    const f = foldArabic(first.text);
    if (f.startsWith('ال') || (ctx.classOf(f) & NOT_A_NAME) !== 0 || !isPersonCue(ctx, a - 1)) continue;
    // للإنجليزي بروميل: the same name the cued names took (people-cued-name) keeps the cue against the page's vote.
    const same = drafts.find((d) => d.tokenStart === a && d.tokenEnd === b);
    if (same) { same.cued = true; continue; }
    // الليبي لوتشيا مهرتياب: a span right before a name already found is that name's first word, left to the page checks.
    if (drafts.some((d) => d.tokenStart <= b && d.tokenEnd > a)) continue;
    const words = tokens.slice(a, b).filter((t) => t.kind === 'word').map((t) => foldArabic(t.text));
    drafts.push({ start: s.start, end: s.end, words, confidence: AFTER_DEMONYM_CONFIDENCE, tokenStart: a, tokenEnd: b, role: roleBefore(text, tokens, a, ctx.classOf), cued: true });
    covered.fill(1, a, b);
  }
}

/** Classes of a last word that may be no part of the name it ends: a place, a common word. */
const DOUBTFUL_LAST = LEX.PLACE | LEX.COUNTRY | LEX.CORPUS_LOC | LEX.PLACE_CUE | LEX.COMMON;

/**
 * Raises to a cued name's confidence every person span of two or three words the tagger doubted
 * right after a nationality adjective or a definite title that announces one person (انتقال نجمه
 * التشيلي أرتورو فيدال at 0.42): the cue that finds a name the tagger missed vouches as much for
 * one it found, so its surname is found again on the page (وكيل أعمال فيدال).
 * @example on 'نجمه التشيلي أرتورو فيدال' with the draft at 0.42 → 0.7
 */
export function raiseCuedPersonSpans(ctx: BoundsContext, drafts: Draft[]): void {
  // وصلت للفنانة هيفاء تغريدة on a page that names هيفاء وهبي: a given name the page gives another family name is not vouched for.
  const families = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.words.length < 2) continue;
    const given = d.words[0]!;
    if (!families.has(given)) families.set(given, new Set());
    families.get(given)!.add(d.words[d.words.length - 1]!);
  }
  for (const d of drafts) {
    const a = d.tokenStart, n = d.tokenEnd - a;
    if (d.confidence >= AFTER_DEMONYM_CONFIDENCE || a < 1 || n < 2 || n > MAX_WORDS || ctx.tokens[a]!.start !== d.start) continue;
    if (!isPersonCue(ctx, a - 1)) continue;
    // (a draft whose words are the tokens it covers, as the tagger read them)
    if (d.words.length !== n || d.words.some((w, k) => w !== foldedAt(ctx, a + k))) continue;
    // الملك عبدالعزيز الاحساء، الأمير سعود أكبر: a last word the lists know as a place or a common
    // word may be no part of the name; الشيخ زويد ورفح: a word behind و that the lists know bare opens the next item.
    const last = d.words[n - 1]!;
    if (families.get(d.words[0]!)!.size > 1 || ctx.classOf(last) & DOUBTFUL_LAST || d.words.some((w, k) => k > 0 && w.startsWith('و') && ctx.classOf(w.slice(1)) !== 0)) continue;
    d.confidence = AFTER_DEMONYM_CONFIDENCE;
    d.cued = true;
  }
}

/** Below this confidence a tagged organisation or place of several words leaves its words to the person rules. */
const SCARCE = 0.2;

/**
 * Whether a tagged span keeps the person rules off its words: a person, or a longer span of
 * another kind the tagger believes at least a little. المكسيك مونتى أليخاندرو روبيدو tagged as one
 * organisation at 0.19 leaves روبيدو to the page's confident وقال روبيدو.
 * @example shieldsItsWords({ type: 'ORG', confidence: 0.19, tokenStart: 3, tokenEnd: 7, … }) → false
 */
export function shieldsItsWords(s: NamedSpan): boolean {
  return s.type === 'PERS' || (s.tokenEnd - s.tokenStart > 1 && s.confidence >= SCARCE);
}
