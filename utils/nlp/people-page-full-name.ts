/**
 * A name cut short where the page writes the same words in full as a name elsewhere: ولد ألكسيس
 * [تسيبراس] beside ألكسيس تسيبراس, [فاتن] [حمامة] found as two mentions beside فاتن حمامة. A word
 * no list knows (a foreign given name, a rare Arabic one: هزبر، نشوى) stops the tagger in one
 * sentence and not in another; the page's own full name is the evidence that the words next to
 * the short mention belong to it. Only the words right next to the mention, with white space
 * between them, spelled as the full name spells them, are taken; a title, a form of address or a
 * verb of speech is never taken (مدام فاتن), nor a word with the article (جيب بوش الأصغر) or
 * behind و (فياغرا وليفيترا), nor words after في (في فيكتوريا كوليدج names a place), nor a
 * mention inside a longer one of another person.
 */
import { LEX } from './ner/lexicon';
import { NASAB, written } from './name-words';
import { foldArabic } from './normalize';
import { isTitleToken, spacedOnly, words, type BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { isNotAName } from './people-not-names';

/** Classes of a word that is a role or a verb of speech, never part of a name taken by this rule. */
const NOT_TAKEN = LEX.TITLE | LEX.SPEECH;
/** Foreign forms of address the lists may not know as titles (مدام فاتن، مسيو جان). */
const ADDRESS = words('مدام مسيو مستر ميستر مسز');
/** Classes of a word a list knows as a name. */
const NAME_WORD = LEX.GIVEN | LEX.PERSON | LEX.SURNAME | LEX.CORPUS_PERS;
/** The longest full name looked at, in words. */
const MAX_WORDS = 4;

/**
 * Extends, in place, each draft to the full name of the page (a draft of more words, up to four)
 * that holds its words with the words right before or after it in the text; a draft that stood
 * on those words alone, now inside the extended one, is dropped. `drafts` is sorted by start.
 * @example extendToPageFullName(ctx of 'قال ألكسيس تسيبراس … ولد ألكسيس تسيبراس', drafts 'ألكسيس تسيبراس', 'تسيبراس') → the second is 'ألكسيس تسيبراس'
 */
export function extendToPageFullName(ctx: BoundsContext, drafts: Draft[]): void {
  const full = new Set<string>();
  // (a word of none of those names makes none: takenWords stops there, before its dearer tests)
  const known = new Set<string>();
  for (const d of drafts) {
    if (d.words.length < 2 || d.words.length > MAX_WORDS) continue;
    full.add(d.words.join(' '));
    for (const w of d.words) known.add(w);
  }
  if (full.size === 0) return;
  const gone = new Set<Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (gone.has(d) || d.words.length >= MAX_WORDS) continue;
    // The words before (k of them) and after (m of them) that make a full name of the page, fewest first.
    // (each side's words that may be taken are read once: k words before are taken when the k nearest are)
    const spare = MAX_WORDS - d.words.length;
    const nearBefore = takenWords(ctx, d.tokenStart - 1, -1, spare, known), nearAfter = takenWords(ctx, d.tokenEnd, 1, spare, known);
    let best: { k: number; m: number; words: string[] } | null = null;
    for (let total = d.words.length + 1; total <= MAX_WORDS && !best; total++) {
      for (let k = 0; k <= total - d.words.length && !best; k++) {
        const m = total - d.words.length - k;
        if (k > nearBefore.length || m > nearAfter.length) continue;
        const words = [...nearBefore.slice(0, k).reverse(), ...d.words, ...nearAfter.slice(0, m)];
        if (full.has(words.join(' '))) best = { k, m, words };
      }
    }
    if (!best) continue;
    const { k, m, words } = best, a = d.tokenStart - k, b = d.tokenEnd + m;
    if (!spacedOnly(ctx, a, b)) continue;
    // في خميس مشيط، في فيكتوريا كوليدج: after في two words more likely name a place.
    if (k && foldArabic(ctx.tokens[a - 1]?.text ?? '') === 'في') continue;
    // Another mention overlapping the new words must lie wholly inside them (فاتن | حمامة).
    const others = drafts.filter((o) => o !== d && o.tokenStart < b && o.tokenEnd > a);
    if (others.some((o) => o.tokenStart < a || o.tokenEnd > b)) continue;
    for (const o of others) gone.add(o);
    if (k) d.start = ctx.tokens[a]!.start;
    if (m) d.end = ctx.tokens[b - 1]!.end;
    d.words = words;
    d.tokenStart = a;
    d.tokenEnd = b;
    for (const o of others) d.confidence = Math.max(d.confidence, o.confidence);
  }
  if (gone.size) dropDrafts(drafts, (d) => gone.has(d));
}

/**
 * The folded words of up to `max` tokens from token `from` in direction `step` (-1 back, 1
 * forward), nearest first, as far as each is a word that may be part of a name (no title, verb of
 * speech or function word) and is `known` (a word of a full name).
 */
function takenWords(ctx: BoundsContext, from: number, step: -1 | 1, max: number, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = from; out.length < max && i >= 0 && i < ctx.tokens.length; i += step) {
    const f = takenWord(ctx, i, known);
    if (f === null) break;
    out.push(f);
  }
  return out;
}

/** The folded word of token i when it is `known` and may be part of a name taken by this rule, else null. */
function takenWord(ctx: BoundsContext, i: number, known: ReadonlySet<string>): string | null {
  const t = ctx.tokens[i]!;
  const f = foldArabic(t.text);
  if (!known.has(f)) return null;
  if (isNotAName(ctx, t)) return null;
  const bits = ctx.classOf(f);
  // العظيم الفيصل، جيب بوش الأصغر: a word with the article is an adjective as often as a family name.
  if (bits & NOT_TAKEN || isTitleToken(ctx, t) || ADDRESS.has(f) || written(t.text).startsWith('ال')) return null;
  // فياغرا وليفيترا: a word behind و is the next item of a list, unless a list knows it as a name (وليد).
  if (f.startsWith('و') && !(bits & NAME_WORD)) return null;
  return f;
}

/**
 * Extends, in place, each one-word draft to the family name after it where the page gives the
 * same person's name with a nasab, from that given name to that family name (الدكتور [ماهر]
 * الجديد أن beside ماهر بن سعد الجديد): the given name and the family name, nasab left out, are
 * one name. The family name follows with only white space between; a draft already standing on
 * it alone gives way.
 * @example extendToNasabFamily(ctx of 'ماهر بن سعد الجديد عضو … الدكتور ماهر الجديد أن', drafts) → the second is 'ماهر الجديد'
 */
export function extendToNasabFamily(ctx: BoundsContext, drafts: Draft[]): void {
  const families = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.words.length < 3 || !d.words.slice(1, -1).some((w) => NASAB.has(w)) || !d.words[d.words.length - 1]!.startsWith('ال')) continue;
    const set = families.get(d.words[0]!) ?? new Set<string>();
    set.add(d.words[d.words.length - 1]!);
    families.set(d.words[0]!, set);
  }
  if (families.size === 0) return;
  const gone = new Set<Draft>();
  for (const d of drafts) {
    const next = ctx.tokens[d.tokenEnd];
    if (d.words.length !== 1 || gone.has(d) || next?.kind !== 'word' || !families.get(d.words[0]!)?.has(foldArabic(next.text)) || !spacedOnly(ctx, d.tokenStart, d.tokenEnd + 1)) continue;
    for (const o of drafts) if (o !== d && o.tokenStart === d.tokenEnd && o.tokenEnd === d.tokenEnd + 1) gone.add(o);
    d.end = next.end;
    d.words = [...d.words, foldArabic(next.text)];
    d.tokenEnd++;
  }
  if (gone.size) dropDrafts(drafts, (d) => gone.has(d));
}
