// Streamed imports: a file read a batch at a time (NDJSON line by line), validated like a whole file, and
// written batch by batch with a journal that can undo the whole import.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportHead, serialiseChunk, toExportObject, type ExportPost } from '../../utils/core/library/export';
import { readImport } from '../../utils/core/library/import';
import { DiploLensDB } from '../../utils/db/database';
import { finishImport, importBatch, importPosts, interruptedImports, rollbackImport } from '../../utils/db/library';
import { fileLines } from '../../utils/library/file-lines';
import { MAX_JSON_BYTES, streamImport, type Batch } from '../../utils/library/import-stream';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';

let db: DiploLensDB;
afterEach(() => db?.close());

async function streamAll(file: File, batchSize = 7) {
  const batches: Batch[] = [];
  const result = await streamImport(file, async (batch) => void batches.push(batch), batchSize);
  return { result, batches, accepted: batches.flatMap((b) => b.accepted), rejected: batches.flatMap((b) => b.rejected) };
}

describe('streamed import', () => {
  it('NDJSON streamed in batches gives the same rows, rejections and line numbers as the whole file', async () => {
    const posts = syntheticPosts(50);
    const lines = (exportHead('ndjson', new Date()) + serialiseChunk('ndjson', posts, true)).trimEnd().split('\n');
    lines.splice(10, 0, '{"broken":', '', '{"platform":"x"}');
    const text = '\ufeff' + lines.join('\r\n');
    const { result, batches, accepted, rejected } = await streamAll(new File([text], 'a.ndjson'));
    expect(result).toEqual({ format: 'ndjson', fileError: null });
    expect(batches.length).toBeGreaterThan(5);
    expect(Math.max(...batches.map((b) => b.accepted.length + b.rejected.length))).toBeLessThanOrEqual(7);
    expect(batches.at(-1)!.read).toBe(new Blob([text]).size);

    const whole = readImport('a.ndjson', text);
    const step = whole.next(1_000)!;
    expect(accepted.map((a) => [a.row, toExportObject(a.post)])).toEqual(step.accepted.map((a) => [a.row, toExportObject(a.post)]));
    expect(rejected).toEqual(step.rejected);
    expect(rejected.map((r) => r.row)).toEqual([11, 13]);
  });

  it('refuses with a clear reason what cannot be read a piece at a time: a line beyond the limit, a huge JSON file, an empty file', async () => {
    const lines: string[] = [];
    for await (const line of fileLines(new Blob(['a\nb\r\nc']))) lines.push(line);
    expect(lines).toEqual(['a', 'b', 'c']);
    await expect(
      (async () => {
        for await (const _ of fileLines(new Blob(['x'.repeat(3_000_000)]), 1_000_000));
      })(),
    ).rejects.toThrow(/longer than 1 MB/);

    const huge = { name: 'big.json', size: MAX_JSON_BYTES + 1, slice: () => new Blob(['{"format":"diplolens","posts":[']) } as unknown as File;
    expect((await streamImport(huge, async () => {})).fileError).toMatch(/over 100 MB; export NDJSON instead/);
    expect((await streamImport(new File(['\n\n'], 'empty.ndjson'), async () => {})).fileError).toMatch(/no records/);
  });
});

describe('an import written batch by batch', () => {
  const snapshot = async () => ({
    posts: (await db.posts.toArray()).sort((a, b) => a.postId.localeCompare(b.postId)),
    notes: (await db.notes.toArray()).sort((a, b) => a.id! - b.id!),
  });

  it('is undone whole by its journal: added posts and notes go, merged posts come back as they were', async () => {
    db = new DiploLensDB(`stream-${Math.random()}`);
    const posts = syntheticPosts(60);
    await importPosts(db, posts.slice(0, 30), { now: 1 });
    const before = await snapshot();
    const later: ExportPost[] = posts.slice(20).map((p) => ({ ...p, tags: [...p.tags, 'imported'], notes: [...p.notes, { text: 'added note', createdAt: 5 }] }));
    await importBatch(db, 'imp1', 0, later.slice(0, 20), 2);
    await importBatch(db, 'imp1', 1, later.slice(15), 3);
    expect(await db.posts.count()).toBe(60);
    expect(await interruptedImports(db, 3 + 60_000)).toEqual([]);
    expect(await interruptedImports(db, 3 + 10 * 60_000)).toEqual(['imp1']);

    await rollbackImport(db, 'imp1');
    expect(await snapshot()).toEqual(before);
    expect(await interruptedImports(db, Date.now() + 3_600_000)).toEqual([]);
  });

  it('once finished, keeps what it wrote and drops its journal', async () => {
    db = new DiploLensDB(`stream-${Math.random()}`);
    await importBatch(db, 'imp2', 0, syntheticPosts(10), 1);
    await finishImport(db, 'imp2');
    await rollbackImport(db, 'imp2');
    expect(await db.posts.count()).toBe(10);
    expect(await db.settings.count()).toBe(0);
  });
});
