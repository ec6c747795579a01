/**
 * `npm run bench:ner`: speed of the shipped name tagger in Node on the SaudiNewsNet sample
 * (read from ../shared, never shipped): model load time, tagger throughput in tokens per
 * second (sentence by sentence, features included), and per-article latency of
 * findNamedSpans and findPeople (tokenising, tagging, document pass, linking).
 *
 *   npm run bench:ner -- --articles=500
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { loadSaudiNewsNet } from './saudinewsnet';
import { tokenize } from '../../utils/nlp/tokenize';

/** CPU milliseconds of this process (user + system): fair on a machine shared with other jobs. */
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const limit = Number(process.argv.find((a) => a.startsWith('--articles='))?.slice(11) ?? 1000);

const t0 = performance.now();
const ner = await import('../../utils/nlp/ner');
const tImport = performance.now();
// The sliced loader, as the content script runs it: CPU time of every step.
const stepCpu: number[] = [];
const steps = ner.loadNerModelSteps();
let c0 = cpu();
let step = steps.next();
for (;;) {
  stepCpu.push(cpu() - c0);
  if (step.done) break;
  c0 = cpu();
  step = steps.next();
}
const tagger = ner.loadNerModel();
const tLoad = performance.now();
const cLoad = stepCpu.reduce((a, b) => a + b, 0);
const sortedSteps = [...stepCpu].sort((a, b) => a - b);
const { NER_WEIGHTS } = await import('../../assets/model/ner-weights');
const raw = Buffer.from(NER_WEIGHTS, 'base64');
console.log(`model: ${(raw.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(0)} KiB gzip (module text ${(NER_WEIGHTS.length / 1024).toFixed(0)} KiB)`);
console.log(`load: import ${(tImport - t0).toFixed(1)} ms wall (tsx transpiling the modules; a bundle only parses them), decode + table + lexicon ${(tLoad - tImport).toFixed(1)} ms wall, ${cLoad.toFixed(1)} ms CPU`);
console.log(`sliced load: ${stepCpu.length} steps, CPU per step median ${sortedSteps[sortedSteps.length >> 1]!.toFixed(1)} ms, longest ${sortedSteps[sortedSteps.length - 1]!.toFixed(1)} ms (the first steps include the JIT warming up)`);

const articles = loadSaudiNewsNet().slice(0, limit);
const sentencesOf = (text: string) => {
  const tokens = tokenize(text);
  return ner.sentenceRanges(text, tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.text));
};
const docs = articles.map((a) => sentencesOf(a.content));
const nTokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

// Warm-up (JIT), then a timed pass over every sentence with a cold word cache per run.
for (const d of docs.slice(0, 50)) for (const s of d) tagger.tagTokens(s);
const fresh = ner.createShippedTagger();
let t = performance.now();
let c = cpu();
for (const d of docs) for (const s of d) fresh.tagTokens(s);
const tagMs = performance.now() - t;
const tagCpu = cpu() - c;
console.log(`tagTokens: ${nTokens} tokens of ${docs.length} articles: ${tagMs.toFixed(0)} ms wall → ${Math.round(nTokens / (tagMs / 1000))} tokens/s; ${tagCpu.toFixed(0)} ms CPU → ${Math.round(nTokens / (tagCpu / 1000))} tokens/s per core`);

// A 6,000-character piece (the pipeline's step) right after loading, on a fresh word cache.
const chunkTimes: number[] = [];
for (const a of articles.filter((x) => x.content.length >= 6000).slice(0, 30)) {
  const fresh6k = ner.createShippedTagger();
  const piece = a.content.slice(0, 6000);
  c = cpu();
  ner.namedSpansWith(fresh6k, piece);
  chunkTimes.push(cpu() - c);
}
chunkTimes.sort((a, b) => a - b);
if (chunkTimes.length) console.log(`findNamedSpans on a 6,000-character piece with a fresh word cache (${chunkTimes.length} pieces): median ${chunkTimes[chunkTimes.length >> 1]!.toFixed(2)} ms CPU, longest ${chunkTimes[chunkTimes.length - 1]!.toFixed(2)} ms`);

const { findPeople } = await import('../../utils/nlp/people');
const lat: { words: number; spans: number; people: number }[] = [];
for (const a of articles) {
  const words = tokenize(a.content).length;
  c = cpu();
  ner.findNamedSpans(a.content);
  const spans = cpu() - c;
  c = cpu();
  findPeople(a.content);
  lat.push({ words, spans, people: cpu() - c });
}
const per1000 = (key: 'spans' | 'people') => lat.reduce((s, x) => s + x[key], 0) / (lat.reduce((s, x) => s + x.words, 0) / 1000);
const sorted = lat.map((x) => x.people).sort((a, b) => a - b);
console.log(`CPU time: findNamedSpans ${per1000('spans').toFixed(2)} ms per 1,000 words; findPeople (spans included) ${per1000('people').toFixed(2)} ms per 1,000 words`);
console.log(`findPeople CPU time per article (mean ${Math.round(lat.reduce((s, x) => s + x.words, 0) / lat.length)} words): median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(2)} ms`);
