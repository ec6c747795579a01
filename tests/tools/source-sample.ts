/**
 * The sampling order of the SaudiNewsNet gold sets: documents shuffled per source with a fixed
 * seed (mulberry32), then taken one per source per round, the order of the sources reshuffled
 * every round, so that the 11 sources are spread evenly whatever their share of the corpus.
 */
import { rng } from './rng';
import type { NewsArticle } from './saudinewsnet';

/**
 * A copy of `items` in a random order (Fisher–Yates) drawn from `rnd`.
 * @example shuffle([1, 2, 3], rng(1)) → the same permutation every time
 */
export function shuffle<T>(items: readonly T[], rnd: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `articles` (already filtered) in the source-balanced order of `seed`. */
export function sourceBalancedOrder(articles: readonly NewsArticle[], seed: number): NewsArticle[] {
  const rnd = rng(seed);
  const bySource = new Map<string, NewsArticle[]>();
  for (const a of articles) bySource.set(a.source, [...(bySource.get(a.source) ?? []), a]);
  const queues = [...bySource.keys()].sort().map((s) => shuffle(bySource.get(s) ?? [], rnd));
  const out: NewsArticle[] = [];
  while (queues.some((q) => q.length > 0)) {
    for (const q of shuffle(queues, rnd)) {
      const next = q.shift();
      if (next) out.push(next);
    }
  }
  return out;
}
