import Dexie, { type Table } from 'dexie';
import type { Basis, Platform, Role, ToneCue, ToneOrUnknown } from './types';

/** One post by an official account, as first seen (text kept as it was then). */
export interface PostRecord {
  platform: Platform;
  postId: string;
  url: string | null;
  postedAt: string | null;
  /** ms since epoch */
  firstSeen: number;
  lastSeen: number;
  timesSeen: number;
  handle: string;
  authorName: string;
  userId?: string;
  official: boolean;
  country: string | null;
  org: string | null;
  role: Role | null;
  host: string | null;
  basis: Basis | null;
  text: string;
  lang: string | null;
  tone: ToneOrUnknown;
  toneScore: number;
  toneCues: ToneCue[];
}

/** What a content script sends for a post it saw: the record without the bookkeeping fields. */
export type PostCapture = Omit<PostRecord, 'firstSeen' | 'lastSeen' | 'timesSeen'>;

export class DiploLensDB extends Dexie {
  posts!: Table<PostRecord, [Platform, string]>;

  constructor(name = 'diplolens') {
    super(name);
    this.version(1).stores({
      // Primary key: platform + post id, so a post seen on many scrolls is stored once.
      posts: '[platform+postId], firstSeen, handle, country, role, tone',
    });
  }
}

/**
 * Stores what was seen: a new post once, with first-seen time; a post seen again only
 * bumps lastSeen and timesSeen, so the text and labels stay as they were first recorded.
 */
export async function recordPosts(db: DiploLensDB, captures: PostCapture[], now = Date.now()): Promise<{ added: number; updated: number }> {
  const unique = new Map<string, PostCapture>();
  for (const c of captures) if (c.postId) unique.set(`${c.platform}:${c.postId}`, c);
  const items = [...unique.values()];
  let added = 0;
  await db.transaction('rw', db.posts, async () => {
    const existing = await db.posts.bulkGet(items.map((c) => [c.platform, c.postId] as [Platform, string]));
    const writes: PostRecord[] = items.map((c, i) => {
      const old = existing[i];
      if (old) return { ...old, lastSeen: now, timesSeen: old.timesSeen + 1 };
      added++;
      return { ...c, firstSeen: now, lastSeen: now, timesSeen: 1 };
    });
    await db.posts.bulkPut(writes);
  });
  return { added, updated: items.length - added };
}
