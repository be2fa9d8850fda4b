// The import's worker in real Chromium: a CSV streamed in papaparse chunks imports whole with its rejected
// rows numbered as a spreadsheet numbers them; a line too long to hold is refused with a reason, and
// nothing is written.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportHead, serialiseChunk, toExportObject, type ExportPost } from '../../utils/core/library/export';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';
import { launch, openExtensionPage, readStore, type Session } from '../../scripts/browser';

const dir = mkdtempSync(join(tmpdir(), 'diplolens-stream-'));
let session: Session;
const posts = syntheticPosts(3_000);

beforeAll(async () => {
  // A CSV of several papaparse chunks (1 MB each), with two bad rows far apart.
  const rows = (exportHead('csv', new Date()) + serialiseChunk('csv', posts, true)).split('\r\n');
  const header = rows[0]!.replace(/^\ufeff/, '');
  const badRow = header.split(',').map((c) => (c === 'tone' ? 'furious' : c === 'platform' ? 'x' : '')).join(',');
  rows.splice(2, 0, badRow);
  rows.splice(2_500, 0, badRow);
  writeFileSync(join(dir, 'posts.csv'), rows.join('\r\n'));
  writeFileSync(join(dir, 'one-line.ndjson'), '{"text":"' + 'x'.repeat(65 * 1024 * 1024) + '"}');
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('streams a CSV through the worker: every valid row imported, the bad ones numbered by spreadsheet row', async () => {
  const library = await openExtensionPage(session, 'library.html');
  await library.getByTestId('result-count').waitFor();
  await library.locator('details.panels > summary').click();
  await library.getByTestId('import-file').setInputFiles(join(dir, 'posts.csv'));
  const report = library.getByTestId('import-report');
  await expect.poll(() => report.getAttribute('data-status'), { timeout: 60_000 }).toBe('review');
  expect(await report.getByTestId('import-rejected-count').innerText()).toBe('2');
  expect(await report.locator('[data-rejected-row="3"]').count()).toBe(1);
  expect(await report.locator('[data-rejected-row="2501"]').count()).toBe(1);
  await report.getByTestId('import-confirm').click();
  await expect.poll(() => report.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
  const stored = await readStore(library, 'posts');
  expect(stored).toHaveLength(posts.length);
  const byId = new Map(stored.map((p) => [p.postId, p]));
  for (const post of posts.slice(0, 50)) expect(toExportObject({ ...(byId.get(post.postId) as unknown as ExportPost), notes: post.notes })).toEqual(toExportObject(post));

  // A file with a line too long to hold is refused with the reason; nothing is written.
  await library.getByTestId('import-file').setInputFiles(join(dir, 'one-line.ndjson'));
  await expect.poll(() => report.getAttribute('data-status'), { timeout: 60_000 }).toBe('failed');
  expect(await report.innerText()).toMatch(/cannot be imported: a line is longer than 64 MB/);
  expect(await readStore(library, 'posts')).toHaveLength(posts.length);
  await library.close();
});
