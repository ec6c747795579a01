/**
 * A full name found again: when the page gives a name of two words or more with confidence, the
 * same words standing again untagged are the same person (وقال الكاتب يوسف الشريف … وأضاف يوسف
 * الشريف أن …). The tagger, reading each sentence alone, often tags a name where a title
 * announces it and misses it where it stands bare; a repeat of the whole name is firmer evidence
 * than the lone surname that people-spread.ts finds again. The first word may carry a conjunction
 * or a preposition, which stays out of the name (فعز الدين، لراف سيمونز).
 *
 * The repeat is left alone where the words name something else there, as people-bounds.ts does
 * for tagged spans: after an institution, a group, a family or an organisation noun (جامعة الملك
 * عبد العزيز، جماعة أبو هريرة), or alone in quotation marks as a work's title; and where it is a
 * part of a longer name: a word of a found name right before it, or a connector (بن، ذو، أبو)
 * right after it (عز الدين ذو الفقار).
 */
import { isNameConnector } from './name-words';
import type { BoundsContext } from './people-context';
import { namesSomethingElse } from './people-institutions';
import { quotedTitle } from './people-quoted-title';
import type { Draft } from './people-link';
import { MIN_REPEAT_CONFIDENCE, REPEAT_FACTOR, keyReader } from './people-repeat-key';
import { roleBefore } from './people-role';
import { foldedAt } from './people-word-table';

/** Whether a folded word after the repeat continues the name: the repeat is then part of a longer name (… بن علي، عز الدين ذو الفقار). */
const continuesName = (f: string): boolean => isNameConnector(f) || f === 'ذو' || f === 'ذي';

/**
 * Adds a draft for every untagged repeat of a confident name of two words or more; `covered`
 * marks the tokens of names already found and is updated.
 * @example addFullNameRepeats over 'وقال الكاتب يوسف الشريف إن … ثم أضاف يوسف الشريف أن' → a draft for the second يوسف الشريف
 */
export function addFullNameRepeats(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens, text, classOf } = ctx;
  // Names by their first word, the surest first (one pass over the page, a look-up per word).
  const byFirst = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.words.length < 2 || d.confidence < MIN_REPEAT_CONFIDENCE) continue;
    const list = byFirst.get(d.words[0]!) ?? [];
    if (!list.some((o) => sameWords(o.words, d.words))) list.push(d);
    byFirst.set(d.words[0]!, list);
  }
  if (byFirst.size === 0) return;
  const readKey = keyReader(byFirst);
  const found: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.kind !== 'word') continue;
    // لراف سيمونز، فعز الدين: the first word may carry a conjunction or a preposition.
    const at = readKey(t, foldedAt(ctx, i));
    if (!at) continue;
    const names = byFirst.get(at.key)!;
    for (const d of names) {
      const n = d.words.length;
      if (!matchesAt(ctx, i, d.words, covered, at.clitic)) continue;
      const prev = tokens[i - 1], next = tokens[i + n];
      if (prev?.kind === 'word' && covered[i - 1]) continue;
      // دار راف سيمونز، راف سيمونز بن علي: the words name something or someone else here, and so
      // does their surname alone: they are claimed, so that no later step spreads a name onto them.
      if ((next?.kind === 'word' && continuesName(foldedAt(ctx, i + n))) || namesSomethingElse(ctx, i) || quotedTitle(ctx, i, i + n)) {
        covered.fill(1, i, i + n);
        break;
      }
      found.push({ start: at.start, end: tokens[i + n - 1]!.end, words: d.words, confidence: d.confidence * REPEAT_FACTOR, tokenStart: i, tokenEnd: i + n, role: roleBefore(text, tokens, i, classOf) });
      covered.fill(1, i, i + n);
      break;
    }
  }
  drafts.push(...found);
}

/** Whether the untagged words from token i on are `words`, one token each (the first one already matched when behind a clitic). */
function matchesAt(ctx: BoundsContext, i: number, words: readonly string[], covered: Uint8Array, clitic: boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = ctx.tokens[i + k];
    if (t?.kind !== 'word' || covered[i + k] || (k > 0 || !clitic) && foldedAt(ctx, i + k) !== words[k]) return false;
  }
  return true;
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, k) => w === b[k]);
