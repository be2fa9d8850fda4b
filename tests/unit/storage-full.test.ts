import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { recordingHandlers } from '../../utils/background/recording';
import { DiploLensDB } from '../../utils/db/database';
import { capture } from '../fixtures/captures';
// The key is part of the storage contract (utils/protocol.ts `stored`): read raw, as an older version would.
const STORAGE_PROBLEM_KEY = 'diplolens:storageProblem';

const problem = async () => (await browser.storage.local.get(STORAGE_PROBLEM_KEY))[STORAGE_PROBLEM_KEY];

let db: DiploLensDB;
afterEach(async () => {
  db?.close();
  await browser.storage.local.clear();
});

describe('a full disk', () => {
  it('rejects the write whole, keeps what was stored, tells the popup, and clears the warning once writes work again', async () => {
    db = new DiploLensDB(`storage-full-${Math.random()}`);
    const handlers = recordingHandlers(db);
    await handlers['posts:record']!({ posts: [capture('1'), capture('2')] });

    // The browser refuses to grow the database: every new row fails as IndexedDB reports it.
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.posts.hook('creating', full);
    await expect(handlers['posts:record']!({ posts: [capture('3'), capture('4')] })).rejects.toThrow(/quota/i);
    await expect(handlers['posts:save']!({ post: capture('5') })).rejects.toThrow(/quota/i);

    expect((await db.posts.toArray()).map((p) => p.postId).sort()).toEqual(['1', '2']);
    expect(await problem()).toMatchObject({ message: expect.stringMatching(/quota/i) });

    db.posts.hook('creating').unsubscribe(full);
    await handlers['posts:record']!({ posts: [capture('3')] });
    expect(await db.posts.count()).toBe(3);
    expect(await problem()).toBeUndefined();
  });
});

describe('a storage warning left by an earlier service worker', () => {
  it('is cleared by the first write that works', async () => {
    await browser.storage.local.set({ [STORAGE_PROBLEM_KEY]: { at: 1, message: 'QuotaExceededError' } });
    db = new DiploLensDB(`storage-full-${Math.random()}`);
    await recordingHandlers(db)['posts:record']!({ posts: [capture('1')] });
    expect(await problem()).toBeUndefined();
  });
});
