import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

/** Strips comments so that prose about `document` in a JSDoc does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(cand) && statSync(cand).isFile()) return cand;
  }
  return null;
}

/** Every project file reachable by imports (static and dynamic) from `entry`. */
function importClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of code(file).matchAll(IMPORT)) {
      const target = resolveImport(file, (m[1] ?? m[2] ?? m[3]) as string);
      if (target) stack.push(target);
    }
  }
  return seen;
}

/**
 * WXT adds `import { storage } from 'wxt/utils/storage'` to a file that uses a bare `storage.`
 * (even a parameter of that name, and with auto-imports off): 9 KB of storage helpers landed in
 * the annotator chunk that way.
 */
const BARE_STORAGE = /(?<![.\w$])storage\s*\.\s*\w/;

describe('architecture', () => {
  it('names nothing `storage`, which WXT would auto-import its storage module for', () => {
    const files = ['entrypoints', 'utils', 'components'].flatMap((d) => filesUnder(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => BARE_STORAGE.test(code(f))).map((f) => relative(ROOT, f))).toEqual([]);
    expect(BARE_STORAGE.test('async (storage) => (await storage.get(key))')).toBe(true);
    expect(BARE_STORAGE.test('browser.storage.local.get(key)')).toBe(false);
  });

  it('builds no Intl formatter or collator in the extension (ICU costs a renderer 15–200 ms on its first one)', () => {
    const ICU = /\bIntl\s*\.|\.localeCompare\s*\(|\.toLocale(?:Date|Time)?String\s*\(/;
    const files = ['entrypoints', 'utils', 'components'].flatMap((d) => filesUnder(join(ROOT, d)));
    expect(files.filter((f) => ICU.test(code(f))).map((f) => relative(ROOT, f))).toEqual([]);
    expect(ICU.test("a.name.localeCompare(b.name, 'ar')")).toBe(true);
    expect(ICU.test('new Intl.DateTimeFormat(lang)')).toBe(true);
    expect(ICU.test('new Date(ms).toLocaleDateString()')).toBe(true);
    expect(ICU.test('compareNames(a.name, b.name)')).toBe(false);
  });

  it('keeps the language core pure: utils/nlp never touches document, window, browser or dexie', () => {
    const offenders = filesUnder(join(ROOT, 'utils/nlp')).flatMap((f) => {
      const hits = code(f).match(/\b(document|window|browser|chrome|dexie|Dexie|localStorage|indexedDB)\b/g);
      return hits ? [`${relative(ROOT, f)}: ${[...new Set(hits)].join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('never lets content-script code import the database module', () => {
    const contentEntries = readdirSync(join(ROOT, 'entrypoints'))
      .filter((n) => n === 'content' || n.endsWith('.content.ts') || n.endsWith('.content'))
      .map((n) => resolveImport(join(ROOT, 'entrypoints', 'x'), `./${n}`) ?? join(ROOT, 'entrypoints', n, 'index.ts'));
    expect(contentEntries.length).toBeGreaterThan(0);
    const reached = contentEntries.flatMap((e) => [...importClosure(e)]);
    const db = reached.filter((f) => relative(ROOT, f).startsWith('utils/db')).map((f) => relative(ROOT, f));
    expect(db).toEqual([]);
    // The closure itself is real: it reaches the gate.
    expect(reached.some((f) => f.endsWith('utils/page/gate.ts'))).toBe(true);
  });

  it('the import scanner sees a database import when one exists', () => {
    const sample = "import { db } from '@/utils/db/schema';\nconst x = await import('../utils/db/repo');";
    const specs = [...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(specs).toEqual(['@/utils/db/schema', '../utils/db/repo']);
  });
});
