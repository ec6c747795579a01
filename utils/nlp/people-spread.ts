/**
 * The page-level pass of the people finder: a confident name's surname found again where the
 * tagger left it untagged (وأضاف بلينكن), and a family name alone after a speech verb (وبيّن
 * الغامدي أن …).
 */
import { LEX } from './ner/lexicon';
import { cliticLength } from './ner/spans';
import { endsInCompoundHalf, written } from './name-words';
import { NAME_CLASS, isNotAName } from './people-not-names';
import type { BoundsContext } from './people-context';
import { isNisba, roleBefore } from './people-role';
import { followsDefiniteWord, isNisbaReadAsNoun } from './people-nisba-subject';
import { followsNamingNoun } from './people-institutions';
import { OPENING_MARKS } from './people-quoted-title';
import type { Draft } from './people-link';
import { isRareSurnameShape } from './people-demonym';
import { isNounAfterSpeech, wordsAfterGivenNames } from './people-lone-noun';
import { AFTER_SPEECH_CONFIDENCE, NOT_A_SURNAME, isSurnameAfterSpeech } from './people-untagged';
import { procliticSplits, type Token } from './tokenize';
import { followsGivenName, isWrittenAsCommonWord } from './people-common-surname';
import { foldedAt } from './people-word-table';
import { isNasabFamilyName } from './people-nasab-spread';

/** Mentions found again by the page-level pass get this fraction of the name's confidence. */
const SPREAD_FACTOR = 0.9;
const MIN_SPREAD_CONFIDENCE = 0.7;
/**
 * A surname no list knows, the corpora hold too rarely to give a cluster and shaped as no
 * inflected word is (ميليباند، بلمختار; not عينيه، تقيس) is hardly a common word where it stands
 * again: it spreads from a name the tagger was less sure of.
 */
const MIN_RARE_SPREAD_CONFIDENCE = 0.4;
/** Tokens handled between two yields. */
const TOKENS_PER_STEP = 1000;

/**
 * Finds untagged repeats (outside every span) of the surnames of confident names, and family
 * names alone after a speech verb, adding them to `drafts`.
 * @example spreadNames over 'قال أنتوني بلينكن … وأضاف بلينكن' with بلينكن untagged the second time → a draft for it
 */
export function* spreadNames(text: string, tokens: readonly Token[], covered: Uint8Array, drafts: Draft[], bounds: BoundsContext, bareSteps: () => Generator<void, ReadonlySet<string>>, taggedOther: ReadonlySet<number>): Generator<void, void> {
  const { classOf } = bounds;
  const surnames = new Map<string, number>();
  // Surnames of the form ال…ي that a list knows as other words (الشهري, also "monthly") may be
  // adjectives: they spread only right after a speech verb or a title (قال الشهري، الدكتور
  // الشهري), or a word that takes no adjective (رافق الشمري: people-nisba-subject.ts), where an
  // adjective cannot stand. One no list knows (القروني) spreads as any surname.
  const nisbas = new Set<string>();
  // One the lists know only as a name (القذافي) is read as an adjective only right after a word
  // with the article (الوفد الشمري, from the Shammar tribe); after a bare noun, a verb or a
  // preposition it is the person (سقوط نظام القذافي، اتهم القذافي، على القذافي، بالقذافي).
  const personNisbas = new Set<string>();
  for (const d of drafts) {
    const last = d.words[d.words.length - 1]!;
    // (also the family name of a nasab chain: people-nasab-spread.ts)
    const rare = (d.words.length > 1 && isRareSurnameShape(bounds, last)) || isNasabFamilyName(d.words);
    if (d.confidence < (rare ? MIN_RARE_SPREAD_CONFIDENCE : MIN_SPREAD_CONFIDENCE) || last.length < 3 || NOT_A_SURNAME.has(last) || endsInCompoundHalf(d.words) || d.words.length < 2 && isNisba(last)) continue;
    if (classOf(last) & (LEX.TITLE | LEX.MODIFIER | LEX.DEMONYM | LEX.COUNTRY | LEX.SPEECH)) continue;
    if (isNisba(last) && classOf(last) !== 0) (classOf(last) & ~NAME_CLASS ? nisbas : personNisbas).add(last);
    surnames.set(last, Math.max(surnames.get(last) ?? 0, d.confidence));
  }
  /**
   * Whether the word before token i is a speech verb (or one of `bits`), clitics allowed (وأوضح);
   * for a surname of the page, an opening quotation mark between too (وأردف "العمري"), as some papers write it.
   */
  const afterWord = (i: number, bits: number, throughQuote = false) => {
    const prev = tokens[throughQuote && OPENING_MARKS.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1];
    return prev?.kind === 'word' && procliticSplits(prev.text).some((r) => !r.article && classOf(r.stem) & bits);
  };
  /** Whether token i follows إن or أن (وأشار إلى أن الهزاني لاعب): the subject of the clause, a noun, never an adjective. */
  const afterInna = (i: number) => INNA.has(written(tokens[i - 1]?.text ?? ''));
  // A reading without the article ends as its word does (لل gives its article back in front):
  // a word whose last two letters end no surname needs no readings.
  const endings = new Set<number>();
  for (const name of surnames.keys()) endings.add(lastTwo(name));
  // Surnames the page also writes as a common word (people-common-surname), asked when first met.
  const commonWord = new Map<string, boolean>();
  let afterGiven: Set<string> | undefined;
  const shownAfterGiven = () => (afterGiven ??= wordsAfterGivenNames(tokens, classOf, drafts, (g) => isNotAName(bounds, g)));
  for (let i = 0; i < tokens.length; i++) {
    if (i % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
    const t = tokens[i]!;
    if (covered[i] || t.kind !== 'word') continue;
    const hit = endings.has(lastTwo(foldedAt(bounds, i))) ? procliticSplits(t.text).find((r) => !r.article && surnames.has(r.stem)) : undefined;
    // isNotAName is asked of candidates only, not of every token of the page.
    if (hit) {
      // (after a speech verb or a title, an opening mark between allowed: وأضاف "العمري")
      const cued = afterWord(i, LEX.SPEECH | LEX.TITLE, true);
      // جماعة الحوثي، مجموعة الطيار، عائلة الحربي: after a group, organisation or family noun the surname names it.
      if (isNotAName(bounds, t) || followsNamingNoun(bounds, i) || (nisbas.has(hit.stem) && (hit.prefix || !cued && !afterInna(i) && !isNisbaReadAsNoun(bounds, i))) || (personNisbas.has(hit.stem) && !hit.prefix && followsDefiniteWord(tokens, i))) continue;
      // عبد الوهاب مشهد beside بعد انتهاء المشهد: a surname the page also writes as a common word
      // spreads only where a name stands, after a given name, a speech verb or a title (إيلي صعب).
      if (!cued && !followsGivenName(bounds, i)) {
        let common = commonWord.get(hit.stem);
        if (common === undefined) commonWord.set(hit.stem, (common = isWrittenAsCommonWord(bounds, hit.stem, yield* bareSteps())));
        if (common) continue;
      }
      // (the page's folded words are built only when a candidate needs them)
      const start = t.start + (hit.prefix ? cliticLength(t.text, yield* bareSteps(), classOf) : 0);
      drafts.push({ start, end: t.end, words: [hit.stem], confidence: surnames.get(hit.stem)! * SPREAD_FACTOR, tokenStart: i, tokenEnd: i + 1, role: roleBefore(text, tokens, i, classOf) });
    } else if (isSurnameAfterSpeech(bounds, i) && afterWord(i, LEX.SPEECH) && !isNotAName(bounds, t) && !isNounAfterSpeech(foldedAt(bounds, i), shownAfterGiven, taggedOther.has(i))) {
      drafts.push({ start: t.start, end: t.end, words: [foldedAt(bounds, i)], confidence: AFTER_SPEECH_CONFIDENCE, tokenStart: i, tokenEnd: i + 1, role: roleBefore(text, tokens, i, classOf) });
    }
  }
}


/** إن and أن with the clitics they take, as written (not the name أن folded from آن). */
const INNA = new Set(['أن', 'إن', 'بأن', 'لأن', 'وأن', 'وإن', 'فإن']);

/** The last two characters of a word as one number (-1 for a shorter word). */
function lastTwo(w: string): number {
  return w.length < 2 ? -1 : w.charCodeAt(w.length - 2) * 0x10000 + w.charCodeAt(w.length - 1);
}
