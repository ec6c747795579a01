/**
 * A given name standing alone later on the page: once the page has named a person in full with
 * confidence (وصل عمر الشريف إلى القاهرة), the given name alone is the same person where it
 * stands again untagged (وضحك عمر ضحكة قصيرة). Pages that tell a story, a memoir or an
 * interview call people by the given name as often as by the surname, and the tagger, reading a
 * sentence at a time, seldom tags a bare given name. people-spread.ts finds surnames alone;
 * this finds the given name, where the page uses it alone at least twice (one bare word shaped
 * as a full name's first word is as often a common word: رمي، شاي).
 *
 * The word is left alone where it may be someone or something else: a given name two found
 * names share (two men called محمد), a compound given name (عز الدين، عبد الله, whose halves are
 * not a given name), a word the lists also know as a common word, a title, a place or a country,
 * one the page also writes with the article (العمر beside عمر: a noun there), one after a title
 * (الملك عبدالعزيز is another person), after an institution, group, family or organisation noun
 * (جامعة الملك سعود، دوري جميل), and one a name word or a connector follows (عمر سليمان is
 * another man, عمر بن الخطاب another name).
 */
import { LEX } from './ner/lexicon';
import { CURATED_NAME, isTitleToken, type BoundsContext } from './people-context';
import { namesSomethingElse } from './people-institutions';
import type { Draft } from './people-link';
import { NAME_CLASS, PRONOUN_PREPOSITION, isNotAName } from './people-not-names';
import { isWrittenAsCommonWord } from './people-common-surname';
import { headsGenitivePhrase } from './people-extent';
import { headsIndefiniteGenitive } from './people-genitive';
import { isNameConnector, written } from './name-words';
import { MIN_REPEAT_CONFIDENCE, REPEAT_FACTOR, keyReader } from './people-repeat-key';
import { roleBefore } from './people-role';
import { classAt, foldedAt } from './people-word-table';

/** How many times the page must name the person by the given name alone. */
const MIN_LONE_USES = 2;
/** Classes that make a given name unsafe alone: a common word, a role, a verb of speech, a place, a country or a nationality. */
const UNSAFE = LEX.COMMON | LEX.TITLE | LEX.SPEECH | LEX.PLACE | LEX.COUNTRY | LEX.DEMONYM | LEX.MODIFIER | LEX.ORG_CUE | LEX.PLACE_CUE;
/** Second halves of a compound given name (نور الدين، عز الدين، عطا الله). */
const COMPOUND_HALVES = new Set(['الدين', 'الله', 'الرحمن']);

/**
 * Adds a draft for every untagged given name standing alone that opens exactly one confident
 * full name of the page; `covered` marks the tokens of names already found.
 * @example addGivenNameRepeats over 'وصل عمر الشريف إلى القاهرة … وضحك عمر ضحكة قصيرة' → a draft for the second عمر
 */
export function addGivenNameRepeats(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens, text, classOf } = ctx;
  // The full name each given name opens; null when two names open with it.
  const byGiven = new Map<string, Draft | null>();
  for (const d of drafts) {
    if (d.words.length < 2 || d.confidence < MIN_REPEAT_CONFIDENCE) continue;
    const g = d.words[0]!;
    if (g.length < 3 || g.startsWith('ال') || isNameConnector(g) || COMPOUND_HALVES.has(d.words[1]!) || classOf(g) & UNSAFE) continue;
    const seen = byGiven.get(g);
    if (seen === undefined) byGiven.set(g, d);
    else if (seen && seen.words.join(' ') !== d.words.join(' ')) byGiven.set(g, null);
  }
  if (byGiven.size === 0) return;
  // العمر beside عمر: a word the page also writes with the article is a noun there.
  const page = ctx.bareWords();
  for (const g of [...byGiven.keys()]) if (isWrittenAsCommonWord(ctx, g, page)) byGiven.set(g, null);
  const readKey = keyReader(byGiven, (f) => (classOf(f) & (LEX.COMMON | CURATED_NAME)) !== 0);
  // (the page-level pass finds surnames alone without marking `covered`: every draft's tokens are taken)
  const taken = covered.slice();
  for (const d of drafts) taken.fill(1, d.tokenStart, d.tokenEnd);
  const found: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || t.kind !== 'word') continue;
    const at = readKey(t, foldedAt(ctx, i));
    const name = at && byGiven.get(at.key);
    if (!at || !name) continue;
    const prev = tokens[i - 1], next = tokens[i + 1];
    if (prev?.kind === 'word' && (taken[i - 1] || isTitleToken(ctx, prev))) continue;
    if (next?.kind === 'word' && (taken[i + 1] || isNameConnector(foldedAt(ctx, i + 1)) || COMPOUND_HALVES.has(foldedAt(ctx, i + 1)) || isNameWord(classAt(ctx, i + 1)))) continue;
    // فإن beside a name read as «فان»: the word must be written as the name is.
    if (!written(t.text).endsWith(written(text.slice(name.start, name.end)).split(/\s+/)[0]!)) continue;
    // حسن نية، مساعد رئيس المجلس: the head of a genitive phrase; أشرف عليها: a verb with its preposition;
    // غير عادل: an adjective.
    if (headsGenitivePhrase(ctx, i) || headsIndefiniteGenitive(ctx, i) || next?.kind === 'word' && PRONOUN_PREPOSITION.has(written(next.text)) || prev?.kind === 'word' && written(prev.text) === 'غير') continue;
    if (isNotAName(ctx, t) || namesSomethingElse(ctx, i)) continue;
    found.push({ start: at.start, end: t.end, words: [name.words[0]!], confidence: name.confidence * REPEAT_FACTOR, tokenStart: i, tokenEnd: i + 1, role: roleBefore(text, tokens, i, classOf) });
    taken[i] = 1;
  }
  // A page that calls a person by the given name does so more than once (a story, a memoir, an
  // interview); one bare word shaped as a full name's first word is as often a common word (رمي، شاي).
  const count = new Map<string, number>();
  for (const d of found) count.set(d.words[0]!, (count.get(d.words[0]!) ?? 0) + 1);
  for (const d of found) {
    if (count.get(d.words[0]!)! < MIN_LONE_USES) continue;
    drafts.push(d);
  }
}

/** Whether a word's classes make it a name's word and not a common one, or a title or a nationality (مساعد رئيس المجلس). */
const isNameWord = (bits: number): boolean => (bits & NAME_CLASS) !== 0 && !(bits & LEX.COMMON) || (bits & (LEX.TITLE | LEX.DEMONYM)) !== 0;
