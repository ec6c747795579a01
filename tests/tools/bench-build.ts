/**
 * A private copy of the Chrome build for one benchmark run: the browser figures and the sizes
 * then describe the same files, even when .output is rebuilt while the run goes on.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../e2e/support/build';

const REQUIRED = ['manifest.json', 'content-scripts/content.js', 'annotator.js', 'background.js'];

export interface BuildSnapshot {
  dir: string;
  remove(): void;
}

/** Builds when stale, then copies the build; retries while a concurrent rebuild leaves it incomplete. */
export async function snapshotBuild(log: (line: string) => void, attempts = 5): Promise<BuildSnapshot> {
  for (let i = 1; ; i++) {
    const source = await ensureBuilt('chrome');
    const dir = mkdtempSync(join(tmpdir(), 'hamish-bench-build-'));
    try {
      cpSync(source, dir, { recursive: true });
    } catch {
      // A file vanished under the copy: the build is being rewritten.
    }
    const missing = REQUIRED.filter((f) => !existsSync(join(dir, f)));
    if (missing.length === 0) return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
    rmSync(dir, { recursive: true, force: true });
    if (i >= attempts) throw new Error(`the build in ${source} stays incomplete (missing ${missing.join(', ')})`);
    log(`build incomplete (missing ${missing.join(', ')}), probably being rebuilt; retrying`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
}
