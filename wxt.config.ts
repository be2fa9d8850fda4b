import { defineConfig } from 'wxt';

const testHosts = (process.env.DIPLOLENS_TEST_HOSTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  // The test build goes beside the real one, never over it.
  ...(testHosts.length ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  // Explicit imports everywhere: the pure core in utils/ must run unchanged in Node (CLI, tests).
  imports: false,
  // Every icon size (toolbar, extensions page, store) is drawn from one SVG.
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [128, 96, 48, 32, 16] },
  manifest: {
    name: 'DiploLens',
    description:
      'Country, role and tone badges on posts by foreign ministries, embassies, leaders and missions. Everything stays on your computer.',
    // storage: the extension's settings; contextMenus: "DiploLens: correct this account" on account links;
    // unlimitedStorage: a research history of 100,000+ posts must not hit the default IndexedDB quota.
    // scripting: the Mastodon content script is registered at run time on the instances the user adds,
    // each asked for when added (optional_host_permissions): the manifest names no Mastodon host.
    permissions: ['storage', 'contextMenus', 'unlimitedStorage', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    // A test build (DIPLOLENS_TEST_HOSTS=host,...) holds these hosts from install, so that
    // permissions.request resolves without the browser's dialog, which automation cannot answer.
    ...(testHosts.length ? { host_permissions: testHosts.map((host) => `https://${host}/*`) } : {}),
    browser_specific_settings: {
      // DiploLens collects and transmits nothing, which Firefox's data consent (140+, Android 142+)
      // declares as "none"; MV3 page-world content scripts (X's GraphQL observer) need 128+.
      gecko: { id: 'diplolens@diplolens.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  vite: () => ({
    // Dexie's String.fromCharCode(65535) would otherwise be minified into a raw U+FFFF,
    // and Chromium refuses a content script that is not valid UTF-8.
    // DIPLOLENS_NO_MINIFY=1 keeps function names, for reading a profile (BENCH_PROFILE=1 npm run bench -- page).
    build: { rollupOptions: { output: { charset: 'ascii' } }, ...(process.env.DIPLOLENS_NO_MINIFY ? { minify: false } : {}) },
    // Web Workers (the insights' aggregation, the library's import) are bundled apart and need the same
    // ASCII output (papaparse holds a raw BOM).
    worker: { format: 'es' as const, rollupOptions: { output: { charset: 'ascii' as const } } },
  }),
});
