// The full backup: one versioned file with everything DiploLens keeps; a restore checks all of it
// first and writes it in one transaction, or refuses with a reason and changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { accountHandlers } from '../../utils/background/accounts';
import { dataSafetyHandlers } from '../../utils/background/data-safety';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup } from '../../utils/core/library/backup';
import { backupParts, restoreBackup } from '../../utils/db/backup';
import { DiploLensDB } from '../../utils/db/database';
import { addNote, codePosts, importPosts, tagPosts } from '../../utils/db/library';
import { setCapture, setCoder } from '../../utils/db/settings';
import { stored } from '../../utils/protocol';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';

let db: DiploLensDB;
afterEach(async () => {
  db?.close();
  await browser.storage.local.clear();
});

async function populated(): Promise<DiploLensDB> {
  const store = new DiploLensDB(`backup-${Math.random()}`);
  await importPosts(store, syntheticPosts(300));
  const [first] = await store.posts.toCollection().primaryKeys();
  await codePosts(store, [`${first![0]}:${first![1]}`], 'sarcastic', 'ana', 1_700_000_000_000);
  await addNote(store, `${first![0]}:${first![1]}`, 'a note with\u2028a line separator', 1_700_000_000_001);
  await tagPosts(store, [`${first![0]}:${first![1]}`], 'irony', 1_700_000_000_002);
  await store.tags.put({ name: 'unused', createdAt: 1_700_000_000_003 });
  const accounts = accountHandlers(store);
  await accounts['corrections:set']!({ platform: 'x', handle: 'someone', correction: { official: true, country: 'FR', role: 'embassy' } });
  await accounts['corrections:set']!({ platform: 'x', handle: 'other', correction: { official: false } });
  await accounts['corrections:undo']!({ platform: 'x', handle: 'other' });
  await accounts['directory:import']!({ csv: 'platform,handle,role,country,name\nx,myembassy,embassy,DE,"Embassy, Berlin"\n' });
  await accounts['accounts:learn']!({ accounts: [{ platform: 'x', handle: 'StateDept', bio: 'Official account', userId: '9624742' }] });
  await setCapture(store, 'bluesky', false);
  await setCoder(store, 'ana');
  return store;
}

/** Everything a user would miss: compared before the backup and after the restore. */
async function snapshot(store: DiploLensDB) {
  const posts = (await store.posts.toArray()).map(({ changedAt: _c, ...p }) => p);
  const notes = (await store.notes.toArray()).map(({ id: _id, ...n }) => n).sort((a, b) => a.createdAt - b.createdAt || a.postId.localeCompare(b.postId));
  return {
    posts,
    notes,
    tags: await store.tags.toArray(),
    accounts: await store.accounts.toArray(),
    settings: await store.settings.toArray(),
    overrides: await stored.overrides.getValue(),
  };
}

async function backupText(store: DiploLensDB): Promise<string> {
  let text = '';
  for await (const part of backupParts(store, new Date(Date.UTC(2026, 10, 1)))) text += part;
  return text;
}

describe('full backup and restore', () => {
  it('backup, delete everything, restore: the same state, corrections published to every tab', async () => {
    db = await populated();
    const before = await snapshot(db);
    expect(before.notes.length).toBeGreaterThan(0);
    expect(Object.keys(before.overrides)).toEqual(['x:someone']);
    const text = await backupText(db);
    expect(JSON.parse(text.split('\n')[0]!)).toEqual({ format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, createdAt: '2026-11-01T00:00:00.000Z' });
    expect(text).not.toMatch(/[\u2028\u2029]/);

    await dataSafetyHandlers(db)['data:delete-everything']!({});
    await db.settings.clear();
    expect(await stored.overrides.getValue()).toEqual({});

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.counts).toEqual({ settings: 1, listedAccount: 1, tag: before.tags.length, account: before.accounts.length, post: 300 });
    await restoreBackup(db, parsed.backup);
    await dataSafetyHandlers(db)['data:restored']!({ mastodonInstances: parsed.backup.settings.mastodonInstances });
    expect(await snapshot(db)).toEqual(before);
    // The backup of the restored state is the same file.
    expect(await backupText(db)).toBe(text);
  });

  it('keeps the Mastodon instances: a restore adds them to the list, each to be granted again', async () => {
    db = await populated();
    let text = '';
    for await (const part of backupParts(db, new Date(Date.UTC(2026, 10, 1)), { mastodonInstances: ['social.bund.de', 'mastodon.social'] })) text += part;
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.backup.settings.mastodonInstances).toEqual(['social.bund.de', 'mastodon.social']);
    // This browser has one of them already, and has granted none of the backup's (a new machine).
    await stored.mastodonInstances.setValue(['mastodon.social']);
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    const register = vi.spyOn(browser.scripting, 'registerContentScripts').mockResolvedValue();
    await dataSafetyHandlers(db)['data:restored']!({ mastodonInstances: [...parsed.backup.settings.mastodonInstances, 'not a host!', 'SOCIAL.bund.de'] });
    expect(await stored.mastodonInstances.getValue()).toEqual(['mastodon.social', 'social.bund.de']);
    // Not granted: listed, but no script runs there until the user grants it in the options page.
    expect(register).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('reads a backup written before instances were kept', async () => {
    db = await populated();
    const text = (await backupText(db)).replace(',"mastodonInstances":[]', '');
    expect(text).not.toContain('mastodonInstances');
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.settings.mastodonInstances).toEqual([]);
  });

  it('keeps the badges setting: a restore applies it, and a backup written before it leaves this browser\'s own', async () => {
    db = await populated();
    let text = '';
    for await (const part of backupParts(db, new Date(Date.UTC(2026, 10, 1)), { inferredBadges: false })) text += part;
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.backup.settings.inferredBadges).toBe(false);
    const { mastodonInstances, inferredBadges } = parsed.backup.settings;
    await dataSafetyHandlers(db)['data:restored']!({ mastodonInstances, inferredBadges });
    expect(await stored.inferredBadges.getValue()).toBe(false);

    const older = parseBackup(text.replace(',"inferredBadges":false', ''));
    if (!older.ok) throw new Error(older.problems.join('\n'));
    expect(older.backup.settings.inferredBadges).toBeUndefined();
    await stored.inferredBadges.setValue(false);
    await dataSafetyHandlers(db)['data:restored']!({ mastodonInstances: older.backup.settings.mastodonInstances });
    expect(await stored.inferredBadges.getValue()).toBe(false);

    const invalid = parseBackup(text.replace('"inferredBadges":false', '"inferredBadges":"no"'));
    expect(invalid.ok).toBe(false);
  });

  it('refuses, with a reason and a line number, a file that is not whole and valid, and changes nothing', async () => {
    db = await populated();
    const text = await backupText(db);
    const lines = text.trimEnd().split('\n');
    const withLine = (i: number, line: string) => [...lines.slice(0, i), line, ...lines.slice(i + 1)].join('\n');
    const badPost = JSON.parse(lines.at(-2)!);
    badPost.value.firstSeen = 9e15;
    const cases: [string, string, RegExp][] = [
      ['cut short', lines.slice(0, -1).join('\n'), /incomplete/],
      ['a post removed', [...lines.slice(0, -2), lines.at(-1)].join('\n'), /counts 300 post records, the file holds 299/],
      ['a newer version', withLine(0, JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 99 })), /newer DiploLens/],
      ['an export, not a backup', '{"platform":"x"}\n', /not a DiploLens backup/],
      ['empty', '', /empty/],
      ['an invalid post', withLine(lines.length - 2, JSON.stringify(badPost)), new RegExp(`line ${lines.length - 1}: post: firstSeen`)],
      ['a post twice', [...lines.slice(0, -1), lines.at(-2), lines.at(-1)].join('\n'), /appears twice/],
      ['an unknown role in a correction', text.replace('"fields":{"official":true,"country":"FR","role":"embassy"}', '"fields":{"official":true,"country":"FR","role":"emperor"}'), /account: corrections/],
      ['an unknown kind', withLine(1, '{"kind":"__proto__","value":{}}'), /unknown record kind/],
      ['not JSON', withLine(2, '{"kind":'), /line 3: not valid JSON/],
    ];
    for (const [what, file, reason] of cases) {
      const result = parseBackup(file);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.problems.join('\n'), what).toMatch(reason);
    }
  });

  it('a restore that fails while writing leaves everything as it was', async () => {
    db = await populated();
    const before = await snapshot(db);
    const parsed = parseBackup(await backupText(db));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const other = syntheticPosts(5).map((p) => ({ ...p, postId: `9${p.postId}` }));
    const failing = vi.spyOn(db.accounts, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(restoreBackup(db, { ...parsed.backup, posts: other })).rejects.toThrow();
    failing.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });
});
