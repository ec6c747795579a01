/**
 * The language core in Node over the SaudiNewsNet sample (read from ../shared, never shipped):
 * analyse(), the name tagger alone, and the floor (tokenize only) over the same text, pass by
 * pass in turn so that a change in the machine's load touches all three alike.
 */
import { performance } from 'node:perf_hooks';
import { analyse } from '../../utils/nlp/pipeline';
import { tokenize } from '../../utils/nlp/tokenize';
import type { BenchPlan } from './bench-args';
import { median, perSecond, quantile, summarize, type Summary } from './bench-stats';
import type { NewsArticle } from './saudinewsnet';

export interface NlpSpeed {
  articles: number;
  tokens: number;
  words: number;
  /** analyse() tokens per second, per pass. */
  analyse: Summary;
  /** tagTokens() tokens per second, per pass; null when the tagger cannot be loaded. */
  tagger: Summary | null;
  taggerNote: string | null;
  floor: Summary;
  /** The same three rates over the process's CPU time (user + system), steadier on a busy machine. */
  cpu: { analyse: Summary; tagger: Summary | null; floor: Summary };
  /** Per article: the median over passes of analyse()'s time; median and p95 over articles. */
  msPerArticleMedian: number;
  msPerArticleP95: number;
  /** analyse() time per 1,000 words (whitespace-separated), per pass. */
  msPer1000Words: Summary;
  /** The name tagger's share of analyse(), findNamedSpans (tagging, document pass, spans), per 1,000 words, per pass. */
  taggerMsPer1000Words: Summary | null;
  medianArticleWords: number;
  /** Articles on which analyse() threw, with the first message (left out of every figure). */
  failures: Array<{ id: number; error: string }>;
}

interface Tagger { tagTokens(words: string[]): string[] }
interface NerModule {
  createShippedTagger?: () => Tagger;
  loadNerModel: () => Tagger;
  sentenceRanges: (text: string, tokens: ReturnType<typeof tokenize>) => [number, number][];
  findNamedSpans: (text: string, tokens: ReturnType<typeof tokenize>) => unknown;
}

/** Loads the name tagger module, or says why it cannot be used. */
async function loadTagger(): Promise<{ ner: NerModule } | { note: string }> {
  try {
    const ner = (await import('../../utils/nlp/ner')) as unknown as NerModule;
    ner.loadNerModel().tagTokens(['قال', 'أردوغان']);
    return { ner };
  } catch (err) {
    return { note: `name tagger not usable: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}` };
  }
}

/** Whitespace-separated words: the unit of "a 1,000-word article" and of page sizes. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Measures the three speeds; `log` gets a progress line now and then. */
export async function measureNlpSpeed(all: readonly NewsArticle[], plan: BenchPlan, log: (line: string) => void): Promise<NlpSpeed> {
  // A fixed subset in a quick run: every k-th article, so that all sources stay in it.
  const step = plan.articles ? Math.max(1, Math.floor(all.length / plan.articles)) : 1;
  const chosen = all.filter((_, i) => i % step === 0).slice(0, plan.articles ?? all.length);
  const texts = chosen.map((a) => `${a.title}\n${a.content}`);
  const tokenCounts = texts.map((t) => tokenize(t).length);
  const wordCounts = texts.map(countWords);

  const loaded = await loadTagger();
  const sentences = 'ner' in loaded
    ? texts.map((t) => {
        const tokens = tokenize(t);
        return loaded.ner.sentenceRanges(t, tokens).map(([a, b]) => tokens.slice(a, b).map((x) => x.text));
      })
    : null;
  const taggerTokens = sentences ? sentences.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0) : 0;

  // Warm-up: the JIT sees every path once before anything is timed.
  const failures = new Map<number, string>();
  const warm = Math.min(texts.length, 200);
  for (let i = 0; i < warm; i++) {
    tokenize(texts[i] as string);
    try {
      analyse(texts[i] as string);
    } catch (err) {
      failures.set(i, err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    }
  }
  if (sentences && 'ner' in loaded) for (const d of sentences.slice(0, warm)) for (const s of d) loaded.ner.loadNerModel().tagTokens(s);

  const floor: number[] = [];
  const analyseRates: number[] = [];
  const tagger: number[] = [];
  const cpu = { floor: [] as number[], analyse: [] as number[], tagger: [] as number[] };
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(since);
    return (d.user + d.system) / 1000;
  };
  const per1000: number[] = [];
  const taggerPer1000: number[] = [];
  const perArticle: number[][] = texts.map(() => []);
  for (let pass = 0; pass < plan.nlpPasses; pass++) {
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    for (const t of texts) tokenize(t);
    floor.push(perSecond(tokenCounts.reduce((a, b) => a + b, 0), performance.now() - t0));
    cpu.floor.push(perSecond(tokenCounts.reduce((a, b) => a + b, 0), cpuMs(c0)));

    let ms = 0;
    let tokens = 0;
    let words = 0;
    c0 = process.cpuUsage();
    for (let i = 0; i < texts.length; i++) {
      if (failures.has(i)) continue;
      t0 = performance.now();
      try {
        analyse(texts[i] as string);
      } catch (err) {
        failures.set(i, err instanceof Error ? `${err.name}: ${err.message}` : String(err));
        continue;
      }
      const dt = performance.now() - t0;
      perArticle[i]?.push(dt);
      ms += dt;
      tokens += tokenCounts[i] as number;
      words += wordCounts[i] as number;
    }
    // Articles that threw are few and fast to fail: their CPU time is left in.
    cpu.analyse.push(perSecond(tokens, cpuMs(c0)));
    analyseRates.push(perSecond(tokens, ms));
    per1000.push(ms / (words / 1000));

    if ('ner' in loaded) {
      // The tagger as analyse() runs it, article by article (tokens made beforehand).
      let spansMs = 0, spansWords = 0;
      for (let i = 0; i < texts.length; i++) {
        if (failures.has(i)) continue;
        const toks = tokenize(texts[i] as string);
        t0 = performance.now();
        loaded.ner.findNamedSpans(texts[i] as string, toks);
        spansMs += performance.now() - t0;
        spansWords += wordCounts[i] as number;
      }
      taggerPer1000.push(spansMs / (spansWords / 1000));
    }
    if (sentences && 'ner' in loaded) {
      // A fresh tagger per pass: its word cache fills over the pass as it would over a session.
      const fresh = loaded.ner.createShippedTagger?.() ?? loaded.ner.loadNerModel();
      t0 = performance.now();
      c0 = process.cpuUsage();
      for (const d of sentences) for (const s of d) fresh.tagTokens(s);
      tagger.push(perSecond(taggerTokens, performance.now() - t0));
      cpu.tagger.push(perSecond(taggerTokens, cpuMs(c0)));
    }
    log(`nlp: pass ${pass + 1}/${plan.nlpPasses}: analyse ${Math.round(analyseRates.at(-1) as number).toLocaleString('en')} tokens/s`);
  }

  const articleMedians = perArticle.filter((xs) => xs.length > 0).map(median);
  return {
    articles: texts.length,
    tokens: tokenCounts.reduce((a, b) => a + b, 0),
    words: wordCounts.reduce((a, b) => a + b, 0),
    analyse: summarize(analyseRates),
    tagger: sentences ? summarize(tagger) : null,
    taggerNote: 'note' in loaded ? loaded.note : null,
    floor: summarize(floor),
    cpu: { analyse: summarize(cpu.analyse), tagger: sentences ? summarize(cpu.tagger) : null, floor: summarize(cpu.floor) },
    msPerArticleMedian: median(articleMedians),
    msPerArticleP95: quantile(articleMedians, 0.95),
    msPer1000Words: summarize(per1000),
    taggerMsPer1000Words: taggerPer1000.length ? summarize(taggerPer1000) : null,
    medianArticleWords: median(wordCounts),
    failures: [...failures].map(([i, error]) => ({ id: chosen[i]?.id ?? i, error })),
  };
}
