/**
 * npm run bench — Hamish against its targets and a peer, in one run:
 *  1. the language core in Node (analyse(), the name tagger, the tokenize-only floor; load
 *     time and heap in fresh processes) over the SaudiNewsNet sample;
 *  2. real Chromium with the built extension on the fixture articles and a generated long page
 *     (annotation time, longest task), next to a bare TreeWalker and mark.js, and the cost on
 *     a page in another language;
 *  3. the popup over a generated history (bench-popup.ts);
 *  4. the size of every built file.
 * The table goes to stdout, or with --json one JSON object goes to stdout and the table to
 * stderr; progress lines go to stderr. --quick is the reduced run CI uses.
 *
 *   npm run bench [-- --quick] [-- --json] [-- --only nlp,sizes] [-- --save bench-output/run.json]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { CHROMIUM } from '../e2e/support/chromium';
import { parseBenchArgs, planFor, USAGE, type BenchArgs } from './bench-args';
import { bigPageHtml, sampleParagraphs } from './bench-big-page';
import { snapshotBuild, type BuildSnapshot } from './bench-build';
import { measureBrowserSection } from './bench-browser-section';
import { measureNlpLoad } from './bench-nlp-load';
import { measureNlpSpeed } from './bench-nlp';
import { measurePopupSection } from './bench-popup-section';
import { buildResult, type Machine, type Measurements } from './bench-report';
import { measureSizes } from './bench-sizes';
import { renderTable } from './bench-table';
import { loadSaudiNewsNet, type NewsArticle } from './saudinewsnet';

function chromiumVersion(): string | null {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^Chromium\s+/, '').replace(/\s+built on .*$/, '');
  } catch {
    return null;
  }
}

function machine(quick: boolean): Machine {
  const [a, b, c] = loadavg();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: null,
    date: new Date().toISOString(),
    quick,
    loadAverage: [a ?? 0, b ?? 0, c ?? 0],
  };
}

/** Progress on stderr: one rewritten line on a terminal, plain lines otherwise. */
function progress(): { log: (line: string) => void; done: () => void } {
  const tty = process.stderr.isTTY;
  const t0 = Date.now();
  let shown = false;
  return {
    log(line) {
      const text = `[${Math.round((Date.now() - t0) / 1000)} s] ${line}`;
      if (tty) {
        process.stderr.write(`\r\x1b[2K${text.slice(0, (process.stderr.columns || 100) - 1)}`);
        shown = true;
      } else process.stderr.write(`${text}\n`);
    },
    done() {
      if (tty && shown) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** Runs the selected sections in turn; a failing section becomes null with a note. */
export async function runBench(args: BenchArgs, log: (line: string) => void): Promise<Measurements> {
  const plan = planFor(args.quick);
  const m: Measurements = { nlp: null, browser: null, popup: null, sizes: null, machine: machine(args.quick), notes: [] };
  m.machine.chromium = chromiumVersion();
  const wants = (s: BenchArgs['only'][number]) => args.only.includes(s);
  const attempt = async (what: string, f: () => Promise<void>) => {
    try {
      await f();
    } catch (err) {
      m.notes.push(`${what} failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    }
  };
  let articles: NewsArticle[] | null = null;
  const sample = () => (articles ??= (log('reading the SaudiNewsNet sample'), loadSaudiNewsNet()));

  if (wants('nlp')) {
    await attempt('nlp', async () => {
      const load = await measureNlpLoad(plan.loadRuns, log);
      const speed = await measureNlpSpeed(sample(), plan, log);
      m.nlp = { speed, load };
      if (speed.taggerNote) m.notes.push(speed.taggerNote);
      else if (load.note) m.notes.push(load.note);
      if (speed.failures.length) m.notes.push(`analyse() threw on ${speed.failures.length} article(s), left out of the Node figures: ${speed.failures.map((f) => `#${f.id} ${f.error}`).join('; ')}`);
    });
  }
  let build: BuildSnapshot | null = null;
  if (wants('browser') || wants('sizes')) {
    log('checking the build');
    await attempt('build', async () => {
      build = await snapshotBuild(log);
    });
  }
  const built = build as BuildSnapshot | null;
  if (wants('browser') && built) {
    await attempt('browser', async () => {
      const big = bigPageHtml(sampleParagraphs(sample()), plan.bigPageWords);
      m.browser = await measureBrowserSection(built.dir, plan, big, log);
      m.machine.chromium = m.browser.chromium;
    });
  }
  if (wants('popup')) {
    await attempt('popup', async () => {
      const { popup, note } = await measurePopupSection(plan.historyPages, plan.popupRuns, log);
      m.popup = popup;
      if (note) m.notes.push(note);
    });
  }
  if (wants('sizes') && built) {
    await attempt('sizes', async () => {
      m.sizes = measureSizes(built.dir);
    });
  }
  built?.remove();
  return m;
}

async function main(): Promise<void> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // With --json, stdout carries the one object and nothing else, whoever logs.
  if (args.json) console.log = (...xs: unknown[]) => console.error(...xs);
  const p = progress();
  const result = buildResult(await runBench(args, p.log));
  p.done();
  const json = JSON.stringify(result, null, 2);
  if (args.save) {
    mkdirSync(dirname(args.save), { recursive: true });
    writeFileSync(args.save, `${json}\n`);
  }
  if (args.json) {
    process.stderr.write(renderTable(result));
    process.stdout.write(`${json}\n`);
  } else process.stdout.write(renderTable(result));
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
