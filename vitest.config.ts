import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The e2e suite once per browser: projects e2e-chromium and e2e-firefox (scripts/browser.ts reads DIPLOLENS_BROWSER). */
const browsers = ['chromium', 'firefox'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      ...browsers.map((browser, index) => ({
        extends: true as const,
        test: {
          name: `e2e-${browser}`,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          env: { DIPLOLENS_BROWSER: browser },
          globalSetup: ['tests/e2e/skipped-report.ts'],
          // Two browsers on a shared 2-CPU machine: an eventual state may take longer than vitest's 1 s default to appear.
          expect: { poll: { timeout: 5_000 } },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // One browser after the other: run side by side on a 2-CPU machine they slow each other into timeouts.
          sequence: { groupOrder: index + 1 },
        },
      })),
    ],
  },
});
