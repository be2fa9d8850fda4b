import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** DIPLOLENS_BROWSERS=firefox (or chromium) runs the e2e suite in one browser; both by default. */
const browsers = (process.env.DIPLOLENS_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim()).filter(Boolean);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      ...browsers.map((browser) => ({
        extends: true as const,
        test: {
          name: `e2e-${browser}`,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          env: { DIPLOLENS_BROWSER: browser },
          globalSetup: ['tests/e2e/skipped-report.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      })),
    ],
  },
});
