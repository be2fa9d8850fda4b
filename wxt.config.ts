import { defineConfig } from 'wxt';

export default defineConfig({
  // Explicit imports everywhere: the pure core in utils/ must run unchanged in Node (CLI, tests).
  imports: false,
  manifest: {
    name: 'DiploLens',
    description:
      'Country, role and tone badges on posts by foreign ministries, embassies, leaders and missions. Everything stays on your computer.',
    // storage: the extension's settings; contextMenus: "DiploLens: correct this account" on account links;
    // unlimitedStorage: a research history of 100,000+ posts must not hit the default IndexedDB quota.
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
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
    // The library's import worker is bundled on its own: the same rule (papaparse holds a raw BOM).
    worker: { format: 'es' as const, rollupOptions: { output: { charset: 'ascii' as const } } },
  }),
});
