// The insights' reads: every post as an insight entry, with the states its text speaks of. Detection
// costs ~0.1 ms a post, so mentions are kept in a cache database of their own (post texts never
// change; the rules' version invalidates it), and a second visit to 100,000 posts only reads.
import Dexie, { type Table } from 'dexie';
import type { DiploLensDB } from './database';
import { deletePosts, postsInChunks } from './library';
import { bundledDirectory } from '../core/accounts/bundled-directory';
import type { InsightEntry } from '../core/insights/aggregate';
import { accountStates, mentionCodes, toInsightEntry } from '../core/insights/entries';
import { MENTION_RULES_VERSION } from '../core/insights/mentions';
import { entryKey } from '../core/library/query';

interface CachedMentions {
  key: string;
  rules: number;
  codes: string[];
}

export class MentionCacheDB extends Dexie {
  mentions!: Table<CachedMentions, string>;

  constructor(name = 'diplolens-mentions') {
    super(name);
    this.version(1).stores({ mentions: '&key' });
  }
}

/** Every post as an insight entry, chunk by chunk; `onProgress(loaded)` after each chunk. */
export async function loadInsightEntries(db: DiploLensDB, cache: MentionCacheDB, onProgress?: (loaded: number) => void): Promise<InsightEntry[]> {
  const accountState = accountStates(bundledDirectory());
  const entries: InsightEntry[] = [];
  // One read of the whole cache: far cheaper than a lookup per chunk.
  const cached = new Map<string, string[]>();
  await cache.mentions.each((row) => {
    if (row.rules === MENTION_RULES_VERSION) cached.set(row.key, row.codes);
  });
  for await (const chunk of postsInChunks(db, 5000)) {
    const fresh: CachedMentions[] = [];
    for (const post of chunk) {
      const key = entryKey(post);
      let codes = cached.get(key);
      if (!codes) {
        codes = mentionCodes(post, accountState);
        fresh.push({ key, rules: MENTION_RULES_VERSION, codes });
      }
      entries.push(toInsightEntry(post, codes));
    }
    // The cache is only a cache: a full disk must not stop the figures.
    if (fresh.length) await cache.mentions.bulkPut(fresh).catch(() => undefined);
    onProgress?.(entries.length);
  }
  return entries;
}

/** The tag every generated demo post carries (`npm start -- --demo`), and by which it is removed. */
export const DEMO_TAG = 'demo data';

export async function countDemoPosts(db: DiploLensDB): Promise<number> {
  return db.posts.where('tags').equals(DEMO_TAG).count();
}

/** Deletes the generated demo posts (and their notes and tag); the user's own posts stay. */
export async function removeDemoData(db: DiploLensDB): Promise<number> {
  const keys = (await db.posts.where('tags').equals(DEMO_TAG).primaryKeys()).map(([platform, id]) => `${platform}:${id}`);
  const removed = await deletePosts(db, keys);
  await db.tags.delete(DEMO_TAG);
  return removed;
}
