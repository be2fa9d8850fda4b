// The library's writes and bulk reads on the Dexie store. No DOM: runs in extension pages and,
// with fake-indexeddb, in Node tests.
import Dexie from 'dexie';
import { postKey, withV2Fields, type DiploLensDB, type NoteRecord, type PostCapture, type PostKey, type StoredPost } from './database';
import type { Platform, Tone } from '../core/model';
import type { ExportNote, ExportPost } from '../core/library/export';
import { mergeIntoStored, mergePost } from '../core/library/import';
import { acceptParts, type Conflict, type ConflictPart } from '../core/library/conflicts';
import { compileFilter, entryKey, isEmptyFilter, planIndex, toEntry, type LibraryEntry, type PostFilter } from '../core/library/query';
import { normaliseTag } from '../core/library/tags';
import { IMPORTED_ACCOUNTS_KEY } from './settings';

export const keyOf = (key: string): PostKey => {
  const at = key.indexOf(':');
  return [key.slice(0, at) as PostKey[0], key.slice(at + 1)];
};

/** Reads every post in primary-key order, chunk by chunk (keyset paging: no offset scans at 100,000). */
export async function* postsInChunks(db: DiploLensDB, chunkSize = 2000): AsyncGenerator<StoredPost[]> {
  let last: PostKey | null = null;
  for (;;) {
    const chunk: StoredPost[] = last
      ? await db.posts.where(':id').above(last).limit(chunkSize).toArray()
      : await db.posts.orderBy(':id').limit(chunkSize).toArray();
    if (chunk.length === 0) return;
    yield chunk;
    const end = chunk[chunk.length - 1]!;
    last = [end.platform, end.postId];
    if (chunk.length < chunkSize) return;
  }
}

export async function loadLibraryEntries(db: DiploLensDB, onProgress?: (loaded: number) => void): Promise<LibraryEntry[]> {
  const entries: LibraryEntry[] = [];
  for await (const chunk of postsInChunks(db, 5000)) {
    for (const post of chunk) entries.push(toEntry(post));
    onProgress?.(entries.length);
  }
  return entries;
}

/** Posts changed at or after `since` (recorded, seen again, coded, tagged...): the library's incremental refresh. */
export async function changedSince(db: DiploLensDB, since: number): Promise<LibraryEntry[]> {
  return (await db.posts.where('changedAt').aboveOrEqual(since).toArray()).map(toEntry);
}

async function notesByPost(db: DiploLensDB, keys?: PostKey[]): Promise<Map<string, ExportNote[]>> {
  const rows = keys ? await db.notes.where('[platform+postId]').anyOf(keys).toArray() : await db.notes.toArray();
  const map = new Map<string, ExportNote[]>();
  for (const n of rows.sort((a, b) => a.createdAt - b.createdAt)) {
    const k = entryKey(n);
    const list = map.get(k) ?? [];
    list.push({ text: n.text, createdAt: n.createdAt });
    map.set(k, list);
  }
  return map;
}

/** Posts with their notes for export: all of them in key order, or the given keys in the given order. */
export async function* exportChunks(db: DiploLensDB, keys: string[] | 'all', chunkSize = 2000): AsyncGenerator<ExportPost[]> {
  const notes = await notesByPost(db);
  const withNotes = (p: StoredPost): ExportPost => ({ ...p, notes: notes.get(entryKey(p)) ?? [] });
  if (keys === 'all') {
    for await (const chunk of postsInChunks(db, chunkSize)) yield chunk.map(withNotes);
    return;
  }
  for (let i = 0; i < keys.length; i += chunkSize) {
    const posts = await db.posts.bulkGet(keys.slice(i, i + chunkSize).map(keyOf));
    yield posts.filter((p): p is StoredPost => !!p).map(withNotes);
  }
}

// The two ways posts are written, side by side: recording what a page showed (the background,
// for the content scripts) and importing a file (the library page).

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

export interface ImportResult {
  added: number;
  merged: number;
  /** Posts already stored whose text, labels or coding the file gave otherwise: the stored ones were kept, for the user to review. */
  conflicts: Conflict[];
}

/**
 * Writes validated posts in ONE transaction: either every post is stored (new ones added, known ones
 * merged) or, on any error (quota included), nothing is. Duplicates inside the batch merge as well.
 */
export async function importPosts(
  db: DiploLensDB,
  posts: ExportPost[],
  options: { now?: number; chunkSize?: number; onProgress?: (written: number) => void } = {},
): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  const chunkSize = options.chunkSize ?? 2000;
  const items = uniquePosts(posts);
  const result: ImportResult = { added: 0, merged: 0, conflicts: [] };
  await db.transaction('rw', [db.posts, db.notes, db.tags], async () => {
    // Notes are few next to posts: one read of them all beats an index lookup per chunk.
    const allNotes = await notesByPost(db);
    for (let i = 0; i < items.length; i += chunkSize) {
      const written = await mergeChunk(db, items.slice(i, i + chunkSize), allNotes, now);
      result.added += written.added;
      result.conflicts.push(...written.conflicts);
      options.onProgress?.(Math.min(items.length, i + chunkSize));
    }
  });
  result.merged = items.length - result.added;
  return result;
}

/** Two versions of one post in the same batch merge first (the same whichever comes first). */
function uniquePosts(posts: ExportPost[]): ExportPost[] {
  const unique = new Map<string, ExportPost>();
  for (const p of posts) {
    const k = entryKey(p);
    const seen = unique.get(k);
    unique.set(k, seen ? mergePost(seen, p) : p);
  }
  return [...unique.values()];
}

/** What a batch changed, so that an import can be undone: the posts it added, the versions it replaced, the notes it added. */
interface ImportJournal {
  /** When the batch was written: an import whose last batch is old was interrupted. */
  at: number;
  added: PostKey[];
  previous: StoredPost[];
  notes: number[];
}

const WRITE_SLICE = 500;

/** Merges one chunk of imported posts into the store, inside the caller's transaction. */
async function mergeChunk(db: DiploLensDB, chunk: ExportPost[], notesOf: Map<string, ExportNote[]>, now: number) {
  const existing = await db.posts.bulkGet(chunk.map(postKey));
  const newNotes: NoteRecord[] = [];
  const conflicts: Conflict[] = [];
  const tags = new Set<string>();
  const journal: ImportJournal = { at: now, added: [], previous: [], notes: [] };
  const writes = chunk.map((incoming, j) => {
    const old = existing[j];
    const known = notesOf.get(entryKey(incoming)) ?? [];
    let merged = incoming;
    if (old) {
      const result = mergeIntoStored({ ...old, notes: known }, incoming);
      merged = result.post;
      if (result.conflict) conflicts.push(result.conflict);
      journal.previous.push(old);
    } else journal.added.push(postKey(incoming));
    const knownKeys = new Set(known.map((n) => `${n.createdAt}\u0000${n.text}`));
    for (const n of merged.notes) {
      if (!knownKeys.has(`${n.createdAt}\u0000${n.text}`)) newNotes.push({ platform: merged.platform, postId: merged.postId, text: n.text, createdAt: n.createdAt });
    }
    for (const t of merged.tags) tags.add(t);
    const { notes: _notes, ...post } = merged;
    return withV2Fields({ ...post, changedAt: now }, now);
  });
  // In slices: each slice's records are serialised in a task of their own, so the page has no long task.
  for (let i = 0; i < writes.length; i += WRITE_SLICE) await db.posts.bulkPut(writes.slice(i, i + WRITE_SLICE));
  if (newNotes.length) journal.notes = await db.notes.bulkAdd(newNotes, { allKeys: true });
  await ensureTags(db, [...tags], now);
  return { added: journal.added.length, conflicts, journal };
}

const JOURNAL_PREFIX = 'importJournal:';
const journalKey = (importId: string, batch: number) => `${JOURNAL_PREFIX}${importId}:${String(batch).padStart(8, '0')}`;

/**
 * Writes one batch of a streamed import (a file too large to hold) in its own transaction, together with a
 * journal of what it changed, so that the whole import can still be undone (`rollbackImport`) if a later
 * batch fails or the page is closed mid-way; `finishImport` drops the journal once every batch is written.
 */
export async function importBatch(db: DiploLensDB, importId: string, batch: number, posts: ExportPost[], now = Date.now()): Promise<ImportResult> {
  const items = uniquePosts(posts);
  return db.transaction('rw', [db.posts, db.notes, db.tags, db.settings], async () => {
    const written = await mergeChunk(db, items, await notesByPost(db, items.map(postKey)), now);
    await db.settings.put({ key: journalKey(importId, batch), value: written.journal });
    return { added: written.added, merged: items.length - written.added, conflicts: written.conflicts };
  });
}

/** Undoes every batch of an import, newest first, in one transaction: added posts and notes go, replaced versions come back. */
export async function rollbackImport(db: DiploLensDB, importId: string): Promise<void> {
  const range = db.settings.where('key').between(`${JOURNAL_PREFIX}${importId}:`, `${JOURNAL_PREFIX}${importId}:\uffff`);
  await db.transaction('rw', [db.posts, db.notes, db.settings], async () => {
    const entries = (await range.toArray()).reverse();
    for (const { value } of entries) {
      const journal = value as ImportJournal;
      await db.notes.bulkDelete(journal.notes);
      await db.posts.bulkDelete(journal.added);
      await db.posts.bulkPut(journal.previous);
    }
    await range.delete();
  });
}

/** The import is complete: its journal goes. */
export async function finishImport(db: DiploLensDB, importId: string): Promise<void> {
  await db.settings.where('key').between(`${JOURNAL_PREFIX}${importId}:`, `${JOURNAL_PREFIX}${importId}:\uffff`).delete();
}

/**
 * Imports left half-written (the page was closed mid-way), for the library to roll back when it opens: those
 * whose last batch is older than `quietMs`, so that an import still running in another tab is left alone.
 */
export async function interruptedImports(db: DiploLensDB, now = Date.now(), quietMs = 5 * 60_000): Promise<string[]> {
  const last = new Map<string, number>();
  await db.settings
    .where('key')
    .startsWith(JOURNAL_PREFIX)
    .each(({ key, value }) => {
      const id = key.slice(JOURNAL_PREFIX.length).split(':')[0]!;
      last.set(id, Math.max(last.get(id) ?? 0, (value as ImportJournal).at));
    });
  return [...last].filter(([, at]) => now - at > quietMs).map(([id]) => id);
}

/**
 * Writes the parts of import conflicts the user accepted, in one transaction; nothing else changes. A post
 * changed since the import showed its conflict is left as it is and counted in `stale`.
 */
export async function acceptConflicts(
  db: DiploLensDB,
  choices: { conflict: Conflict; parts: readonly ConflictPart[] }[],
  now = Date.now(),
): Promise<{ written: number; stale: number }> {
  const wanted = choices.filter((c) => c.parts.length);
  let stale = 0;
  await db.transaction('rw', db.posts, async () => {
    const current = await db.posts.bulkGet(wanted.map((c) => keyOf(c.conflict.key)));
    const writes: StoredPost[] = [];
    wanted.forEach(({ conflict, parts }, i) => {
      const post = current[i];
      const next = post ? acceptParts(post, conflict, parts) : null;
      if (next) writes.push({ ...next, changedAt: now });
      else stale++;
    });
    await db.posts.bulkPut(writes);
  });
  return { written: wanted.length - stale, stale };
}

async function ensureTags(db: DiploLensDB, names: string[], now: number): Promise<void> {
  if (!names.length) return;
  const known = await db.tags.bulkGet(names);
  const missing = names.filter((_, i) => !known[i]);
  if (missing.length) await db.tags.bulkPut(missing.map((name) => ({ name, createdAt: now })));
}

/** Sets (or with null clears) the human-coded tone, with who and when. The automatic tone is never touched. */
export async function codePosts(db: DiploLensDB, keys: string[], tone: Tone | null, coder: string, now = Date.now()): Promise<number> {
  const changes = tone ? { codedTone: tone, codedBy: coder, codedAt: now, changedAt: now } : { codedTone: null, codedBy: null, codedAt: null, changedAt: now };
  return db.posts.where(':id').anyOf(keys.map(keyOf)).modify(changes);
}

export async function tagPosts(db: DiploLensDB, keys: string[], rawTag: string, now = Date.now()): Promise<number> {
  const tag = normaliseTag(rawTag);
  if (!tag) throw new Error('A tag is 1-40 characters and cannot contain ";".');
  return db.transaction('rw', db.posts, db.tags, async () => {
    await ensureTags(db, [tag], now);
    return db.posts
      .where(':id')
      .anyOf(keys.map(keyOf))
      .modify((post) => {
        if (post.tags.includes(tag)) return;
        post.tags = [...post.tags, tag];
        post.changedAt = now;
      });
  });
}

export async function untagPost(db: DiploLensDB, key: string, tag: string, now = Date.now()): Promise<void> {
  await db.posts
    .where(':id')
    .equals(keyOf(key))
    .modify((post) => {
      post.tags = post.tags.filter((t) => t !== tag);
      post.changedAt = now;
    });
}

export async function addNote(db: DiploLensDB, key: string, text: string, now = Date.now()): Promise<void> {
  const body = text.trim();
  if (!body) return;
  const [platform, postId] = keyOf(key);
  await db.transaction('rw', db.notes, db.posts, async () => {
    await db.notes.add({ platform, postId, text: body, createdAt: now });
    await db.posts.update([platform, postId], { changedAt: now });
  });
}

export async function deleteNote(db: DiploLensDB, id: number): Promise<void> {
  await db.notes.delete(id);
}

export async function deletePosts(db: DiploLensDB, keys: string[]): Promise<number> {
  const pks = keys.map(keyOf);
  return db.transaction('rw', db.posts, db.notes, async () => {
    await db.notes.where('[platform+postId]').anyOf(pks).delete();
    const before = await db.posts.count();
    await db.posts.bulkDelete(pks);
    return before - (await db.posts.count());
  });
}

/** Keys of the posts by one account (handle, any case) or recorded in a time range: what a scoped delete would remove. */
export async function keysForScope(db: DiploLensDB, scope: { handle?: string; from?: number | null; to?: number | null }): Promise<string[]> {
  if (scope.handle) {
    const handle = scope.handle.replace(/^@/, '');
    return (await db.posts.where('handle').equalsIgnoreCase(handle).primaryKeys()).map(([p, id]) => `${p}:${id}`);
  }
  const lower = scope.from ?? Dexie.minKey;
  const upper = scope.to ?? Dexie.maxKey;
  return (await db.posts.where('firstSeen').between(lower, upper, true, true).primaryKeys()).map(([p, id]) => `${p}:${id}`);
}

/**
 * Every post, note, tag and account (with the user's corrections) and the imported list are deleted;
 * settings (capture switches, coder name) stay. The background then tells every tab
 * (utils/background/data-safety.ts).
 */
export async function deleteEverything(db: DiploLensDB): Promise<void> {
  await db.transaction('rw', [db.posts, db.notes, db.tags, db.accounts, db.settings], async () => {
    await Promise.all([db.posts.clear(), db.notes.clear(), db.tags.clear(), db.accounts.clear(), db.settings.delete(IMPORTED_ACCOUNTS_KEY)]);
  });
}

/** QuotaExceededError arrives wrapped by Dexie (AbortError with an inner cause) or bare, depending on where it hit. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

/**
 * The popup's read: the newest `limit` posts matching a filter, walked from the most selective index in
 * firstSeen order, so that the unfiltered first render costs the same at 100 or 100,000 posts.
 */
export async function newestMatching(db: DiploLensDB, filter: PostFilter, limit: number): Promise<StoredPost[]> {
  const plan = planIndex(filter);
  const keep = compileFilter(filter);
  const all = isEmptyFilter(filter);
  const wanted = (p: StoredPost) => all || keep(toEntry(p));
  if (plan.index === 'tags') {
    const tagged = await db.posts.where('tags').equals(plan.value).toArray();
    return tagged.filter(wanted).sort((a, b) => b.firstSeen - a.firstSeen).slice(0, limit);
  }
  const collection =
    plan.index === 'firstSeen'
      ? db.posts.orderBy('firstSeen').reverse()
      : db.posts.where(plan.index).between([plan.value, Dexie.minKey], [plan.value, Dexie.maxKey], true, true).reverse();
  return (all ? collection : collection.filter(wanted)).limit(limit).toArray();
}

/** The countries present, by skipping along [country+firstSeen]: one indexed step per country, not one per post. */
export async function distinctCountries(db: DiploLensDB): Promise<string[]> {
  const countries: string[] = [];
  for (let after: unknown = Dexie.minKey; ; ) {
    const [next] = (await db.posts.where('[country+firstSeen]').above([after, Dexie.maxKey]).limit(1).keys()) as unknown as [string, number][];
    if (!next) return countries;
    countries.push(next[0]);
    after = next[0];
  }
}
