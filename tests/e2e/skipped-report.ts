// Prints, after an e2e run, how many tests each browser skipped and why (see tests/e2e/browsers.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each e2e project (one per browser) runs this setup: the first one makes the log all share and
// prints it, at the end, for every browser that ran.
export default function setup(project: { name: string }) {
  const browsers = new Set((process.env.DIPLOLENS_E2E_BROWSERS ?? '').split(',').filter(Boolean));
  browsers.add(project.name.replace(/^e2e-/, ''));
  process.env.DIPLOLENS_E2E_BROWSERS = [...browsers].join(',');
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
    for (const browser of (process.env.DIPLOLENS_E2E_BROWSERS ?? '').split(',').filter(Boolean)) {
      const skipped = lines.filter((l) => l.browser === browser);
      console.log(`\ne2e tests skipped in ${browser}: ${skipped.length}${skipped.length ? '' : ' (every e2e test ran)'}`);
      for (const s of skipped) console.log(`  - ${s.name}: ${s.reason}`);
    }
  };
}
