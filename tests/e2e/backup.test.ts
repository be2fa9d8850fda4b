// Full backup in real Chromium: back up, delete everything, restore from the file: the same state in
// the database and in the corrections every tab applies; a broken backup is refused and changes nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serialiseChunk } from '../../utils/core/library/export';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';
import { launch, openExtensionPage, readStore, type Session } from '../../scripts/browser';

const dir = mkdtempSync(join(tmpdir(), 'diplolens-backup-'));
let session: Session;

beforeAll(async () => {
  writeFileSync(join(dir, 'posts.ndjson'), serialiseChunk('ndjson', syntheticPosts(500), true));
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything stored, read straight from IndexedDB and extension storage (note ids and write times aside). */
async function snapshot(page: Page) {
  const posts = (await readStore(page, 'posts')).map(({ changedAt: _c, ...p }) => p);
  const notes = (await readStore(page, 'notes')).map(({ id: _id, ...n }) => n).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const overrides = await page.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await chrome.storage.local.get('diplolens:overrides'))['diplolens:overrides'];
  });
  return { posts, notes, tags: await readStore(page, 'tags'), accounts: await readStore(page, 'accounts'), settings: await readStore(page, 'settings'), overrides };
}

const send = (page: Page, type: string, payload: unknown) =>
  page.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  );

it('backup, delete everything, restore: the same posts, codings, notes, tags, corrections, imported list, learned accounts and settings', async () => {
  const library = await openExtensionPage(session, 'library.html');
  await library.getByTestId('result-count').waitFor();
  await library.locator('details.panels > summary').click();
  await library.getByTestId('import-file').setInputFiles(join(dir, 'posts.ndjson'));
  await expect.poll(() => library.getByTestId('import-report').getAttribute('data-status'), { timeout: 30_000 }).toBe('done');

  // The researcher's own work on the newest post, a correction, an imported list and a setting.
  const detail = library.getByTestId('detail');
  await detail.waitFor();
  await detail.getByTestId('code-sarcastic').click();
  await detail.getByTestId('tag-input').fill('irony');
  await detail.getByTestId('tag-input').press('Enter');
  await detail.getByTestId('note-input').fill('Read against the ministry statement.');
  await detail.getByRole('button', { name: 'Add note' }).click();
  expect(await send(library, 'corrections:set', { platform: 'x', handle: 'someone', correction: { official: true, country: 'FR', role: 'embassy' } })).toMatchObject({ ok: true });
  expect(await send(library, 'directory:import', { csv: 'platform,handle,role,country\nx,myembassy,embassy,DE\n' })).toMatchObject({ ok: true });
  await library.getByTestId('capture-bluesky').uncheck();
  await expect.poll(async () => (await snapshot(library)).notes.length).toBeGreaterThan(0);
  const before = await snapshot(library);
  expect(before.overrides).toEqual({ 'x:someone': { official: true, country: 'FR', role: 'embassy' } });

  const download = library.waitForEvent('download');
  await library.getByTestId('delete-everything').click();
  await library.getByTestId('delete-backup').click();
  const backupPath = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(backupPath);
  expect(readFileSync(backupPath, 'utf8').split('\n')[0]).toContain('"format":"diplolens-backup"');
  await library.getByTestId('delete-confirm').click();
  await expect.poll(async () => (await snapshot(library)).posts.length).toBe(0);
  expect((await snapshot(library)).overrides).toEqual({});

  // A broken copy is refused and changes nothing.
  const lines = readFileSync(backupPath, 'utf8').trimEnd().split('\n');
  writeFileSync(join(dir, 'cut.ndjson'), lines.slice(0, -5).join('\n'));
  await library.getByTestId('restore-file').setInputFiles(join(dir, 'cut.ndjson'));
  await expect.poll(() => library.getByTestId('backup-report').getAttribute('data-status')).toBe('refused');
  expect(await library.getByTestId('backup-report').innerText()).toMatch(/incomplete/);
  expect((await snapshot(library)).posts.length).toBe(0);

  await library.getByTestId('restore-file').setInputFiles(backupPath);
  await library.getByTestId('restore-confirm').click();
  await expect.poll(() => library.getByTestId('backup-report').getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
  expect(await snapshot(library)).toEqual(before);
  await expect.poll(() => library.getByTestId('result-count').getAttribute('data-total').then(Number), { timeout: 30_000 }).toBe(500);
  await library.close();
});
