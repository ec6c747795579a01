/**
 * npm run eval:people — person mentions of analyse() on the people dev set (tests/gold/people:
 * SaudiNewsNet articles marked by hand), mention level, exact span. This is the set to tune the
 * people finder on; the fixture articles of eval:articles stay held out.
 *
 *   npm run eval:people [-- --errors]    --errors lists every miss and false alarm
 *   npm run eval:people -- --dir=DIR       scores another directory of marked articles in the same
 *       format (a new round, before it joins the set and before any tuning on it)
 *   npm run eval:people -- --pages [--errors]  scores the marked saved pages (tests/gold/people-pages:
 *       fixture pages from other sites than SaudiNewsNet, none of them a held-out article)
 *   npm run eval:people -- --anercorp=/tmp/dev [--prune=N] [--errors]
 *       PERS on the ANERcorp dev split (last 10% of train, as whole-token ranges) with a model
 *       saved by `npm run eval:ner -- --save=/tmp/dev` (trained without that split): the tagger's
 *       own spans against the people finder's, to see what the finder's rules add or cost on
 *       newswire full of foreign names; --errors lists the right spans the finder lost or gained
 *       against the tagger, then its false alarms (FP) and misses (FN).
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../../utils/nlp/pipeline';
import { findPeople } from '../../utils/nlp/people';
import { namedSpansWith } from '../../utils/nlp/ner';
import { decodeModel } from '../../utils/nlp/ner/codec';
import { buildLexicon } from '../../utils/nlp/ner/lexicon';
import { countryHook } from '../../utils/nlp/ner/places';
import { createNerTagger } from '../../utils/nlp/ner/tagger';
import { tokenize } from '../../utils/nlp/tokenize';
import { DOC_WINDOW, SHIPPED, clusterLookup, featureOptions, trainingSentences } from './ner-setup';
import { pruneRows } from './ner-perceptron';
import { readPagePeopleGold, readPeopleGold } from './people-gold';

interface Counts { tp: number; fp: number; fn: number }

/** PERS of the tagger alone and of the people finder on ANERcorp dev, as exact word ranges. */
function anercorp(saved: string): void {
  // Pruned as train:ner prunes the shipped model (eval:ner --load does the same).
  const prune = Number(process.argv.find((a) => a.startsWith('--prune='))?.slice(8) ?? SHIPPED.prune);
  const model = pruneRows(decodeModel(readFileSync(`${saved}.bin`)), prune);
  const entries = new Map(Object.entries(JSON.parse(readFileSync(`${saved}.json`, 'utf8')) as Record<string, number>));
  const tagger = createNerTagger(model, buildLexicon(entries, countryHook(), clusterLookup(SHIPPED)), featureOptions(SHIPPED));
  const { dev } = trainingSentences(SHIPPED, 'dev');
  const tagged: Counts = { tp: 0, fp: 0, fn: 0 };
  const finder: Counts = { tp: 0, fp: 0, fn: 0 };
  for (let d = 0; d < dev.length; d += DOC_WINDOW) {
    const doc = dev.slice(d, d + DOC_WINDOW);
    let text = '';
    const wordAt: number[] = [];
    const gold = new Set<string>();
    let w = 0;
    for (const s of doc) {
      s.words.forEach((word, i) => {
        if (i > 0) text += ' ';
        for (let k = 0; k < word.length; k++) wordAt[text.length + k] = w + i;
        text += word;
        if (s.tags[i] === 'B-PERS') {
          let j = i + 1;
          while (s.tags[j] === 'I-PERS') j++;
          gold.add(`${w + i}:${w + j}`);
        }
      });
      w += s.words.length;
      text += '\n';
    }
    const range = (m: { start: number; end: number }) => `${wordAt[m.start]}:${(wordAt[m.end - 1] as number) + 1}`;
    const tokens = tokenize(text);
    const spans = namedSpansWith(tagger, text, tokens);
    const score = (found: Set<string>, c: Counts) => {
      for (const k of found) if (gold.has(k)) c.tp++; else c.fp++;
      for (const k of gold) if (!found.has(k)) c.fn++;
    };
    const byTagger = new Set(spans.filter((s) => s.type === 'PERS').map(range));
    const byFinder = new Set(findPeople(text, tokens, spans, tagger).map(range));
    score(byTagger, tagged);
    score(byFinder, finder);
    if (process.argv.includes('--errors')) {
      const words = doc.flatMap((s) => s.words);
      const show = (k: string) => { const [a, b] = k.split(':').map(Number) as [number, number]; return `${words.slice(a, b).join(' ')}  …${words.slice(Math.max(0, a - 4), b + 3).join(' ')}…`; };
      const conf = new Map(spans.map((s) => [range(s), s.confidence]));
      for (const k of byTagger) if (gold.has(k) && !byFinder.has(k)) process.stdout.write(`  lost   ${show(k)}  (tagger ${conf.get(k)?.toFixed(2)})\n`);
      for (const k of byFinder) if (gold.has(k) && !byTagger.has(k)) process.stdout.write(`  gained ${show(k)}\n`);
      for (const k of byFinder) if (!gold.has(k)) process.stdout.write(`  FP     ${show(k)}\n`);
      for (const k of gold) if (!byFinder.has(k)) process.stdout.write(`  FN     ${show(k)}\n`);
    }
  }
  process.stdout.write(`ANERcorp dev (${dev.length} sentences), PERS as word ranges, model ${saved} pruned at ${prune}\n`);
  process.stdout.write(`${line('tagger spans', tagged)}\n${line('people finder', finder)}\n`);
}

/** Precision, recall and F1 of counts, as printed: `P 0.810  R 0.810  F1 0.810`. */
function prf(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
}

function line(label: string, c: Counts): string {
  return `${label.padEnd(14)} ${prf(c)}`;
}

function main(): void {
  const saved = process.argv.find((a) => a.startsWith('--anercorp='))?.slice(11);
  if (saved) return anercorp(saved);
  const showErrors = process.argv.includes('--errors');
  const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice(6);
  const pages = process.argv.includes('--pages');
  const docs = pages ? readPagePeopleGold() : readPeopleGold(dir);
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  /** Predictions overlapping a gold mention without matching it exactly (boundary errors). */
  let boundary = 0;
  for (const d of docs) {
    const gold = new Set(d.people.map((m) => `${m.start}:${m.end}`));
    const found = analyse(d.text).entities.filter((e) => e.type === 'person');
    const errors: string[] = [];
    const around = (s: number, t: number) => `…${d.text.slice(Math.max(0, s - 25), t + 25).replace(/\s+/g, ' ')}…`;
    for (const e of found) {
      const key = `${e.start}:${e.end}`;
      if (gold.delete(key)) {
        total.tp++;
        continue;
      }
      total.fp++;
      const near = d.people.find((m) => m.start < e.end && e.start < m.end);
      if (near) boundary++;
      errors.push(`  FP «${e.text}»${near ? ` (gold «${near.text}»)` : ''}  ${around(e.start, e.end)}`);
    }
    for (const key of gold) {
      total.fn++;
      const [s, t] = key.split(':').map(Number) as [number, number];
      errors.push(`  FN «${d.text.slice(s, t)}»  ${around(s, t)}`);
    }
    if (showErrors && errors.length) process.stdout.write(`${d.name ?? `snn-${d.id}`}\n${errors.join('\n')}\n`);
  }
  process.stdout.write(`${pages ? 'marked saved pages' : dir ? `marked articles in ${dir}` : 'people dev set'}: ${docs.length} ${pages ? 'pages' : 'articles'}, ${total.tp + total.fn} gold mentions, ${total.tp + total.fp} found (${boundary} false alarms overlap a gold name)\n`);
  process.stdout.write(`person  ${prf(total)}  (npm run eval:people)\n`);
}

main();
