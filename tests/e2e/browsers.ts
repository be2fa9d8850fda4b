// The one place where a test may depend on the browser: a test that cannot run in one browser says
// so here, with the reason, and the run prints the reasons (tests/e2e/skipped-report.ts).
import { appendFileSync } from 'node:fs';
import { it } from 'vitest';
import { BROWSER, type BrowserName } from '../../scripts/browser';

const SKIPPED_LOG = process.env.DIPLOLENS_SKIPPED_LOG;

/** `itUnless('firefox', 'why')('name', fn)`: the test, or in that browser a skip that records why. */
export function itUnless(browser: BrowserName, reason: string): typeof it {
  if (BROWSER !== browser) return it;
  return ((name: string, ...rest: unknown[]) => {
    if (SKIPPED_LOG) appendFileSync(SKIPPED_LOG, JSON.stringify({ browser, name, reason }) + '\n');
    return (it.skip as (n: string, ...r: unknown[]) => void)(`${name} [not in ${browser}: ${reason}]`, ...rest);
  }) as typeof it;
}
