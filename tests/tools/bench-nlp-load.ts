/**
 * Load time and heap of the language core, each in a fresh Node process: the pipeline and the
 * name tagger are bundled and minified with esbuild (as the annotator chunk ships them, JSON
 * and weights inlined), then a child process times import → model decode → first call on a
 * short sentence (lazy gazetteer tables are built then), and reads the heap after a full GC.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleEntry } from './bench-bundle';
import { summarize, type Summary } from './bench-stats';

const run = promisify(execFile);

export interface NlpLoad {
  /** import + model decode + first call, per fresh process. */
  loadMs: Summary;
  importMs: Summary;
  modelMs: Summary | null;
  firstCallMs: Summary;
  /** CPU time (user + system, all threads) of the same load: steadier than wall time on a busy machine. */
  cpuMs: Summary;
  /** heapUsed after load and a full GC, and before the import (the bare process). */
  heapMB: Summary;
  baseHeapMB: Summary;
  bundleBytes: number;
  /** Why the tagger is not part of the load, when it is not. */
  note: string | null;
}

const WITH_TAGGER = `export { analyse } from '@/utils/nlp/pipeline';
export { loadNerModel } from '@/utils/nlp/ner';`;
const WITHOUT_TAGGER = `export { analyse } from '@/utils/nlp/pipeline';`;

const CHILD = `
const mb = () => process.memoryUsage().heapUsed / 1048576;
globalThis.gc(); globalThis.gc();
const baseHeapMB = mb();
const c0 = process.cpuUsage();
const t0 = performance.now();
const m = await import(process.argv[2]);
const t1 = performance.now();
if (m.loadNerModel) m.loadNerModel();
const t2 = performance.now();
m.analyse('قال الرئيس الروسي فلاديمير بوتين في موسكو إن «الحوار مع تركيا مستمر».');
if (m.loadNerModel) m.loadNerModel().tagTokens(['قال', 'الرئيس', 'فلاديمير', 'بوتين']);
const t3 = performance.now();
const c = process.cpuUsage(c0);
globalThis.gc(); globalThis.gc();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, modelMs: m.loadNerModel ? t2 - t1 : null, firstCallMs: t3 - t2, cpuMs: (c.user + c.system) / 1000, heapMB: mb(), baseHeapMB }));
`;

/** For a fresh Node process, minified as the extension ships its code. */
function bundle(entry: string): Promise<string> {
  return bundleEntry(entry, { format: 'esm', platform: 'neutral', target: 'es2022', minify: true, charset: 'utf8' });
}

/** Runs `runs` fresh processes and summarises what they measured. */
export async function measureNlpLoad(runs: number, log: (line: string) => void): Promise<NlpLoad> {
  let note: string | null = null;
  let code: string;
  try {
    code = await bundle(WITH_TAGGER);
  } catch (err) {
    note = `name tagger left out of the load: ${(err instanceof Error ? err.message : String(err)).split('\n').slice(0, 2).join(' ')}`;
    code = await bundle(WITHOUT_TAGGER);
  }
  const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-load-'));
  try {
    const lib = join(dir, 'core.mjs');
    const child = join(dir, 'child.mjs');
    writeFileSync(lib, code);
    writeFileSync(child, CHILD);
    const rows: Array<{ importMs: number; modelMs: number | null; firstCallMs: number; cpuMs: number; heapMB: number; baseHeapMB: number }> = [];
    for (let i = 0; i < runs; i++) {
      const { stdout } = await run(process.execPath, ['--expose-gc', child, `file://${lib}`], { timeout: 120_000 });
      rows.push(JSON.parse(stdout));
      log(`nlp: load ${i + 1}/${runs}`);
    }
    const pick = (k: 'importMs' | 'firstCallMs' | 'cpuMs' | 'heapMB' | 'baseHeapMB') => summarize(rows.map((r) => r[k]));
    return {
      loadMs: summarize(rows.map((r) => r.importMs + (r.modelMs ?? 0) + r.firstCallMs)),
      importMs: pick('importMs'),
      modelMs: rows.every((r) => r.modelMs !== null) ? summarize(rows.map((r) => r.modelMs as number)) : null,
      firstCallMs: pick('firstCallMs'),
      cpuMs: pick('cpuMs'),
      heapMB: pick('heapMB'),
      baseHeapMB: pick('baseHeapMB'),
      bundleBytes: Buffer.byteLength(code),
      note,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
