import { defineConfig } from 'wxt';

// Manifest and build settings. Every permission is justified in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the architecture tests read import lines.
  imports: false,
  publicDir: 'assets/public',
  outDir: '.output',
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  manifest: ({ browser }) => ({
    name: 'Hamish — هامش',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_actionTitle__' },
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'hamish@hamish.example', strict_min_version: '140.0' },
          },
        }
      : { minimum_chrome_version: '128' }),
  }),
});
