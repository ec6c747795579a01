/**
 * npm run eval:quotes — scores detectQuotes against the quotation gold (tests/gold/quotes),
 * per split (dev, test) and overall. Speakers are linked with the person entities of
 * analyse() when the pipeline recognises people, and scored as phrases otherwise.
 *
 *   npx tsx tests/tools/eval-quotes.ts [--errors] [--context] [--people] [--from=N] [--to=M] [--dev-half=a|b|all]
 *     --errors  lists the dev split's mistakes (never the test split's)
 *     --context with --errors, prints ~200 characters before each wrongly attributed quotation
 *     --dev-half=a|b|all  scores the dev split only (the test split is not even run): half a is
 *               the dev documents at even positions among the dev documents of the gold file,
 *               half b those at odd positions, all both; for choosing a change on one half and
 *               checking it on the other
 *     --from=N  scores only the documents from 0-based gold line N on (a new round, before any
 *               tuning on it)
 *     --to=M    with --from, stops before gold line M (one round of several)
 *     --people  links speakers with findPeople() where analyse() gives no person entities
 */
import { cpus, loadavg } from 'node:os';
import { analyse } from '../../utils/nlp/pipeline';
import { findPeople } from '../../utils/nlp/people';
import { detectQuotes } from '../../utils/nlp/quotes';
import type { Quotation } from '../../utils/nlp/types';
import { quoteGoldTexts, readQuoteGold, type QuoteGoldDoc } from './quotes-gold-read';
import { loadSaudiNewsNet } from './saudinewsnet';
import { MIN_JACCARD, bestOverlap, goldSpans, sameSpeaker, type Span } from './quotes-match';

interface Tally { predicted: number; gold: number; matched: number; speakerRight: number; docs: number }

/** Upper bounds of the confidence bands the speaker's accuracy is shown by (the card marks an attribution below 0.5 unsure). */
const BANDS = [0.5, 0.7, 0.9, Infinity];
/** Per band: matched quotations and those with the right speaker. */
type Calibration = Array<{ matched: number; right: number }>;
const emptyCalibration = (): Calibration => BANDS.map(() => ({ matched: 0, right: 0 }));

/** Characters of text shown before a wrongly attributed quotation with --context. */
const CONTEXT_BEFORE = 200;

function score(text: string, gold: Span[], predicted: Quotation[], errors: string[] | null, doc: string, context = false, calibration?: Calibration): Tally {
  const t: Tally = { predicted: predicted.length, gold: gold.length, matched: 0, speakerRight: 0, docs: 1 };
  const used = new Set<number>();
  const show = (s: { start: number; end: number }) => JSON.stringify(text.slice(s.start, s.end).slice(0, 90));
  for (const g of gold) {
    const { k: best, j: bestJ } = bestOverlap(predicted, g, used);
    if (best >= 0 && bestJ >= MIN_JACCARD) {
      used.add(best);
      t.matched++;
      const p = predicted[best] as Quotation;
      const right = sameSpeaker(p.speaker, g.speaker);
      const band = calibration?.[BANDS.findIndex((b) => p.confidence < b)];
      if (band) { band.matched++; if (right) band.right++; }
      if (right) t.speakerRight++;
      else {
        errors?.push(`${doc}  SPEAKER  predicted ${JSON.stringify(p.speaker)}  gold ${JSON.stringify(g.speaker)}  ${show(g)}`);
        if (context) errors?.push(`    before: ${JSON.stringify(text.slice(Math.max(0, g.start - 1 - CONTEXT_BEFORE), g.start))}`);
      }
    } else errors?.push(`${doc}  MISSED   ${show(g)}${best >= 0 ? `  (best overlap ${bestJ.toFixed(2)}: ${show(predicted[best] as Quotation)})` : ''}`);
  }
  predicted.forEach((p, k) => {
    if (!used.has(k)) errors?.push(`${doc}  SPURIOUS ${show(p)}  speaker ${JSON.stringify(p.speaker)}`);
  });
  return t;
}

function add(a: Tally, b: Tally): Tally {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, matched: a.matched + b.matched, speakerRight: a.speakerRight + b.speakerRight, docs: a.docs + b.docs };
}

function line(name: string, t: Tally): string {
  const ratio = (n: number, d: number) => (d === 0 ? '  n/a' : (n / d).toFixed(3));
  return `${name.padEnd(12)} docs ${String(t.docs).padStart(3)}  gold ${String(t.gold).padStart(4)}  predicted ${String(t.predicted).padStart(4)}  matched ${String(t.matched).padStart(4)}  ` +
    `P ${ratio(t.matched, t.predicted)}  R ${ratio(t.matched, t.gold)}  speaker ${ratio(t.speakerRight, t.matched)} (${t.speakerRight}/${t.matched})`;
}

function main(): void {
  const fromArg = process.argv.find((a) => a.startsWith('--from='));
  const from = fromArg ? Number(fromArg.slice('--from='.length)) : 0;
  const all = readQuoteGold();
  if (!Number.isInteger(from) || from < 0 || from >= all.length) throw new Error(`--from must be a gold line index in [0, ${all.length - 1}]: ${fromArg}`);
  const toArg = process.argv.find((a) => a.startsWith('--to='));
  const to = toArg ? Number(toArg.slice('--to='.length)) : all.length;
  if (!Number.isInteger(to) || to <= from || to > all.length) throw new Error(`--to must be a gold line index in [${from + 1}, ${all.length}]: ${toArg}`);
  const halfArg = process.argv.find((a) => a.startsWith('--dev-half='));
  const half = halfArg ? halfArg.slice('--dev-half='.length) : null;
  if (half !== null && !['a', 'b', 'all'].includes(half)) throw new Error(`--dev-half must be a, b or all: ${halfArg}`);
  // The halves are fixed by position among all dev documents, whatever --from says.
  const devPosition = new Map(all.filter((d) => d.split === 'dev').map((d, k) => [d.doc, k]));
  const inHalf = (d: QuoteGoldDoc) => d.split === 'dev' && (half === 'all' || (devPosition.get(d.doc) as number) % 2 === (half === 'a' ? 0 : 1));
  const docs = all.slice(from, to).filter((d) => half === null || inHalf(d));
  const texts = quoteGoldTexts(docs);
  const showErrors = process.argv.includes('--errors');
  const usePeople = process.argv.includes('--people');
  const zero: Tally = { predicted: 0, gold: 0, matched: 0, speakerRight: 0, docs: 0 };
  const bySplit: Record<string, Tally> = { dev: { ...zero }, test: { ...zero } };
  const bySource: Record<string, Tally> = {};
  const errors: string[] = [];
  const calibration: Record<string, Calibration> = {};
  let withPeople = 0;
  for (const d of docs) {
    const text = texts.get(d.doc) as string;
    let { entities } = analyse(text);
    if (entities.some((e) => e.type === 'person')) withPeople++;
    // --people: the name tagger's people, for a pipeline that does not yet pass them on.
    else if (usePeople) entities = findPeople(text);
    const predicted = detectQuotes(text, entities);
    // Only the dev split's mistakes are ever shown: the test split is for measuring.
    calibration[d.split] ??= emptyCalibration();
    const t = score(text, goldSpans(d, text), predicted, showErrors && d.split === 'dev' ? errors : null, d.doc, process.argv.includes('--context'), calibration[d.split]);
    bySplit[d.split] = add(bySplit[d.split] ?? { ...zero }, t);
    const source = `${d.split}/${d.doc.slice(0, d.doc.indexOf(':'))}`;
    bySource[source] = add(bySource[source] ?? { ...zero }, t);
  }
  process.stdout.write(`quotation gold: ${docs.length} documents${from || to < all.length ? ` (lines ${from}–${to - 1})` : ''} (${withPeople} with person entities from analyse()${usePeople ? ', findPeople() for the others' : ''})\n`);
  process.stdout.write(`match: a predicted quotation matches a gold one when the character Jaccard of their spans (marks excluded, spaces trimmed; an unclosed gold quotation runs to its paragraph end, or to where its words end when marked endsInParagraph) is >= ${MIN_JACCARD}; one-to-one, best overlap first per gold quotation\n`);
  process.stdout.write('speaker: right when both are null, or the folded texts (foldArabic, punctuation dropped) are equal, or the words of one are a contiguous run of the words of the other (الوزير سامح شكري ~ سامح شكري); scored over matched quotations\n');
  if (half !== null) {
    process.stdout.write(`${line(`dev-${half}`, bySplit.dev as Tally)}\n`);
    if (showErrors) for (const e of errors) process.stdout.write(`${e}\n`);
    return;
  }
  for (const split of ['dev', 'test']) process.stdout.write(`${line(split, bySplit[split] as Tally)}\n`);
  process.stdout.write(`${line('overall', add(bySplit.dev as Tally, bySplit.test as Tally))}\n`);
  for (const name of Object.keys(bySource).sort()) process.stdout.write(`  ${line(name, bySource[name] as Tally)}\n`);
  for (const split of ['dev', 'test']) if (calibration[split]) process.stdout.write(`${calibrationLine(split, calibration[split] as Calibration)}\n`);
  process.stdout.write(`${speed('gold documents (dense in marks)', [...texts.values()])}\n`);
  process.stdout.write(`${speed('SaudiNewsNet articles in file order', loadSaudiNewsNet().map((a) => a.content))}\n`);
  if (showErrors) for (const e of errors) process.stdout.write(`${e}\n`);
}

/**
 * Speaker accuracy by the confidence the finder gave, over matched quotations, and that of the
 * attributions the card shows as sure (confidence 0.5 or more).
 * @example calibrationLine('dev', …) → 'speaker by confidence, dev: <0.5 0.512 (41/80)  0.5–0.7 … ; shown as sure 0.901 (880/977)'
 */
function calibrationLine(split: string, c: Calibration): string {
  const ratio = (r: number, m: number) => `${m === 0 ? '  n/a' : (r / m).toFixed(3)} (${r}/${m})`;
  const names = BANDS.map((b, i) => (i === 0 ? `<${b}` : b === Infinity ? `>=${BANDS[i - 1]}` : `${BANDS[i - 1]}–${b}`));
  const bands = c.map((x, i) => `${names[i]} ${ratio(x.right, x.matched)}`).join('  ');
  const sure = c.slice(1).reduce((a, x) => ({ matched: a.matched + x.matched, right: a.right + x.right }), { matched: 0, right: 0 });
  return `speaker by confidence, ${split}: ${bands}; shown as sure ${ratio(sure.right, sure.matched)}`;
}

/** Median time of detectQuotes on one page of at least 100,000 words made of `texts`. */
function speed(name: string, texts: string[]): string {
  let page = '';
  let words = 0;
  while (words < 100_000) {
    for (const t of texts) {
      page += `${t}\n`;
      words += t.split(/\s+/).length;
      if (words >= 100_000) break;
    }
  }
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let run = 0; run < 7; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = detectQuotes(page).length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const load = loadavg()[0]?.toFixed(1);
  return `speed, ${name}: ${words} words, ${page.length} characters, ${found} quotations: median ${(times[3] as number).toFixed(1)} ms wall, ${(cpu[3] as number).toFixed(1)} ms CPU (best ${(times[0] as number).toFixed(1)} ms wall) over 7 runs; load average ${load} on ${cpus().length} cores`;
}

main();
