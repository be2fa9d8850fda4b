import { recordPosts, type DiploLensDB, type PostCapture } from '../db/database';
import type { Handlers } from '../protocol';
import { browser } from 'wxt/browser';
import { getCapturePolicy, setCapture, STORAGE_PROBLEM_KEY, type CapturePolicy, type StorageProblem } from '../db/settings';
import { isQuotaError } from '../db/notebook';
import type { Platform } from '../core/model';

declare module '../protocol' {
  interface Messages {
    /** Automatic recording of what the content script saw; only official posts, only where capture is on. */
    'posts:record': { request: { posts: PostCapture[] }; response: { added: number; updated: number; skipped: number } };
    /** The user saved this post explicitly (badge menu / save control): any post, whatever the capture policy. */
    'posts:save': { request: { post: PostCapture }; response: { added: boolean } };
    'capture:get': { request: Record<string, never>; response: CapturePolicy };
    'capture:set': { request: { platform: Platform; on: boolean }; response: CapturePolicy };
  }
}

/** The history of posts seen: the background is its only automatic writer (see README, "History"). */
export function historyHandlers(db: DiploLensDB): Handlers {
  // A failed write is rolled back whole (nothing stored before is lost); the popup is told through
  // extension storage, which still works when IndexedDB's quota is exhausted.
  // Whether a warning is up; read from storage once, since the warning outlives this service
  // worker (MV3 stops it when idle) and must still be cleared by the next write that works.
  let flagged: boolean | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STORAGE_PROBLEM_KEY in changes) flagged = changes[STORAGE_PROBLEM_KEY]!.newValue !== undefined;
  });
  async function guarded<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write();
      flagged ??= await browser.storage.local.get(STORAGE_PROBLEM_KEY).then((got) => got[STORAGE_PROBLEM_KEY] !== undefined, () => false);
      if (flagged) {
        flagged = false;
        await browser.storage.local.remove(STORAGE_PROBLEM_KEY).catch(() => {});
      }
      return result;
    } catch (error) {
      if (isQuotaError(error)) {
        flagged = true;
        const problem: StorageProblem = { at: Date.now(), message: String(error) };
        await browser.storage.local.set({ [STORAGE_PROBLEM_KEY]: problem }).catch(() => {});
      }
      throw error;
    }
  }
  return {
    'posts:record': async ({ posts }) => {
      // Read per message rather than cached: a toggle in the library takes effect at once,
      // and the settings row is one indexed get.
      const policy = await getCapturePolicy(db);
      const wanted = posts.filter((p) => p.official === true && policy[p.platform] !== false);
      const result = wanted.length ? await guarded(() => recordPosts(db, wanted)) : { added: 0, updated: 0 };
      return { ...result, skipped: posts.length - wanted.length };
    },
    'posts:save': async ({ post }) => {
      if (!post || typeof post.postId !== 'string' || !post.postId) throw new Error('posts:save needs a post with a postId');
      const { added } = await guarded(() => recordPosts(db, [post], Date.now(), { saved: true }));
      return { added: added === 1 };
    },
    'capture:get': () => getCapturePolicy(db),
    'capture:set': ({ platform, on }) => setCapture(db, platform, on),
  };
}
