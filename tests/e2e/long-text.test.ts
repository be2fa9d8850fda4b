// One oversized post must not block a page: a 25,000-character word without a break, in a script
// that needs shaping, imported into the library, then the library opened (it selects the newest post).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serialiseChunk } from '../../utils/core/library/export';
import { syntheticPost } from '../../scripts/bench/synthetic-posts';
import { launch, openExtensionPage, type Session } from '../../scripts/browser';
import { itUnless } from './browsers';

const dir = mkdtempSync(join(tmpdir(), 'diplolens-long-'));
let session: Session;

// Arabic letters with combining marks and no space: one word the browser must shape and cannot wrap at a
// space; 30,000 characters in the file, so the importer cuts it to 25,000 (MAX_TEXT_LENGTH).
const WORD = 'بِسْمِ'.repeat(5_000);
const LONG_POST_ID = '1999000000000000001';

beforeAll(async () => {
  const now = Date.now();
  const post = { ...syntheticPost(1), postId: LONG_POST_ID, text: WORD, firstSeen: now - 1_000, lastSeen: now - 1_000, codedAt: null, codedTone: null, codedBy: null };
  const others = Array.from({ length: 20 }, (_, i) => ({ ...syntheticPost(i + 2), firstSeen: now - 100_000 - i, lastSeen: now - 100_000 - i }));
  writeFileSync(join(dir, 'long.ndjson'), serialiseChunk('ndjson', [post, ...others], true));
  session = await launch();
  await importLongPost();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importLongPost(): Promise<void> {
  const importer = await openExtensionPage(session, 'library.html');
  await importer.getByTestId('result-count').waitFor();
  await importer.locator('details.panels > summary').click();
  await importer.getByTestId('import-file').setInputFiles(join(dir, 'long.ndjson'));
  // A hook, where expect.poll cannot run: wait for the import to end, then require that it succeeded.
  const report = '[data-testid="import-report"]';
  await importer.waitForFunction((sel) => ['done', 'failed', 'review'].includes(document.querySelector(sel)?.getAttribute('data-status') ?? ''), report, { timeout: 30_000 });
  const status = await importer.getByTestId('import-report').getAttribute('data-status');
  if (status !== 'done') throw new Error(`the import of long.ndjson ended ${status}: ${await importer.getByTestId('import-report').innerText()}`);
  await importer.close();
}

itUnless('firefox', "Firefox has no Long Tasks API (PerformanceObserver 'longtask'), so no long task can be seen there")(
  'a 25,000-character unbroken word opens in the library without a long task over 200 ms',
  async () => {
    const library = await session.context.newPage();
    await library.addInitScript(() => {
      const seen: number[] = [];
      (globalThis as unknown as { __longTasks: number[] }).__longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await library.goto(`${session.extensionOrigin}/library.html`);
    const detail = library.getByTestId('detail');
    await expect.poll(() => detail.getAttribute('data-post-id'), { timeout: 15_000 }).toBe(LONG_POST_ID);
    await library.waitForTimeout(1_000);
    const longTasks = await library.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
    expect(Math.max(0, ...longTasks)).toBeLessThan(200);
    // The observer does see a long task when there is one (so the measure above can fail).
    await library.evaluate(() =>
      setTimeout(() => {
        const end = performance.now() + 250;
        while (performance.now() < end);
      }, 0),
    );
    await expect.poll(() => library.evaluate(() => Math.max(0, ...(globalThis as unknown as { __longTasks: number[] }).__longTasks))).toBeGreaterThanOrEqual(200);
    await library.close();
  },
);

it('the 25,000-character word shows clipped, with "show more" and its original length; its list row stays one bounded line', async () => {
  const library = await openExtensionPage(session, 'library.html');
  const detail = library.getByTestId('detail');
  await expect.poll(() => detail.getAttribute('data-post-id'), { timeout: 15_000 }).toBe(LONG_POST_ID);
  const text = detail.getByTestId('post-text');
  expect(Number(await text.getAttribute('data-shown'))).toBeLessThanOrEqual(2_000);
  expect(await detail.getByTestId('text-cut').getAttribute('data-text-length')).toBe(String(WORD.length));
  expect(await detail.getByTestId('text-cut').innerText()).toContain(`cut: ${WORD.length.toLocaleString('en-US')} characters originally`);
  await detail.getByTestId('show-more').click();
  await expect.poll(async () => Number(await text.getAttribute('data-shown'))).toBeGreaterThan(2_000);
  // The list row draws one bounded line, whatever the text.
  const rowText = await library.locator(`.lib-row[data-post-id="${LONG_POST_ID}"] .row-text`).innerText();
  expect(rowText.length).toBeLessThanOrEqual(300);
  await library.close();
});
