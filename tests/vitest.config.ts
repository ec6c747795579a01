import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '@': root };
const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };

// Four layers, one command: unit (node), dom (happy-dom), integration (WXT's fake browser
// + fake-indexeddb), e2e (the built extension in real Chromium).
export default defineConfig({
  root,
  test: {
    reporters: ['default', './tests/tools/summary-reporter.ts'],
    projects: [
      { ...jsx, resolve: { alias }, test: { name: 'unit', root, environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      {
        ...jsx,
        resolve: { alias },
        test: { name: 'dom', root, environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'] },
      },
      {
        ...jsx,
        plugins: [WxtVitest()],
        test: {
          name: 'integration',
          root,
          environment: 'node',
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/integration/setup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
