import Dexie, { type Table, type Transaction } from 'dexie';
import type { Platform } from '../core/model';
import type { AccountRecord, NoteRecord, PostCapture, PostKey, PostRecord, SettingRecord, StoredPost, TagRecord } from '../core/records';

export type {
  AccountRecord,
  NoteRecord,
  PostCapture,
  PostKey,
  PostRecord,
  RecordedIdentification,
  SettingRecord,
  StoredPost,
  TagRecord,
} from '../core/records';

/** Schemas as shipped, kept verbatim: a shipped version is never edited, only followed by a new one. */
export const SCHEMA_V1 = {
  posts: '[platform+postId], firstSeen, handle, country, role, tone',
};
export const SCHEMA_V2 = {
  // The compound [x+firstSeen] indexes let the popup show "newest 50 of one country/role/tone"
  // from an index range at 100,000 posts instead of scanning (and serve plain equality by prefix,
  // so v1's single country/role/tone indexes go); *tags is multi-entry (one entry per tag).
  // Every index costs on each write (an import of 100,000 posts), so only those a query uses are kept.
  posts: '[platform+postId], firstSeen, changedAt, handle, *tags, [country+firstSeen], [role+firstSeen], [tone+firstSeen]',
  accounts: '[platform+handle], userId, lastSeen',
  tags: '&name',
  notes: '++id, [platform+postId], createdAt',
  settings: '&key',
};
export const DB_VERSION = 2;

/** Fills in the v2 fields of a record that lacks them (a v1 record, or a fresh capture). */
export function withV2Fields<T extends PostRecord>(post: T, changedAt: number): T & StoredPost {
  return {
    ...post,
    saved: post.saved ?? false,
    tags: post.tags ?? [],
    codedTone: post.codedTone ?? null,
    codedBy: post.codedBy ?? null,
    codedAt: post.codedAt ?? null,
    changedAt: post.changedAt ?? changedAt,
  };
}

/** v1 -> v2: posts get the library fields, and the accounts table is seeded from the authors already seen. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const accounts = new Map<string, AccountRecord>();
  await tx
    .table('posts')
    .toCollection()
    .modify((post: PostRecord) => {
      Object.assign(post, withV2Fields(post, post.lastSeen));
      const key = `${post.platform}:${post.handle}`;
      const account = accounts.get(key);
      if (!account) {
        accounts.set(key, {
          platform: post.platform,
          handle: post.handle,
          ...(post.userId ? { userId: post.userId } : {}),
          names: post.authorName ? [post.authorName] : [],
          bios: [],
          corrections: [],
          firstSeen: post.firstSeen,
          lastSeen: post.lastSeen,
        });
      } else {
        if (post.authorName && !account.names.includes(post.authorName)) account.names.push(post.authorName);
        if (post.userId) account.userId = post.userId;
        account.firstSeen = Math.min(account.firstSeen, post.firstSeen);
        account.lastSeen = Math.max(account.lastSeen, post.lastSeen);
      }
    });
  await tx.table('accounts').bulkPut([...accounts.values()]);
}

export class DiploLensDB extends Dexie {
  posts!: Table<StoredPost, PostKey>;
  accounts!: Table<AccountRecord, [Platform, string]>;
  tags!: Table<TagRecord, string>;
  notes!: Table<NoteRecord, number>;
  settings!: Table<SettingRecord, string>;

  constructor(name = 'diplolens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

export const postKey = (p: { platform: Platform; postId: string }): PostKey => [p.platform, p.postId];

/**
 * Stores what was seen: a new post once, with first-seen time; a post seen again only
 * bumps lastSeen and timesSeen, so the text and labels stay as they were first recorded.
 * `saved` marks posts the user saved explicitly (a later automatic sighting never unsets it).
 */
export async function recordPosts(
  db: DiploLensDB,
  captures: PostCapture[],
  now = Date.now(),
  options: { saved?: boolean } = {},
): Promise<{ added: number; updated: number }> {
  const unique = new Map<string, PostCapture>();
  for (const c of captures) if (c.postId) unique.set(`${c.platform}:${c.postId}`, c);
  const items = [...unique.values()];
  const saved = options.saved === true;
  let added = 0;
  await db.transaction('rw', db.posts, db.accounts, async () => {
    const existing = await db.posts.bulkGet(items.map(postKey));
    const writes: StoredPost[] = items.map((c, i) => {
      const old = existing[i];
      if (old) return { ...old, lastSeen: now, timesSeen: old.timesSeen + 1, saved: old.saved || saved, changedAt: now };
      added++;
      // Only the capture's own fields: a page must not be able to pre-code or pre-tag a post.
      const { tags: _t, codedTone: _c, codedBy: _b, codedAt: _a, changedAt: _ch, saved: _s, ...capture } = c;
      return withV2Fields({ ...capture, firstSeen: now, lastSeen: now, timesSeen: 1, saved }, now);
    });
    await db.posts.bulkPut(writes);
    await noteAuthors(db, items, now);
  });
  return { added, updated: items.length - added };
}

async function noteAuthors(db: DiploLensDB, items: PostCapture[], now: number): Promise<void> {
  const byKey = new Map<string, PostCapture>();
  for (const c of items) if (c.handle) byKey.set(`${c.platform}:${c.handle}`, c);
  const authors = [...byKey.values()];
  const existing = await db.accounts.bulkGet(authors.map((c) => [c.platform, c.handle] as [Platform, string]));
  await db.accounts.bulkPut(
    authors.map((c, i) => {
      const old = existing[i];
      const names = old?.names ?? [];
      return {
        platform: c.platform,
        handle: c.handle,
        ...(c.userId ?? old?.userId ? { userId: c.userId ?? old?.userId } : {}),
        names: c.authorName && !names.includes(c.authorName) ? [...names, c.authorName] : names,
        bios: old?.bios ?? [],
        corrections: old?.corrections ?? [],
        firstSeen: old?.firstSeen ?? now,
        lastSeen: now,
      };
    }),
  );
}
