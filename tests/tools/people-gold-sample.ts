/**
 * Picks the SaudiNewsNet documents of the people dev set (tests/gold/people/README.md): articles
 * of 600–3,000 characters that are not in the quotation gold, first copy of duplicated texts,
 * spread over the 11 sources (shuffled per source with a fixed seed, then one source at a time).
 * It chooses documents only; every mention in the gold is marked by reading.
 *
 *   npx tsx tests/tools/people-gold-sample.ts [COUNT] [--write DIR]   (DIR gets <snn-id>.txt, the raw content)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceBalancedOrder } from './source-sample';
import { loadSaudiNewsNet, type NewsArticle } from './saudinewsnet';
import { readQuoteGold } from './quotes-gold-read';

export const PEOPLE_SEED = 20261129;
const MIN_CHARS = 600;
const MAX_CHARS = 3000;

/** The people set's sampling order: first copies of 600–3,000 characters, `excluded` left out. */
export function peopleSampleOrder(articles: NewsArticle[], excluded: ReadonlySet<number>, seed = PEOPLE_SEED): NewsArticle[] {
  const seen = new Set<string>();
  const kept = articles.filter((a) => {
    if (seen.has(a.content)) return false;
    seen.add(a.content);
    return !excluded.has(a.id) && a.content.length >= MIN_CHARS && a.content.length <= MAX_CHARS;
  });
  return sourceBalancedOrder(kept, seed);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 40);
  const writeAt = process.argv.indexOf('--write');
  const dir = writeAt > 0 ? process.argv[writeAt + 1] : undefined;
  const excluded = new Set(readQuoteGold().flatMap((d) => (d.doc.startsWith('snn:') ? [Number(d.doc.slice(4))] : [])));
  if (dir) mkdirSync(dir, { recursive: true });
  for (const a of peopleSampleOrder(loadSaudiNewsNet(), excluded).slice(0, count)) {
    process.stdout.write(`snn:${a.id}\t${a.source}\t${a.content.length}\n`);
    if (dir) writeFileSync(join(dir, `snn-${a.id}.txt`), a.content);
  }
}
