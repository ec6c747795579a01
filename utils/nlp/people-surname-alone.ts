/**
 * A family name the tagger left out after a lone given name where the page uses that word again
 * alone (بريان [وارد] … وقال وارد، معاذ [الكساسبة] … إعدام الكساسبة): a word no list knows but as a
 * name, too rare in the corpora for a cluster, that the page names without the given name is the
 * person's surname, not a common word run on after the name.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { isSpeechToken, isTitleToken, type BoundsContext } from './people-context';
import { isForeignNameWord, isRareOrNameOnly } from './people-demonym';
import { lastWords, type Draft } from './people-link';
import { NAME_CLASS, isNotAName } from './people-not-names';

/** Classes that make the lone word no given name: a role, a verb of speech, a common word. */
const NOT_GIVEN = LEX.TITLE | LEX.SPEECH | LEX.COMMON;

/**
 * Extends, in place, each one-word draft by the word right after it (white space between) when
 * that word is rare or a name only, and the page names a person by it alone elsewhere.
 * `drafts` is sorted by start.
 * @example extendBySurnameAlone(ctx of 'وقال بريان وارد إن … وأضاف وارد', draft 'بريان') → 'بريان وارد'
 */
export function extendBySurnameAlone(ctx: BoundsContext, drafts: Draft[]): void {
  let surnames: Set<string> | undefined, lone: Set<string> | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!, after = drafts[i + 1];
    if (d.tokenEnd !== d.tokenStart + 1 || d.words.length !== 1 || !isGivenName(ctx, d.words[0]!)) continue;
    // بوش الأب beside جورج بوش: the surname of a fuller name stays as it is.
    if ((surnames ??= lastWords(drafts)).has(d.words[0]!)) continue;
    const next = ctx.tokens[d.tokenEnd];
    if (next?.kind !== 'word' || !/^\s+$/.test(ctx.text.slice(d.end, next.start)) || after && after.tokenStart <= d.tokenEnd) continue;
    const f = foldArabic(next.text);
    // ونورة: a word behind و opens the next item of a list.
    if (f.startsWith('و') || !(isForeignNameWord(ctx, next) || isRareFamilyWithArticle(ctx, f)) || isNotAName(ctx, next)) continue;
    if (!(lone ??= loneWords(drafts)).has(f) && !isNamedAfterCue(ctx, f, d.tokenEnd)) continue;
    d.end = next.end;
    d.tokenEnd++;
    d.words = [...d.words, f];
  }
}

/** Whether a folded word is a name in the lists or the corpora and no role, verb of speech or common word. */
function isGivenName(ctx: BoundsContext, g: string): boolean {
  const bits = ctx.classOf(g);
  // ويبر: a surname the lists know, not as a given name, opens no name.
  if (bits & LEX.SURNAME && !(bits & LEX.GIVEN)) return false;
  return (bits & (LEX.GIVEN | LEX.CORPUS_PERS)) !== 0 && !(bits & NOT_GIVEN);
}

/** Whether a folded word with the article is a name only in the lists or rare in the corpora, and no plural (الكساسبة، الخطي). */
function isRareFamilyWithArticle(ctx: BoundsContext, f: string): boolean {
  return f.startsWith('ال') && f.length >= 5 && !/(ون|ين|ات)$/.test(f) && isRareOrNameOnly(ctx, f) && isRareOrNameOnly(ctx, f.slice(2));
}

/** The words of the one-word drafts (وارد of وقال وارد). */
function loneWords(drafts: readonly Draft[]): Set<string> {
  return new Set(drafts.filter((d) => d.words.length === 1).map((d) => d.words[0]!));
}

/** Whether the page holds the folded word `f` at a token other than `at` right after a title or a verb of speech (الشهيد الكساسبة، وقال وارد). */
function isNamedAfterCue(ctx: BoundsContext, f: string, at: number): boolean {
  const { tokens } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    if (k === at || tokens[k]!.kind !== 'word' || foldArabic(tokens[k]!.text) !== f) continue;
    // وقال المحقق ويبر: a word before a name is its title, not the name.
    const prev = tokens[k - 1]!, next = tokens[k + 1];
    const nextBits = next?.kind === 'word' ? ctx.classOf(foldArabic(next.text)) : 0;
    if (nextBits & NAME_CLASS && !(nextBits & LEX.COMMON)) continue;
    if (prev.kind === 'word' && (isTitleToken(ctx, prev) || isSpeechToken(ctx, prev))) return true;
  }
  return false;
}
