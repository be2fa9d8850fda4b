// The popup's library features and the capture policy, in a real browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportHead, serialiseChunk } from '../../utils/core/library/export';
import { runQuery, toEntry } from '../../utils/core/library/query';
import { DEMO_POSTS } from '../../scripts/demo/timeline';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';
import { timelinePage } from '../../scripts/demo/x-markup';
import { launch, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

const posts = syntheticPosts(300);
let session: Session;

beforeAll(async () => {
  session = await launch();
  session.serve('/home', timelinePage(DEMO_POSTS));
  const library = await openExtensionPage(session, 'library.html');
  await library.locator('details.panels > summary').click();
  const body = exportHead('ndjson', new Date()) + serialiseChunk('ndjson', posts, true);
  await library.getByTestId('import-file').setInputFiles({ name: 'p.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(body) });
  await library.locator('[data-testid="import-report"][data-status="done"]').waitFor({ timeout: 30_000 });
  await library.close();
});
afterAll(async () => {
  await session?.close();
});

it('the popup searches, filters, quick-tags and links to the library', async () => {
  const popup = await openExtensionPage(session, 'popup.html');
  await expect.poll(() => popup.getByTestId('post-count').innerText()).toBe('300 posts recorded');
  const entries = posts.map((p) => toEntry(p));
  const ids = () => popup.locator('[data-post-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')));
  await expect.poll(ids).toEqual(runQuery(entries, {}, 'firstSeen-desc').slice(0, 50).map((e) => e.postId));

  await popup.getByTestId('filter-country').selectOption('DE');
  await popup.getByTestId('filter-tone').selectOption('neutral');
  await expect.poll(ids).toEqual(runQuery(entries, { country: 'DE', tone: 'neutral' }, 'firstSeen-desc').slice(0, 50).map((e) => e.postId));
  // Accent-folded place names: "zurich" finds "Z\u00fcrich".
  const term = ['zurich', 'geneve', 'bogota', 'sao paulo', 'kyiv', 'seoul'].find((t) => runQuery(entries, { country: 'DE', tone: 'neutral', text: t }, 'firstSeen-desc').length)!;
  await popup.getByTestId('popup-search').fill(term);
  const expected = runQuery(entries, { country: 'DE', tone: 'neutral', text: term }, 'firstSeen-desc').map((e) => e.postId);
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(ids).toEqual(expected.slice(0, 50));

  const first = popup.locator('[data-post-id]').first();
  await first.getByTestId('quick-tag').fill('germany-visa');
  await first.getByTestId('quick-tag').press('Enter');
  await expect.poll(() => first.getByTestId('row-tags').innerText()).toContain('germany-visa');
  await popup.getByTestId('popup-search').fill('');
  await popup.getByTestId('filter-country').selectOption('');
  await popup.getByTestId('filter-tone').selectOption('');
  await popup.getByTestId('filter-tag').selectOption('germany-visa');
  await expect.poll(ids).toEqual([expected[0]]);

  expect(await popup.getByTestId('open-library').getAttribute('href')).toBe(`${session.extensionOrigin}/library.html`);
  await popup.close();
});

it('capture off for X: official posts are not recorded; an explicit save still is, official or not', async () => {
  const library = await openExtensionPage(session, 'library.html');
  await library.locator('details.panels > summary').click();
  await library.getByTestId('capture-x').uncheck();
  await expect.poll(() => library.getByTestId('capture-x').isChecked()).toBe(false);

  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await waitForProcessed(page, DEMO_POSTS.length);
  await page.waitForTimeout(500);
  const popup = await openExtensionPage(session, 'popup.html');
  await expect.poll(() => popup.getByTestId('post-count').innerText()).toBe('300 posts recorded');

  // What the badge menu sends: any post, here a journalist's.
  const saved = await popup.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'posts:save',
      payload: {
        post: {
          platform: 'x', postId: '1858000000000000004', url: 'https://x.com/dianaReports/status/1858000000000000004', postedAt: null,
          handle: 'dianaReports', authorName: 'Diana', official: false, country: null, org: null, role: null, host: null, basis: null,
          text: 'A journalist quoting an embassy', lang: 'en', tone: 'neutral', toneScore: 0, toneCues: [],
        },
      },
    }),
  );
  expect(saved).toEqual({ ok: true, value: { added: true } });
  await expect.poll(() => popup.getByTestId('post-count').innerText()).toBe('301 posts recorded');
  await expect.poll(() => popup.locator('[data-post-id="1858000000000000004"]').innerText()).toContain('Not official');

  // Capture back on: the timeline's official posts are recorded again.
  await library.getByTestId('capture-x').check();
  await page.reload();
  await waitForProcessed(page, DEMO_POSTS.length);
  await expect.poll(() => popup.getByTestId('post-count').innerText().then((t) => Number(t.split(' ')[0])), { timeout: 15_000 }).toBeGreaterThan(301);
  await page.close();
  await popup.close();
  await library.close();
});

it('tells the user when storage was full, keeps the history, and clears the warning once a write works again', async () => {
  const popup = await openExtensionPage(session, 'popup.html');
  // What the background writes when IndexedDB refuses a write (tests/unit/storage-full.test.ts).
  await popup.evaluate(`chrome.storage.local.set({ 'diplolens:storageProblem': { at: Date.now(), message: 'QuotaExceededError' } })`);
  await popup.reload();
  await expect.poll(() => popup.getByTestId('storage-problem').count()).toBe(1);
  expect(await popup.getByTestId('storage-problem').innerText()).toMatch(/Storage is full.*Everything recorded before is safe/s);
  await expect.poll(() => popup.getByTestId('post-count').innerText()).toMatch(/^\d+ posts recorded$/);

  const x = await session.context.newPage();
  await x.goto('https://x.com/home');
  await waitForProcessed(x, DEMO_POSTS.length);
  await expect
    .poll(() => popup.evaluate(`chrome.storage.local.get('diplolens:storageProblem').then((got) => got['diplolens:storageProblem'] ?? null)`), { timeout: 10_000 })
    .toBeNull();
  await popup.reload();
  await expect.poll(() => popup.getByTestId('post-count').count()).toBe(1);
  expect(await popup.getByTestId('storage-problem').count()).toBe(0);
  await Promise.all([x.close(), popup.close()]);
});
