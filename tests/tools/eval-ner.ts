/**
 * `npm run eval:ner`: trains the tagger exactly as `train:ner` does but without the dev split
 * (the last 10% of ANERcorp train), tags dev with the quantised run-time tagger and prints
 * per-type precision / recall / F1 under conlleval rules.
 *
 * Options override the shipped configuration for ablations, e.g.
 *   npm run eval:ner -- --wikifane=false --dropout=0 --doc=false
 *   npm run eval:ner -- --sweep-obias     (F1 for several O biases)
 *   npm run eval:ner -- --sweep-doc       (F1 for several document sizes of the document pass)
 *   npm run eval:ner -- --calibrate       (the temperature that fits dev marginals best)
 *   npm run eval:ner -- --save=/tmp/dev (writes the dev model, lexicon and predictions)
 *   npm run eval:ner -- --load=/tmp/dev (decodes with a saved dev model: decoding options only)
 *   npm run eval:ner -- --float           (float weights: what 8-bit quantisation costs)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeModel, encodeModel } from '../../utils/nlp/ner/codec';
import { createNerTagger } from '../../utils/nlp/ner/tagger';
import { buildLexicon } from '../../utils/nlp/ner/lexicon';
import { formatScores, prf, scoreSentences } from './ner-score';
import { DOC_WINDOW, SHIPPED, clusterLookup, featureOptions, lexiconEntries, trainModel, trainingSentences, type NerSetup } from './ner-setup';
import { pruneRows, sameTypePenalty, tagBias, unquantised } from './ner-perceptron';
import { countryHook } from '../../utils/nlp/ner/places';
import type { TaggedSentence } from './ner-corpora';
import { shippedTags } from './ner-shipped-tags';

/** Parses --key=value options onto a copy of the shipped setup. */
export function setupFromArgs(args: string[]): { setup: NerSetup & { doc: boolean; window: number }; flags: Set<string> } {
  const setup: NerSetup & { doc: boolean; window: number } = { ...SHIPPED, doc: true, window: DOC_WINDOW };
  const flags = new Set<string>();
  for (const a of args) {
    const m = /^--([a-zA-Z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}`);
    if (m[1] === 'save' || m[1] === 'load' || m[1] === 'sweep-bias') continue;
    const [, key, value] = m as unknown as [string, string, string | undefined];
    if (value === undefined) { flags.add(key); continue; }
    if (!(key in setup)) throw new Error(`unknown option --${key}`);
    const cur = (setup as unknown as Record<string, unknown>)[key];
    (setup as unknown as Record<string, unknown>)[key] = typeof cur === 'boolean' ? value === 'true' : typeof cur === 'string' ? value : Number(value);
  }
  return { setup, flags };
}

/** Groups sentences into documents of `window` sentences (0: each sentence alone). */
function documents(sentences: TaggedSentence[], window: number): TaggedSentence[][] {
  if (window <= 0) return sentences.map((s) => [s]);
  const out: TaggedSentence[][] = [];
  for (let i = 0; i < sentences.length; i += window) out.push(sentences.slice(i, i + window));
  return out;
}

async function main(): Promise<void> {
  const { setup, flags } = setupFromArgs(process.argv.slice(2));
  const t0 = Date.now();
  const { train, dev } = trainingSentences(setup, 'dev');
  const hook = setup.places ? countryHook() : undefined;
  const load = process.argv.find((a) => a.startsWith('--load='))?.slice(7);
  const { packed, float } = load ? { packed: pruneRows(decodeModel(readFileSync(`${load}.bin`)), setup.prune), float: null } : trainModel(setup, train, hook);
  // A saved model carries the biases it was trained with; --bias adds to them.
  if (load) packed.transitions = tagBias(packed.transitions, packed.tags, setup.bias);
  const entries = load ? new Map(Object.entries(JSON.parse(readFileSync(`${load}.json`, 'utf8')) as Record<string, number>)) : lexiconEntries(setup, train);
  const lexicon = buildLexicon(entries, hook, clusterLookup(setup));
  const trainSeconds = (Date.now() - t0) / 1000;
  const gold = dev.map((s) => s.tags);
  const run = (oBias: number, temperature: number, window = setup.doc ? setup.window : -1) => {
    const model = flags.has('float') && float ? unquantised(float, temperature, oBias) : { ...packed, oBias, temperature };
    const tagger = createNerTagger(model, lexicon, featureOptions(setup));
    if (window < 0) return dev.map((s) => tagger.tagSentence(s.words));
    return documents(dev, window).flatMap((d) => tagger.tagDocument(d.map((s) => s.words)));
  };
  if (flags.has('sweep-bb')) {
    for (const pen of [0, 2, 5, 10, 20, 40]) {
      const saved = Float32Array.from(packed.transitions);
      packed.transitions = sameTypePenalty(saved, packed.tags, pen);
      const acc = scoreSentences(gold, run(setup.oBias, setup.temperature).map((t) => t.tags));
      packed.transitions = saved;
      console.log(`B-X/I-X → B-X penalty ${pen}: ALL ${prf(acc.get('ALL')!).f.toFixed(2)} PERS ${prf(acc.get('PERS')!).f.toFixed(2)}`);
    }
  }
  const sweepTag = process.argv.find((a) => a.startsWith('--sweep-bias='))?.slice(13);
  if (sweepTag) {
    for (const tag of sweepTag.split('+')) {
      for (const b of [-6, -4, -2, -1, 0, 1, 2, 4, 6, 8, 10, 12, 16, 20, 24, 32]) {
        const saved = Float32Array.from(packed.transitions);
        packed.transitions = tagBias(saved, packed.tags, `${tag}:${b}`);
        const acc = scoreSentences(gold, run(setup.oBias, setup.temperature).map((t) => t.tags));
        packed.transitions = saved;
        console.log(`${tag} bias ${b}: ALL ${prf(acc.get('ALL')!).f.toFixed(2)} PERS ${prf(acc.get('PERS')!).f.toFixed(2)} ORG ${prf(acc.get('ORG')!).f.toFixed(2)} LOC ${prf(acc.get('LOC')!).f.toFixed(2)} MISC ${prf(acc.get('MISC')!).f.toFixed(2)}`);
      }
    }
  }
  if (flags.has('sweep-doc')) {
    for (const w of [-1, 1, 5, 10, 20, 40, dev.length]) {
      const acc = scoreSentences(gold, run(setup.oBias, setup.temperature, w).map((t) => t.tags));
      console.log(`document window ${w < 0 ? 'none' : w}: ALL ${prf(acc.get('ALL')!).f.toFixed(2)} PERS ${prf(acc.get('PERS')!).f.toFixed(2)}`);
    }
  }
  if (flags.has('sweep-obias')) {
    for (const b of [0, -4, -8, -12, -16, -24, -32]) {
      const acc = scoreSentences(gold, run(b, setup.temperature).map((t) => t.tags));
      console.log(`oBias ${b}: ALL ${prf(acc.get('ALL')!).f.toFixed(2)} PERS ${prf(acc.get('PERS')!).f.toFixed(2)}`);
    }
  }
  if (flags.has('calibrate')) {
    for (const temp of [1, 2, 4, 8, 16, 32, 64]) {
      const out = run(setup.oBias, temp);
      let nll = 0, n = 0;
      out.forEach((t, i) => t.tags.forEach((tag, j) => { nll -= Math.log(Math.max(1e-6, tag === gold[i]![j] ? t.confidence[j]! : 1 - t.confidence[j]!)); n++; }));
      console.log(`temperature ${temp}: NLL of the chosen tag being right ${(nll / n).toFixed(4)}`);
    }
  }
  const final = run(setup.oBias, setup.temperature);
  const save = process.argv.find((a) => a.startsWith('--save='))?.slice(7);
  if (save) {
    writeFileSync(`${save}.bin`, encodeModel(packed));
    writeFileSync(`${save}.json`, JSON.stringify(Object.fromEntries(entries)));
    writeFileSync(`${save}.pred.txt`, dev.map((s, i) => s.words.map((w, j) => `${w}\t${s.tags[j]}\t${final[i]!.tags[j]}\t${final[i]!.confidence[j]!.toFixed(2)}`).join('\n')).join('\n\n'));
  }
  const acc = scoreSentences(gold, final.map((t) => t.tags));
  // What ner:tag prints: the same tags with people from the people finder (run with this dev
  // model and its lexicon, so that the finder reads no name of the dev split either) and the
  // countries the tagger left untagged from the country finder.
  const tagger = createNerTagger({ ...packed, oBias: setup.oBias, temperature: setup.temperature }, lexicon, featureOptions(setup));
  const shipped = documents(dev, setup.window).flatMap((d) => shippedTags(tagger, d.map((s) => s.words)));
  const withPeople = scoreSentences(gold, shipped.map((t) => t.tags));
  console.log(`dev split: last 10% of ANERcorp train (${dev.length} sentences, ${dev.reduce((n, s) => n + s.words.length, 0)} tokens); trained on ${train.length} sentences in ${trainSeconds.toFixed(0)} s; ${packed.keys.length} features`);
  console.log(`the tagger alone:\n${formatScores(acc)}`);
  console.log(`people from the people finder, untagged countries from the country finder (what ner:tag prints):\n${formatScores(withPeople)}`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
