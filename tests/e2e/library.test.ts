// The researcher's library end to end in a real browser: 100,000 posts imported, searched, filtered,
// coded from the keyboard, exported, and imported into a fresh profile with identical data.
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHead, exportTail, serialiseChunk, toExportObject } from '../../utils/core/library/export';
import { runQuery, toEntry } from '../../utils/core/library/query';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';
import { launch, openExtensionPage, type Session } from '../../scripts/browser';

const COUNT = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'diplolens-library-'));
const posts = syntheticPosts(COUNT);
const entries = posts.map((p) => toEntry(p));
let session: Session;
let library: Page;
let exported = '';
let coded: string[] = [];

function writeNdjson(name: string, lines: string): string {
  const path = join(dir, name);
  writeFileSync(path, lines);
  return path;
}

async function waitForImport(page: Page, status: 'done' | 'review' | 'failed') {
  const report = page.getByTestId('import-report');
  await report.waitFor({ timeout: 120_000 });
  await expect.poll(() => report.getAttribute('data-status'), { timeout: 120_000 }).toBe(status);
  return report;
}

const count = (page: Page) => page.getByTestId('result-count').getAttribute('data-count').then(Number);
const totalOf = (page: Page) => page.getByTestId('result-count').getAttribute('data-total').then(Number);

async function exportAll(page: Page, format: 'ndjson' | 'csv'): Promise<{ data: string; codebook: string; name: string }> {
  await page.getByTestId('export-format').selectOption(format);
  await page.getByTestId('export-scope').selectOption('all');
  const downloads: Download[] = [];
  const both = new Promise<void>((resolve) => {
    page.on('download', (d) => {
      downloads.push(d);
      if (downloads.length === 2) resolve();
    });
  });
  await page.getByTestId('export').click();
  await both;
  page.removeAllListeners('download');
  // Told apart by name: two downloads started together may be reported in either order.
  const book = downloads.find((d) => d.suggestedFilename().endsWith('.codebook.md'));
  const data = downloads.find((d) => d !== book);
  return { data: readFileSync((await data!.path())!, 'utf8'), codebook: readFileSync((await book!.path())!, 'utf8'), name: data!.suggestedFilename() };
}

async function openLibrary(s: Session): Promise<Page> {
  const page = await openExtensionPage(s, 'library.html');
  await page.getByTestId('result-count').waitFor();
  await page.locator('details.panels > summary').click();
  return page;
}

beforeAll(async () => {
  let text = exportHead('ndjson', new Date());
  for (let i = 0; i < posts.length; i += 5000) text += serialiseChunk('ndjson', posts.slice(i, i + 5000), i === 0);
  writeNdjson('synthetic.ndjson', text + exportTail('ndjson'));
  session = await launch();
  library = await openLibrary(session);
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the library with 100,000 posts', () => {
  it('imports 100,000 synthetic posts with a progress indicator', { timeout: 240_000 }, async () => {
    await library.getByTestId('import-file').setInputFiles(join(dir, 'synthetic.ndjson'));
    await library.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    const report = await waitForImport(library, 'done');
    expect(await report.getByTestId('import-accepted-count').innerText()).toBe(COUNT.toLocaleString('en-US'));
    expect(await report.getByTestId('import-rejected-count').innerText()).toBe('0');
    await expect.poll(() => totalOf(library), { timeout: 60_000 }).toBe(COUNT);
    // The list is virtual: a screenful of rows exists, not 100,000.
    const rows = await library.locator('[data-post-id]').count();
    expect(rows).toBeGreaterThan(3);
    expect(rows).toBeLessThan(100);
  });

  it('searches the text, accent-insensitively, with phrases', async () => {
    const query = 'sao paulo "human rights"';
    await library.getByTestId('library-search').fill(query);
    const expected = runQuery(entries, { text: query }, 'firstSeen-desc');
    expect(expected.length).toBeGreaterThan(10);
    await expect.poll(() => count(library)).toBe(expected.length);
    const firstRow = library.locator('.lib-row').first();
    expect(await firstRow.getAttribute('data-post-id')).toBe(expected[0]!.postId);
    await library.getByTestId('library-search').fill('');
    await expect.poll(() => count(library)).toBe(COUNT);
  });

  it('filters by country, tone, tag and date', async () => {
    await library.getByTestId('filter-country').selectOption('FR');
    await library.getByTestId('filter-tone').selectOption('confrontational');
    const byCountryTone = runQuery(entries, { country: 'FR', tone: 'confrontational' }, 'firstSeen-desc');
    await expect.poll(() => count(library)).toBe(byCountryTone.length);
    await library.getByTestId('filter-tag').selectOption('climate');
    await library.getByTestId('filter-from').fill('2024-02-01');
    const narrowed = runQuery(entries, { country: 'FR', tone: 'confrontational', tag: 'climate', from: Date.parse('2024-02-01T00:00:00') }, 'firstSeen-desc');
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(byCountryTone.length);
    await expect.poll(() => count(library)).toBe(narrowed.length);
    const ids = await library.locator('.lib-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')));
    expect(ids.slice(0, 3)).toEqual(narrowed.slice(0, 3).map((e) => e.postId));
  });

  it("sorts the tones the model was least sure of first, marked '?' in the list", async () => {
    await library.getByTestId('sort').selectOption('toneConfidence-asc');
    const filter = { country: 'FR', tone: 'confrontational', tag: 'climate', from: Date.parse('2024-02-01T00:00:00') } as const;
    const leastSure = runQuery(entries, filter, 'toneConfidence-asc');
    expect(leastSure[0]!.toneConfidence).toBeLessThan(0.6);
    const firstRow = library.locator('.lib-row').first();
    await expect.poll(() => firstRow.getAttribute('data-post-id')).toBe(leastSure[0]!.postId);
    expect(await firstRow.locator('.tone-mini').first().textContent()).toMatch(/Confrontational\?$/);
    const ids = await library.locator('.lib-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')));
    expect(ids.slice(0, 3)).toEqual(leastSure.slice(0, 3).map((e) => e.postId));
    await library.getByTestId('sort').selectOption('firstSeen-desc');
  });

  it('codes posts with the keyboard: J/K to move, 1-4 for the tones, T to tag', async () => {
    // The coder's queue: the uncoded posts of the current filter.
    await library.getByTestId('filter-coded').selectOption('uncoded');
    // The queue as the library must show it, computed in Node from the same data: reading it off the
    // virtualised list's DOM could catch rows mid-render.
    const queueEntries = runQuery(
      entries,
      { country: 'FR', tone: 'confrontational', tag: 'climate', from: Date.parse('2024-02-01T00:00:00'), coded: 'uncoded' },
      'firstSeen-desc',
    );
    expect(queueEntries.length).toBeGreaterThan(3);
    await expect.poll(() => count(library)).toBe(queueEntries.length);
    await expect.poll(() => library.locator('.lib-row').first().getAttribute('data-post-id')).toBe(queueEntries[0]!.postId);
    const ids = queueEntries.slice(0, 3).map((e) => e.postId);
    const detailId = () => library.getByTestId('detail').getAttribute('data-post-id');
    await library.getByTestId('library-list').focus();
    await library.keyboard.press('j');
    await expect.poll(detailId).toBe(ids[0]);
    await library.keyboard.press('j');
    await expect.poll(detailId).toBe(ids[1]);
    await library.keyboard.press('k');
    await expect.poll(detailId).toBe(ids[0]);
    // A coder's quick keys, pressed without waiting for the page: each one counts.
    await library.keyboard.press('j');
    await library.keyboard.press('j');
    await library.keyboard.press('k');
    await expect.poll(detailId).toBe(ids[1]);
    await library.keyboard.press('k');
    await expect.poll(detailId).toBe(ids[0]);
    const queue = await count(library);
    // Coded, a post leaves the "not coded yet" queue and the next one comes under the cursor; two
    // codes pressed faster than the page re-renders code two posts, not the first one twice.
    await library.keyboard.press('4');
    await library.keyboard.press('2');
    await expect.poll(() => count(library), { timeout: 10_000 }).toBe(queue - 2);
    await expect.poll(detailId).toBe(ids[2]);
    await library.keyboard.press('t');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tag-input');
    await library.keyboard.type('reviewed');
    await library.keyboard.press('Enter');
    await expect.poll(() => library.getByTestId('detail-tags').innerText()).toContain('reviewed');
    await library.keyboard.press('Escape');

    // The coding is kept apart from the automatic tone, which is untouched.
    await library.getByTestId('filter-coded').selectOption('sarcastic');
    const row = library.locator(`.lib-row[data-post-id="${ids[0]}"]`);
    await expect.poll(() => row.locator('[data-coded-tone]').getAttribute('data-coded-tone')).toBe('sarcastic');
    expect(await row.innerText()).toContain('Confrontational');
    await library.getByTestId('filter-coded').selectOption('confrontational');
    const second = library.locator(`.lib-row[data-post-id="${ids[1]}"]`);
    await expect.poll(() => second.locator('[data-coded-tone]').getAttribute('data-coded-tone')).toBe('confrontational');
    await library.getByTestId('filter-coded').selectOption('');
    for (const f of ['filter-country', 'filter-tone', 'filter-tag']) await library.getByTestId(f).selectOption('');
    await library.getByTestId('filter-from').fill('');
    await expect.poll(() => count(library)).toBe(COUNT);
    coded = ids;
  });

  it('exports all 100,000 posts to NDJSON with the codebook, codings included', async () => {
    const { data, codebook, name } = await exportAll(library, 'ndjson');
    expect(name).toMatch(/^diplolens-all-.*\.ndjson$/);
    expect(codebook).toContain('`codedTone`');
    expect(codebook).toContain('`sarcastic`');
    const lines = data.trimEnd().split('\n');
    expect(lines).toHaveLength(COUNT);
    const [first, second, third] = coded;
    const byId = new Map(lines.map((l) => [JSON.parse(l).postId as string, JSON.parse(l)]));
    expect(byId.get(first!)).toMatchObject({ codedTone: 'sarcastic', codedBy: 'me', tone: 'confrontational' });
    expect(byId.get(first!).codedAt).toBeGreaterThan(Date.now() - 3_600_000);
    expect(byId.get(second!)).toMatchObject({ codedTone: 'confrontational', codedBy: 'me' });
    expect(byId.get(third!).tags).toContain('reviewed');
    // Everything else is as imported.
    const untouched = posts.find((p) => !coded.includes(p.postId) && p.notes.length)!;
    expect(byId.get(untouched.postId)).toEqual(toExportObject(untouched));
    exported = data;
    writeNdjson('exported.ndjson', data);
  });

  it('exports CSV with a BOM', async () => {
    const { data } = await exportAll(library, 'csv');
    expect(data.charCodeAt(0)).toBe(0xfeff);
    expect(data.slice(1, 40)).toMatch(/^platform,postId,url,postedAt/);
  });

  it('the export imported into a fresh profile gives identical data', async () => {
    await session.close();
    session = await launch();
    library = await openLibrary(session);
    await library.getByTestId('import-file').setInputFiles(join(dir, 'exported.ndjson'));
    await waitForImport(library, 'done');
    await expect.poll(() => totalOf(library), { timeout: 60_000 }).toBe(COUNT);
    const again = await exportAll(library, 'ndjson');
    expect(again.data.length).toBe(exported.length);
    expect(again.data === exported).toBe(true);
  });

  it('a malformed import file leaves existing data untouched and shows the report', async () => {
    const valid = JSON.parse(exported.slice(0, exported.indexOf('\n')));
    const changed = { ...valid, tags: [...valid.tags, 'from-bad-file'], timesSeen: valid.timesSeen + 50 };
    const bad = [JSON.stringify(changed), '{"platform":"x"', JSON.stringify({ ...valid, postId: 'z', tone: 'furious' }), JSON.stringify({ ...valid, url: 'javascript:alert(1)' })];
    await library.getByTestId('import-file').setInputFiles(writeNdjson('bad.ndjson', bad.join('\n')));
    const report = await waitForImport(library, 'review');
    expect(await report.getByTestId('import-rejected-count').innerText()).toBe('3');
    expect(await report.locator('[data-rejected-row="2"]').innerText()).toContain('not valid JSON');
    expect(await report.locator('[data-rejected-row="3"]').innerText()).toMatch(/tone/);
    expect(await report.locator('[data-rejected-row="4"]').innerText()).toMatch(/url must be https/);
    await report.getByTestId('import-cancel').click();

    // A file that is not an export at all.
    await library.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"posts": [ {"platform": "x"') });
    const failed = await waitForImport(library, 'failed');
    expect(await failed.innerText()).toMatch(/cannot be imported: not valid JSON.*Nothing was imported/s);

    // Nothing changed: same count, same data.
    expect(await totalOf(library)).toBe(COUNT);
    const after = await exportAll(library, 'ndjson');
    expect(after.data === exported).toBe(true);
  });
});
