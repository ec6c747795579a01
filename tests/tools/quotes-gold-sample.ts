/**
 * Picks the SaudiNewsNet documents of the quotation gold (tests/gold/quotes/README.md), in a
 * fixed order that depends only on the seed: eligible documents are shuffled per source, then
 * taken one source at a time (source order reshuffled every round) so that every source is
 * represented. It chooses documents only; every annotation in the gold is made by reading.
 *
 *   npx tsx tests/tools/quotes-gold-sample.ts [COUNT]
 */
import { loadSaudiNewsNet, type NewsArticle } from './saudinewsnet';
import { sourceBalancedOrder } from './source-sample';

export const QUOTE_MARKS = /["«»“”]/g;
export const SAMPLE_SEED = 20150721;
/** Whole-document annotation stays feasible below these bounds (1,784 of 1,957 distinct candidates). */
export const MAX_MARKS = 40;
export const MAX_CHARS = 8000;

/** Counts the quotation-mark characters of a text. */
export function countMarks(text: string): number {
  return text.match(QUOTE_MARKS)?.length ?? 0;
}

/** Eligible documents: at least one possible pair of marks, within the bounds, first copy of duplicated texts. */
export function eligible(articles: NewsArticle[]): NewsArticle[] {
  const seen = new Set<string>();
  return articles.filter((a) => {
    if (seen.has(a.content)) return false;
    seen.add(a.content);
    const marks = countMarks(a.content);
    return marks >= 2 && marks <= MAX_MARKS && a.content.length <= MAX_CHARS;
  });
}

/** The sampling order over all eligible documents. */
export function sampleOrder(articles: NewsArticle[], seed = SAMPLE_SEED): NewsArticle[] {
  return sourceBalancedOrder(eligible(articles), seed);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 60);
  for (const a of sampleOrder(loadSaudiNewsNet()).slice(0, count)) {
    process.stdout.write(`snn:${a.id}\t${a.source}\t${a.content.length}\t${countMarks(a.content)}\n`);
  }
}
