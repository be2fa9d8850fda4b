import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, DiploLensDB, SCHEMA_V1, type PostCapture, type PostRecord } from '../../utils/db/database';
import { recordPosts } from '../../utils/db/library';

const names: string[] = [];
function freshName(): string {
  const name = `diplolens-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function v1Post(i: number, over: Partial<PostRecord> = {}): PostRecord {
  return {
    platform: 'x',
    postId: String(1000 + i),
    url: `https://x.com/StateDept/status/${1000 + i}`,
    postedAt: '2024-05-01T10:00:00.000Z',
    firstSeen: 1_700_000_000_000 + i,
    lastSeen: 1_700_000_100_000 + i,
    timesSeen: 1 + (i % 3),
    handle: i % 2 ? 'StateDept' : 'MFA_China',
    authorName: i % 2 ? 'Department of State' : 'MFA China',
    official: true,
    country: i % 2 ? 'US' : 'CN',
    org: null,
    role: 'foreign_ministry',
    host: null,
    basis: 'directory',
    text: `Post number ${i} \u00e9t\u00e9 \ud83c\uddfa\ud83c\uddf8`,
    lang: 'en',
    tone: 'neutral',
    toneScore: 0,
    toneCues: [{ cue: 'met', weight: 0, kind: 'logistics' }],
    ...over,
  };
}

async function populatedV1(name: string, count: number): Promise<PostRecord[]> {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  const posts = Array.from({ length: count }, (_, i) => v1Post(i, i === 3 ? { userId: '42' } : {}));
  await v1.table('posts').bulkAdd(posts);
  v1.close();
  return posts;
}

describe('schema v1 -> v2', () => {
  it('upgrades a populated v1 database without losing or altering any v1 field', async () => {
    const name = freshName();
    const before = await populatedV1(name, 250);
    const db = new DiploLensDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const after = await db.posts.toArray();
    expect(after).toHaveLength(before.length);
    const byId = new Map(after.map((p) => [p.postId, p]));
    for (const old of before) {
      const now = byId.get(old.postId)!;
      // Every v1 field is kept exactly, the text included.
      expect(now).toMatchObject(old);
      expect(now).toMatchObject({ saved: false, tags: [], codedTone: null, codedBy: null, codedAt: null, changedAt: old.lastSeen });
    }
    db.close();
  });

  it('makes the new indexes usable and seeds accounts from the authors seen', async () => {
    const name = freshName();
    await populatedV1(name, 20);
    const db = new DiploLensDB(name);
    expect(await db.posts.where('[country+firstSeen]').between(['US', Dexie.minKey], ['US', Dexie.maxKey]).count()).toBe(10);
    expect(await db.posts.where('tags').equals('any').count()).toBe(0);
    expect(await db.posts.where('handle').equals('StateDept').count()).toBe(10);
    expect(await db.posts.orderBy('changedAt').count()).toBe(20);
    const accounts = await db.accounts.toArray();
    expect(accounts.map((a) => a.handle).sort()).toEqual(['MFA_China', 'StateDept']);
    const state = accounts.find((a) => a.handle === 'StateDept')!;
    expect(state.names).toEqual(['Department of State']);
    expect(state.userId).toBe('42');
    expect(state.firstSeen).toBe(1_700_000_000_001);
    expect(state.lastSeen).toBe(1_700_000_100_019);
    db.close();
  });

  it('an empty v1 database upgrades too', async () => {
    const name = freshName();
    await populatedV1(name, 0);
    const db = new DiploLensDB(name);
    expect(await db.posts.count()).toBe(0);
    expect(db.verno).toBe(2);
    db.close();
  });
});

describe('recordPosts on v2', () => {
  const capture = (id: string, over: Partial<PostCapture> = {}): PostCapture => {
    const { firstSeen: _f, lastSeen: _l, timesSeen: _t, ...rest } = v1Post(Number(id));
    return { ...rest, postId: id, ...over };
  };

  it('adds a post once, then only bumps lastSeen and timesSeen, keeping the first text', async () => {
    const db = new DiploLensDB(freshName());
    expect(await recordPosts(db, [capture('1'), capture('1')], 100)).toEqual({ added: 1, updated: 0 });
    expect(await recordPosts(db, [capture('1', { text: 'edited later' })], 200)).toEqual({ added: 0, updated: 1 });
    const post = (await db.posts.get(['x', '1']))!;
    expect(post).toMatchObject({ firstSeen: 100, lastSeen: 200, timesSeen: 2, changedAt: 200, saved: false, tags: [], codedTone: null });
    expect(post.text).toBe(capture('1').text);
    db.close();
  });

  it('a page cannot pre-code or pre-tag a post through a capture', async () => {
    const db = new DiploLensDB(freshName());
    await recordPosts(db, [capture('7', { codedTone: 'sarcastic', codedBy: 'page', tags: ['x'], changedAt: 1 })], 100);
    expect(await db.posts.get(['x', '7'])).toMatchObject({ codedTone: null, codedBy: null, tags: [], changedAt: 100 });
    db.close();
  });

  it('saved is set by an explicit save and survives later automatic sightings', async () => {
    const db = new DiploLensDB(freshName());
    await recordPosts(db, [capture('2', { official: false, country: null, role: null, basis: null })], 100, { saved: true });
    await recordPosts(db, [capture('2')], 200);
    expect(await db.posts.get(['x', '2'])).toMatchObject({ saved: true, official: false, timesSeen: 2 });
    db.close();
  });

  it('keeps every post when several writers record at once', async () => {
    const name = freshName();
    const writers = [new DiploLensDB(name), new DiploLensDB(name), new DiploLensDB(name)];
    await Promise.all(
      writers.map((db, w) =>
        Promise.all(Array.from({ length: 20 }, (_, i) => recordPosts(db, [capture(String(i)), capture(String(100 + w * 20 + i))], 1000 + i))),
      ),
    );
    const posts = await writers[0]!.posts.toArray();
    expect(posts).toHaveLength(20 + 60);
    expect(posts.filter((p) => Number(p.postId) < 20).every((p) => p.timesSeen === 3)).toBe(true);
    for (const db of writers) db.close();
  });
});
