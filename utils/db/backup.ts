// The database side of a full backup (format: utils/core/library/backup.ts). Extension pages call these
// (the library today); the background then tells every tab (`data:restored`).
import type { DiploLensDB } from './database';
import { withV2Fields } from './database';
import { exportChunks } from './library';
import { CAPTURE_KEY, CODER_KEY, IMPORTED_ACCOUNTS_KEY } from './settings';
import { backupEnd, backupHeader, backupLine, type Backup, type BackupCounts } from '../core/library/backup';
import type { DirectoryEntry } from '../core/accounts/directory-entry';
import type { CapturePolicy } from '../core/model';
import type { AccountRecord, NoteRecord } from '../core/records';

/**
 * The backup as text parts, in order (a page makes a Blob of them and may yield between parts): the
 * header, settings, the imported list, tags, accounts, then posts with their notes a chunk at a time,
 * and the last line with the counts. The Mastodon instances and the badges setting (kept in the browser's
 * storage, not the database) are written with the settings. Like an export, it reads in chunks rather than in one transaction,
 * so a page stays responsive at 100,000 posts.
 */
export async function* backupParts(
  db: DiploLensDB,
  createdAt = new Date(),
  fromStorage: { mastodonInstances?: readonly string[]; inferredBadges?: boolean } = {},
): AsyncGenerator<string, BackupCounts> {
  const counts: BackupCounts = { settings: 1, listedAccount: 0, tag: 0, account: 0, post: 0 };
  yield backupHeader(createdAt);
  const setting = async (key: string) => (await db.settings.get(key))?.value;
  const capture = ((await setting(CAPTURE_KEY)) as Partial<CapturePolicy> | undefined) ?? {};
  const coder = await setting(CODER_KEY);
  const { mastodonInstances = [], inferredBadges } = fromStorage;
  yield backupLine('settings', { capture, coder: typeof coder === 'string' ? coder : null, mastodonInstances: [...mastodonInstances], ...(inferredBadges === undefined ? {} : { inferredBadges }) });
  const listed = ((await setting(IMPORTED_ACCOUNTS_KEY)) as DirectoryEntry[] | undefined) ?? [];
  counts.listedAccount = listed.length;
  if (listed.length) yield listed.map((entry) => backupLine('listedAccount', entry)).join('');
  const tags = await db.tags.toArray();
  counts.tag = tags.length;
  if (tags.length) yield tags.map((tag) => backupLine('tag', tag)).join('');
  const accounts = await db.accounts.toArray();
  counts.account = accounts.length;
  // Fields in one order, so that backing up a restored state gives the same file.
  const ordered = ({ platform, handle, userId, names, bios, corrections, firstSeen, lastSeen }: AccountRecord) => ({ platform, handle, ...(userId ? { userId } : {}), names, bios, corrections, firstSeen, lastSeen });
  for (let i = 0; i < accounts.length; i += 2_000) yield accounts.slice(i, i + 2_000).map((a) => backupLine('account', ordered(a))).join('');
  for await (const chunk of exportChunks(db, 'all', 1_000)) {
    counts.post += chunk.length;
    yield chunk.map((post) => backupLine('post', post)).join('');
  }
  yield backupEnd(counts);
  return counts;
}

/**
 * Replaces everything stored with a checked backup, in ONE transaction: on any error (quota included)
 * nothing changes. The caller then sends `data:restored` so that every tab applies the corrections and
 * the imported list.
 */
export async function restoreBackup(db: DiploLensDB, backup: Backup, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.posts, db.notes, db.tags, db.accounts, db.settings], async () => {
    await Promise.all([db.posts.clear(), db.notes.clear(), db.tags.clear(), db.accounts.clear(), db.settings.clear()]);
    const notes: NoteRecord[] = [];
    const tagNames = new Set(backup.tags.map((t) => t.name));
    const posts = backup.posts.map(({ notes: postNotes, ...post }) => {
      for (const n of postNotes) notes.push({ platform: post.platform, postId: post.postId, text: n.text, createdAt: n.createdAt });
      for (const t of post.tags) tagNames.add(t);
      return withV2Fields({ ...post, changedAt: now }, now);
    });
    const createdAt = new Map(backup.tags.map((t) => [t.name, t.createdAt]));
    // In slices: each slice is serialised in a task of its own, so a large restore runs no long task.
    for (let i = 0; i < posts.length; i += 500) await db.posts.bulkPut(posts.slice(i, i + 500));
    await db.notes.bulkAdd(notes);
    await db.tags.bulkPut([...tagNames].map((name) => ({ name, createdAt: createdAt.get(name) ?? now })));
    await db.accounts.bulkPut(backup.accounts);
    await db.settings.bulkPut([
      { key: CAPTURE_KEY, value: backup.settings.capture },
      ...(backup.settings.coder ? [{ key: CODER_KEY, value: backup.settings.coder }] : []),
      ...(backup.listedAccounts.length ? [{ key: IMPORTED_ACCOUNTS_KEY, value: backup.listedAccounts }] : []),
    ]);
  });
}
