/**
 * A given name the tagger ran on into the next word where the page names that person in full
 * with another word (عمر الشريف … وكان عمر سعيدا، زكي طليمات … وعاد زكي يسألني، هيفاء وهبي …
 * وصلت للفنانة هيفاء تغريدة): the word after the given name is no family name when the page
 * writes the full name, with its own family name, at least twice and this pair only once, and
 * no list knows the word as a name. A second person of the same given name whose family name
 * the lists know stays whole (أحمد ماهر beside أحمد النعماد), and so does a spelling variant of
 * the page's family name (أريانا هافنغتون beside أريانا هافينغتون). people-run-on.ts handles
 * the run-on word after a name the page gives whole on its own.
 */
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';

/** How often the page must write the full name for its family name to rule out another. */
const MIN_FULL_REPEATS = 2;

/** Whether two family names are one spelled two ways (هافنغتون، هافينغتون): same opening or ending letters. */
function isVariant(a: string, b: string): boolean {
  return a.slice(0, 3) === b.slice(0, 3) || a.slice(-3) === b.slice(-3);
}

/**
 * Trims, in place, the second word of each two-word draft written once on the page whose given
 * name the page writes alone and at least twice with another family name, when that word has no article and
 * no list knows it as a name.
 * @example trimWordAfterGivenName(ctx, drafts 'زكي طليمات' ×2, 'زكي', 'زكي يسألني') → the last is 'زكي'
 */
export function trimWordAfterGivenName(ctx: BoundsContext, drafts: Draft[]): void {
  const count = new Map<string, number>();
  const families = new Map<string, string[]>();
  const alone = new Set<string>();
  for (const d of drafts) {
    if (d.words.length === 1) alone.add(d.words[0]!);
    if (d.words.length < 2) continue;
    const key = d.words.join(' ');
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    if (n === MIN_FULL_REPEATS) families.set(d.words[0]!, [...(families.get(d.words[0]!) ?? []), d.words[1]!]);
  }
  if (families.size === 0) return;
  for (const d of drafts) {
    if (d.words.length !== 2 || d.tokenEnd !== d.tokenStart + 2) continue;
    const [given, extra] = d.words as [string, string];
    const known = families.get(given);
    if (!known || !alone.has(given) || count.get(d.words.join(' '))! > 1 || extra.startsWith('ال') || ctx.classOf(extra) & NAME_CLASS) continue;
    if (known.some((f) => f === extra || isVariant(f, extra))) continue;
    const first = ctx.tokens[d.tokenStart]!;
    d.end = first.end;
    d.words = [given];
    d.tokenEnd--;
  }
}
