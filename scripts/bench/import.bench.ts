// A large NDJSON import in real Chromium (npm run bench -- import): the file is streamed and validated in
// the library page's worker and written batch by batch. Figures: time of the check and write passes, the
// browser's peak resident memory above its idle level (every Chromium process, sampled from /proc), and
// the library page's long tasks. IMPORT_BENCH_MB sets the file's size (default 200).
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { serialiseChunk } from '../../utils/core/library/export';
import { syntheticPosts } from './synthetic-posts';
import { launch, openExtensionPage } from '../browser';

const TARGET_MB = Number(process.env.IMPORT_BENCH_MB ?? 200);

/** Writes synthetic posts (distinct ids) until the file reaches the target size; returns its path and row count. */
async function writeFile(dir: string): Promise<{ path: string; rows: number }> {
  const path = join(dir, 'large.ndjson');
  const out = createWriteStream(path);
  const template = syntheticPosts(5_000);
  let bytes = 0;
  let rows = 0;
  for (let round = 0; bytes < TARGET_MB * 1e6; round++) {
    const chunk = serialiseChunk('ndjson', template.map((p) => ({ ...p, postId: `${round}${p.postId}` })), round === 0);
    bytes += Buffer.byteLength(chunk);
    rows += template.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { path, rows };
}

/** Resident memory of this session's browser: the process started with its profile and all its descendants (Linux /proc). */
function browserRss(userDataDir: string): number {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<string, string>();
  let root = '';
  for (const pid of pids) {
    try {
      parent.set(pid, readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]!);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${userDataDir}`) && !cmd.includes('--type=')) root = pid;
    } catch {
      // The process ended between listing and reading.
    }
  }
  const inTree = (pid: string): boolean => {
    for (let p: string | undefined = pid, depth = 0; p && p !== '0' && depth < 20; p = parent.get(p), depth++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of pids) {
    if (!root || !inTree(pid)) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

export default async function importBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-import-bench-'));
  const session = await launch();
  try {
    const { path, rows } = await writeFile(dir);
    const mb = statSync(path).size / 1e6;
    const page = await openExtensionPage(session, 'library.html');
    await page.evaluate(() => {
      const seen: number[] = [];
      (globalThis as unknown as { __longTasks: number[] }).__longTasks = seen;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration))).observe({ type: 'longtask' });
    });
    await page.locator('details.panels > summary').click();
    await page.waitForTimeout(1_000);
    const idle = browserRss(session.userDataDir);
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, browserRss(session.userDataDir))), 250);
    const t0 = Date.now();
    await page.getByTestId('import-file').setInputFiles(path);
    await page.getByText('Writing').waitFor({ timeout: 3_600_000 });
    const checked = Date.now();
    await page.locator('[data-testid="import-report"][data-status="done"]').waitFor({ timeout: 3_600_000 });
    const done = Date.now();
    clearInterval(sampler);
    const accepted = await page.getByTestId('import-accepted-count').innerText();
    const longTasks = await page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
    const longest = Math.max(0, ...longTasks);
    console.log(`file: ${mb.toFixed(0)} MB NDJSON, ${rows.toLocaleString('en-US')} posts; imported ${accepted}`);
    console.log(`check pass (worker): ${((checked - t0) / 1000).toFixed(1)} s; write pass: ${((done - checked) / 1000).toFixed(1)} s; total ${((done - t0) / 1000).toFixed(1)} s (${(mb / ((done - t0) / 1000)).toFixed(1)} MB/s)`);
    console.log(`peak memory of the browser above idle: ${((peak - idle) / 1e6).toFixed(0)} MB (idle ${(idle / 1e6).toFixed(0)} MB, peak ${(peak / 1e6).toFixed(0)} MB; the file is ${mb.toFixed(0)} MB)`);
    console.log(`library page long tasks during the import: ${longTasks.length} over 50 ms, longest ${longest.toFixed(0)} ms`);
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
