/**
 * Bundles a TypeScript entry given as text (imports resolved from the repository, `@` aliased
 * to its root) into one script, for the benchmarks that run project code in a page or a fresh
 * process.
 */
import { build, type BuildOptions } from 'esbuild';
import { ROOT } from '../e2e/support/build';

/** For a page's main world: one classic script. */
export const PAGE_SCRIPT: BuildOptions = { format: 'iife', target: 'chrome120' };

/**
 * The bundled text of `entry`; `options` set the output (format, target, minification).
 * @example await bundleEntry("import { tokenize } from '@/utils/nlp/tokenize'; globalThis.t = tokenize;", PAGE_SCRIPT) → an IIFE defining globalThis.t
 */
export async function bundleEntry(entry: string, options: BuildOptions): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    alias: { '@': ROOT },
    logLevel: 'silent',
    ...options,
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}
