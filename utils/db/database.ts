import Dexie, { type Table, type Transaction } from 'dexie';
import type { Platform } from '../core/model';
import type { AccountRecord, NoteRecord, PostKey, PostRecord, SettingRecord, StoredPost, TagRecord } from '../core/records';

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
