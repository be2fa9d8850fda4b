// Prints, after an e2e run, how many tests each browser skipped and why (see tests/e2e/browsers.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each e2e project (one per browser) runs this setup; the first one makes the log all share, the
// first teardown prints it for every browser.
export default function setup() {
  if (process.env.DIPLOLENS_SKIPPED_LOG) return;
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-skips-'));
  const log = join(dir, 'skipped.ndjson');
  process.env.DIPLOLENS_SKIPPED_LOG = log;
  return () => {
    let lines: { browser: string; name: string; reason: string }[] = [];
    try {
      lines = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    } catch {
      // No test was skipped: no file.
    }
    rmSync(dir, { recursive: true, force: true });
    const byBrowser = new Map<string, typeof lines>();
    for (const line of lines) byBrowser.set(line.browser, [...(byBrowser.get(line.browser) ?? []), line]);
    for (const [browser, skipped] of byBrowser) {
      console.log(`\n${skipped.length} e2e test${skipped.length === 1 ? '' : 's'} skipped in ${browser}:`);
      for (const s of skipped) console.log(`  - ${s.name}: ${s.reason}`);
    }
  };
}
