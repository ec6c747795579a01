import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Manifest and build settings. Every permission is justified in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the architecture tests read import lines.
  imports: false,
  publicDir: 'assets/public',
  outDir: '.output',
  // The sources archive (for store review) holds what the build needs: no tests, saved pages,
  // gold data (SaudiNewsNet text is for tests only) or demo screenshots.
  zip: { excludeSources: ['tests/**', 'demo-output/**', '.ci/**'] },
  vite: () => ({
    // Vite's modulepreload polyfill calls fetch(); extension pages load their chunks themselves.
    build: { modulePreload: { polyfill: false } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: [
        { find: /^react(-dom)?$/, replacement: 'preact/compat' },
        // WXT's content-script context announces every start (and URL change) to the page with
        // events named after the extension's id; ours tells the page nothing (see the module).
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./utils/page/script-context.ts', import.meta.url)) },
      ],
    },
  }),
  hooks: {
    // The card chunk is imported by the annotator once highlights are painted, so it is built as
    // an ES module rather than WXT's default IIFE. The annotator (page reading, highlights) stays
    // a classic script: the background injects it into pages that need it.
    'vite:build:extendConfig': (entrypoints, config) => {
      const name = entrypoints.length === 1 ? entrypoints[0]?.name : undefined;
      if (name === 'card' && config.build?.lib) {
        config.build.lib.formats = ['es'];
        // Vite leaves an ES library unminified (for the tree shaking of a later bundler); this
        // chunk is final code that Arabic pages load, so it is minified whole.
        config.build.rolldownOptions = { ...config.build.rolldownOptions, output: { ...(config.build.rolldownOptions?.output as object | undefined), minify: true } };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Hamish — هامش',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_actionTitle__' },
    permissions: ['storage', 'contextMenus', 'scripting'],
    // The pages the content script runs on: the background injects the annotator there.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggle__' },
    },
    web_accessible_resources: [
      {
        resources: ['card.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'hamish@hamish.example', strict_min_version: '140.0' },
          },
        }
      : { minimum_chrome_version: '128' }),
  }),
});
