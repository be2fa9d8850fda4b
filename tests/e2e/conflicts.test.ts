// The import's conflict review in real Chromium: a file that says otherwise about stored posts changes
// nothing by itself; the report lists stored against incoming, and only the change the user ticks is written.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serialiseChunk } from '../../utils/core/library/export';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';
import { launch, openExtensionPage, readStore, type Session } from '../../scripts/browser';

const dir = mkdtempSync(join(tmpdir(), 'diplolens-conflicts-'));
let session: Session;
const posts = syntheticPosts(10).map((p) => ({ ...p, codedTone: 'neutral' as const, codedBy: 'me', codedAt: Date.UTC(2025, 0, 2) }));
const [retexted, recoded] = [posts[3]!, posts[4]!];

beforeAll(async () => {
  writeFileSync(join(dir, 'mine.ndjson'), serialiseChunk('ndjson', posts, true));
  const theirs = [
    { ...retexted, text: 'A rewritten text' },
    { ...recoded, codedTone: 'sarcastic' as const, codedBy: 'them', codedAt: Date.UTC(2025, 5, 1) },
  ];
  writeFileSync(join(dir, 'theirs.ndjson'), serialiseChunk('ndjson', theirs, true));
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('lists each conflict, keeps the stored side by default, and writes only the accepted change', async () => {
  const library = await openExtensionPage(session, 'library.html');
  await library.getByTestId('result-count').waitFor();
  await library.locator('details.panels > summary').click();
  const importFile = async (name: string) => {
    await library.getByTestId('import-file').setInputFiles(join(dir, name));
    await expect.poll(() => library.getByTestId('import-report').getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
  };
  await importFile('mine.ndjson');
  const before = await readStore(library, 'posts');
  await importFile('theirs.ndjson');

  const review = library.getByTestId('conflict-review');
  expect(await review.getByTestId('import-kept-count').innerText()).toBe('2');
  const textRow = review.locator(`tr[data-conflict="x:${retexted.postId}"][data-part="text"]`);
  expect(await textRow.innerText()).toContain('A rewritten text');
  expect(await textRow.innerText()).toContain(retexted.text.slice(0, 20));
  const codingRow = review.locator(`tr[data-conflict="x:${recoded.postId}"][data-part="coding"]`);
  expect(await codingRow.innerText()).toMatch(/Neutral by me.*Sarcastic by them/s);
  // The import itself wrote neither change.
  const stored = async (id: string) => (await readStore(library, 'posts')).find((p) => p.postId === id)!;
  expect(await stored(retexted.postId)).toMatchObject({ text: retexted.text });
  expect(await stored(recoded.postId)).toMatchObject({ codedTone: 'neutral', codedBy: 'me' });

  await codingRow.getByRole('checkbox').check();
  await review.getByTestId('conflicts-apply').click();
  await expect.poll(() => review.getByTestId('conflicts-result').innerText()).toMatch(/to 1 posts/);
  expect(await stored(recoded.postId)).toMatchObject({ codedTone: 'sarcastic', codedBy: 'them' });
  expect(await stored(retexted.postId)).toMatchObject({ text: retexted.text });
  // Every other post is as it was.
  const unchanged = (rows: Record<string, unknown>[]) => rows.filter((p) => p.postId !== recoded.postId).map(({ changedAt: _c, ...p }) => p);
  expect(unchanged(await readStore(library, 'posts'))).toEqual(unchanged(before));
  await library.close();
});
