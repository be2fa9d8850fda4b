import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { recordingHandlers } from '../../utils/background/recording';
import { MAX_TEXT_LENGTH } from '../../utils/core/library/import';
import type { PostCapture } from '../../utils/core/records';
import { DiploLensDB } from '../../utils/db/database';
import { capture } from '../fixtures/captures';

let db: DiploLensDB;
afterEach(async () => {
  db?.close();
  await browser.storage.local.clear();
});

describe('what a page showed is checked before it is written', () => {
  it('skips captures no export could hold (non-finite numbers, invalid times, bad links, unknown roles) and keeps the good ones', async () => {
    db = new DiploLensDB(`recording-${Math.random()}`);
    const bad = [
      capture('1', { toneScore: Number.NaN }),
      capture('2', { toneCues: [{ cue: 'x', weight: Number.POSITIVE_INFINITY, kind: 'word' }] }),
      capture('3', { postedAt: 'yesterday-ish' }),
      capture('4', { url: 'javascript:alert(1)' }),
      capture('5', { role: 'emperor' as never }),
      { ...capture('6'), platform: 'myspace' } as unknown as PostCapture,
      null as unknown as PostCapture,
      capture('9', { toneConfidence: 1.2 }),
    ];
    const result = await recordingHandlers(db)['posts:record']!({ posts: [...bad, capture('7', { toneConfidence: 0.58 })] });
    expect(result).toMatchObject({ added: 1, skipped: bad.length });
    expect((await db.posts.toArray()).map((p) => [p.postId, p.toneConfidence])).toEqual([['7', 0.58]]);
    await expect(recordingHandlers(db)['posts:save']!({ post: capture('8', { toneScore: 5 }) })).rejects.toThrow(/posts:save/);
  });

  it('cuts a text longer than X allows, so no record can block a page', async () => {
    db = new DiploLensDB(`recording-${Math.random()}`);
    await recordingHandlers(db)['posts:save']!({ post: capture('9', { text: 'w'.repeat(MAX_TEXT_LENGTH + 5_000) }) });
    const stored = (await db.posts.get(['x', '9']))!;
    expect(stored.text).toHaveLength(MAX_TEXT_LENGTH);
    expect(stored.textLength).toBe(MAX_TEXT_LENGTH + 5_000);
    // A page cannot claim an original length for a text that was not cut.
    await recordingHandlers(db)['posts:save']!({ post: { ...capture('10'), textLength: 99_999 } });
    expect((await db.posts.get(['x', '10']))!.textLength).toBeUndefined();
  });
});
