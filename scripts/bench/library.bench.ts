// The library at 100,000 posts in real Chromium, against the targets of issue 6:
// popup first render within 1.5x of its time at 100 posts; library search/filter <= 150 ms;
// export of 100,000 posts to NDJSON and CSV without a long task over 200 ms; import with progress.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { exportHead, serialiseChunk } from '../../utils/core/library/export';
import { syntheticPosts } from './synthetic-posts';
import { launch, newProfileDir, openExtensionPage, type Session } from '../browser';

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

function ndjsonFile(dir: string, name: string, count: number, seed: number): string {
  const posts = syntheticPosts(count, seed);
  let text = exportHead('ndjson', new Date());
  for (let i = 0; i < posts.length; i += 5000) text += serialiseChunk('ndjson', posts.slice(i, i + 5000), i === 0);
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function openLibrary(session: Session): Promise<Page> {
  const page = await openExtensionPage(session, 'library.html');
  await page.locator('details.panels > summary').click();
  return page;
}

async function importFile(session: Session, path: string): Promise<{ ms: number; progressSeen: boolean }> {
  const page = await openLibrary(session);
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(path);
  const progressSeen = await page
    .getByTestId('import-progress')
    .waitFor({ timeout: 30_000 })
    .then(() => true, () => false);
  await page.locator('[data-testid="import-report"][data-status="done"]').waitFor({ timeout: 300_000 });
  const ms = Date.now() - t0;
  await page.close();
  return { ms, progressSeen };
}

/** Time from navigation start to the first post row in the popup, median of several openings. */
async function popupFirstRender(session: Session, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openExtensionPage(session, 'popup.html');
    await page.locator('[data-post-id]').first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    // Let this popup finish its deferred reads (the count walks every key), so that the next opening
    // measures a popup opened on an idle browser, as a user opens it, not one queued behind the last.
    await page.getByTestId('post-count').waitFor();
    await page.close();
  }
  return median(times.slice(1)); // the first opening also warms the extension's caches
}

/** From the input event to the next painted frame with the new result count. */
async function timeInput(page: Page, testId: string, value: string, kind: 'input' | 'change'): Promise<{ ms: number; count: number }> {
  return page.evaluate(
    async ({ testId, value, kind }) => {
      const el = document.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLSelectElement;
      const t0 = performance.now();
      el.value = value;
      el.dispatchEvent(new Event(kind, { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const ms = performance.now() - t0;
      return { ms, count: Number(document.querySelector('[data-testid="result-count"]')!.getAttribute('data-count')) };
    },
    { testId, value, kind },
  );
}

async function exportWithLongTasks(page: Page, format: 'ndjson' | 'csv'): Promise<{ ms: number; longest: number; longTasks: number; bytes: number }> {
  await page.getByTestId('export-format').selectOption(format);
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  const downloads = new Promise<import('playwright-core').Download>((resolve) => page.once('download', resolve));
  await page.getByTestId('export').click();
  const download = await downloads;
  await page.getByTestId('export-status').waitFor({ timeout: 300_000 });
  const ms = Date.now() - t0;
  const path = await download.path();
  const { statSync } = await import('node:fs');
  const bytes = path ? statSync(path).size : 0;
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  return { ms, longest: Math.max(0, ...long), longTasks: long.length, bytes };
}

export default async function libraryBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-bench-'));
  const profile = newProfileDir();
  let session = await launch({ userDataDir: profile });
  try {
    const small = ndjsonFile(dir, 'small.ndjson', 100, 2);
    const big = ndjsonFile(dir, 'big.ndjson', 100_000, 1);

    // The small set shares post ids with the big one (ids follow the index), so it merges into it: 100,000 in all.
    await importFile(session, small);
    const popup100 = await popupFirstRender(session);

    const imported = await importFile(session, big);
    console.log(`import of 100,000 posts (NDJSON, ${(imported.ms / 1000).toFixed(1)} s), progress indicator shown: ${imported.progressSeen}   target: completes with progress  ${imported.progressSeen ? 'OK' : 'MISSED'}`);

    const popup100k = await popupFirstRender(session);
    const ratio = popup100k / popup100;
    console.log(`popup first render: ${fmt(popup100)} at 100 posts, ${fmt(popup100k)} at 100,000 posts = ${ratio.toFixed(2)}x   target <= 1.5x  ${ratio <= 1.5 ? 'OK' : 'MISSED'}`);

    // A popup in a browser started afresh on the 100,000-post profile (no import still settling on disk).
    await session.close({ keepProfile: true });
    session = await launch({ userDataDir: profile });
    const popup100kFresh = await popupFirstRender(session);
    console.log(`popup first render after a browser restart: ${fmt(popup100kFresh)} at 100,000 posts = ${(popup100kFresh / popup100).toFixed(2)}x   target <= 1.5x  ${popup100kFresh / popup100 <= 1.5 ? 'OK' : 'MISSED'}`);

    const library = await openLibrary(session);
    const t0 = Date.now();
    await library.waitForFunction(() => document.querySelector('[data-testid="result-count"]')?.getAttribute('data-total') === '100000', null, { timeout: 120_000 });
    console.log(`library: entries of 100,000 posts loaded in ${fmt(Date.now() - t0)} (once per page load; not a target)`);

    const measures: { what: string; ms: number; count: number }[] = [];
    for (const q of ['condemn', 'sao paulo', '"human rights" -russia', 'zurich climate', '@statedept', 'xyzzy-nothing', '']) {
      const r = await timeInput(library, 'library-search', q, 'input');
      measures.push({ what: `search ${JSON.stringify(q)}`, ...r });
    }
    for (const [id, v] of [['filter-country', 'FR'], ['filter-tone', 'sarcastic'], ['filter-role', 'embassy'], ['filter-tag', 'climate'], ['filter-from', '2024-02-01'], ['filter-country', ''], ['filter-tone', ''], ['filter-role', ''], ['filter-tag', ''], ['filter-from', '']] as const) {
      const r = await timeInput(library, id, v, id === 'filter-from' ? 'change' : 'change');
      measures.push({ what: `${id}=${v || 'any'}`, ...r });
    }
    const r = await timeInput(library, 'sort', 'handle', 'change');
    console.log(`library sort by account: ${fmt(r.ms)} (re-sorts 100,000 entries; not a target)`);
    await timeInput(library, 'sort', 'firstSeen-desc', 'change');
    for (const m of measures) console.log(`  ${m.what.padEnd(34)} ${fmt(m.ms).padStart(7)}  (${m.count.toLocaleString('en-US')} posts)`);
    const worst = Math.max(...measures.map((m) => m.ms));
    console.log(`library search/filter: median ${fmt(median(measures.map((m) => m.ms)))}, worst ${fmt(worst)}   target <= 150 ms  ${worst <= 150 ? 'OK' : 'MISSED'}`);

    for (const format of ['ndjson', 'csv', 'ndjson'] as const) {
      const e = await exportWithLongTasks(library, format);
      console.log(
        `export all 100,000 posts to ${format.toUpperCase()}: ${(e.ms / 1000).toFixed(1)} s, ${(e.bytes / 1e6).toFixed(1)} MB, longest task ${fmt(e.longest)} (${e.longTasks} tasks > 50 ms)   target: no task > 200 ms  ${e.longest <= 200 ? 'OK' : 'MISSED'}`,
      );
    }
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
