/**
 * Given names that are also verbs governing على (صادق "ratified", حافظ "kept", أشرف "supervised"):
 * opening a clause, with على a few words on, the word is the verb and the words after it its
 * subject and its complement (صادق مجلس النواب، أمس الأحد، على مشروع القانون), not a person.
 */
import { foldArabic } from './normalize';
import { isNotAName } from './people-not-names';
import type { BoundsContext } from './people-context';

/** Given names that news text also writes as verbs followed by their subject and على. */
const VERBS_WITH_ALA = new Set(['صادق', 'حافظ', 'اشرف']);

/** How far على may stand from the verb: the subject, a time and a comma or two (مجلس النواب، أمس الأحد، على). */
const ALA_REACH = 8;

/** Marks that open a clause before the verb. */
const CLAUSE_OPENERS = new Set(['.', '!', '؟', '?', ':', '،', ',', '؛']);

/**
 * Whether token i, the tagger's whole name, is rather a verb governing على that opens a clause:
 * a listed verb (with و or ف before it at most) at the start of the text or a clause or a line,
 * and the preposition على within a few words, before a full stop.
 * @example isVerbOpeningClause(ctx of 'صادق مجلس النواب، أمس الأحد، على مشروع قانون', 0) → true
 */
export function isVerbOpeningClause(ctx: BoundsContext, i: number): boolean {
  const { tokens, text } = ctx;
  if (!VERBS_WITH_ALA.has(foldArabic(tokens[i]!.text).replace(/^[وف]/, ''))) return false;
  const prev = tokens[i - 1];
  if (prev && !CLAUSE_OPENERS.has(prev.text) && !text.slice(prev.end, tokens[i]!.start).includes('\n')) return false;
  for (let j = i + 1; j < tokens.length && j <= i + ALA_REACH; j++) {
    const t = tokens[j]!;
    if (t.text === '.' || t.text === '؟' || t.text === '!') return false;
    // على as the page writes the preposition (isNotAName tells it from the name علي).
    if (/^عل[ىي]$/.test(t.text) && isNotAName(ctx, t)) return true;
  }
  return false;
}
