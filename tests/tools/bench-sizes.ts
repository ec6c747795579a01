/** Sizes of the built extension: every file, raw and gzip (level 9), keyed by its path in the build. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Sizes = Record<string, { bytes: number; gzipBytes: number }>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Raw and gzip sizes of every file under `buildDir`, in path order. */
export function measureSizes(buildDir: string): Sizes {
  const out: Sizes = {};
  for (const path of filesUnder(buildDir).sort()) {
    const body = readFileSync(path);
    out[relative(buildDir, path).split(sep).join('/')] = { bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  }
  return out;
}
