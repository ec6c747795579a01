import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const PAGES = join(ROOT, 'tests/fixtures/pages');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function annotate(...args: string[]): Promise<Run> {
  return new Promise((ok) => {
    execFile(TSX, ['tests/tools/annotate.ts', ...args], { cwd: ROOT, timeout: 300_000, maxBuffer: 8 << 20 }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      ok({ status, stdout, stderr });
    });
  });
}

let dir = '';
const runs = new Map<string, Run>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-annotate-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'big.html'), '');
  truncateSync(join(dir, 'big.html'), 50 * 1024 * 1024);
  const sentence = 'قال وزير الخارجية، في مؤتمر صحفي عقده أمس في العاصمة، إن المحادثات مع الجانب الروسي ستستمر خلال الأيام المقبلة. ';
  writeFileSync(join(dir, 'story.txt'), `المحادثات ستستمر\n\n${sentence.repeat(3)}\n\n${sentence.repeat(3)}\n\n${sentence.repeat(3)}\n`);
  const cases: Array<[string, string[]]> = [
    ['missing', [join(dir, 'no-such-file.html')]],
    ['directory', [dir]],
    ['binary', [join(dir, 'binary.html')]],
    ['empty', [join(dir, 'empty.html')]],
    ['big', [join(dir, 'big.html')]],
    ['usage', []],
    ['article', [join(PAGES, 'ar_news/11_alyaum.com_ar.html')]],
    ['iso-8859-6', [join(PAGES, 'edge/E2_chardet_iso-8859-6_ar.html')]],
    ['persian', [join(PAGES, 'neg_arabic_script_other_lang/P1_khabaronline.ir_fa.html')]],
    ['text', [join(dir, 'story.txt')]],
  ];
  // Two at a time: the machine running the tests may be small and busy.
  for (let i = 0; i < cases.length; i += 2) {
    const batch = cases.slice(i, i + 2);
    const results = await Promise.all(batch.map(([, args]) => annotate(...args)));
    batch.forEach(([name], j) => runs.set(name, results[j] as Run));
  }
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('annotate command line: bad input', () => {
  it.each([
    ['missing', /no such file/],
    ['directory', /is a directory/],
    ['binary', /binary data/],
    ['empty', /is empty/],
    ['big', /50\.0 MB; the limit is 20 MB/],
    ['usage', /usage: npm run -s annotate/],
  ])('%s: one line on stderr, nothing on stdout, non-zero exit, no stack trace', (name, message) => {
    const run = runs.get(name) as Run;
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('annotate command line: pages', () => {
  function json(name: string): Record<string, unknown> {
    const run = runs.get(name) as Run;
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  }

  it('prints exactly one JSON object with the agreed keys for a saved article', () => {
    const out = json('article');
    expect(Object.keys(out)).toEqual(['file', 'title', 'publishedAt', 'detection', 'entities', 'quotes']);
    expect(out.file).toBe(join(PAGES, 'ar_news/11_alyaum.com_ar.html'));
    expect(out.title).toBe('طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله');
    expect(out.publishedAt).toBe('2020-12-01T02:00:00+03:00');
    expect(out.detection).toMatchObject({ arabic: true, news: true });
    expect(Array.isArray(out.entities) && Array.isArray(out.quotes)).toBe(true);
  });

  it('decodes an undeclared ISO-8859-6 page and calls it Arabic', () => {
    expect(json('iso-8859-6').detection).toMatchObject({ arabic: true });
  });

  it('does not call a Persian news article Arabic', () => {
    expect(json('persian').detection).toMatchObject({ arabic: false });
  });

  it('judges a .txt file from its text alone and says so', () => {
    const out = json('text');
    expect(out.detection).toMatchObject({ arabic: true, news: true });
    expect((out.detection as { reasons: string[] }).reasons).toContain('text-only');
    expect(out.title).toBe('المحادثات ستستمر');
  });
});
