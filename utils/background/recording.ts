import type { DiploLensDB } from '../db/database';
import { isQuotaError, recordPosts } from '../db/library';
import { getCapturePolicy, setCapture } from '../db/settings';
import { parseCapture } from '../core/library/import';
import type { PostCapture } from '../core/records';
import { stored, type Handlers } from '../protocol';

/** Captures per message at most: the content script sends one message per half second. */
const MAX_CAPTURES = 1_000;

/** Recording posts into the library: the background is its only automatic writer (docs/architecture.md). */
export function recordingHandlers(db: DiploLensDB): Handlers {
  // A failed write is rolled back whole (nothing stored before is lost); the popup is told through
  // extension storage, which still works when IndexedDB's quota is exhausted.
  // Whether a warning is up; read from storage once, since the warning outlives this service
  // worker (MV3 stops it when idle) and must still be cleared by the next write that works.
  let flagged: boolean | undefined;
  stored.storageProblem.watch((problem) => (flagged = problem !== null));
  async function guarded<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write();
      flagged ??= await stored.storageProblem.getValue().then((problem) => problem !== null, () => false);
      if (flagged) {
        flagged = false;
        await stored.storageProblem.removeValue().catch(() => {});
      }
      return result;
    } catch (error) {
      if (isQuotaError(error)) {
        flagged = true;
        await stored.storageProblem.setValue({ at: Date.now(), message: String(error) }).catch(() => {});
      }
      throw error;
    }
  }
  return {
    'posts:record': async ({ posts }) => {
      // Read per message rather than cached: a toggle in the library takes effect at once,
      // and the settings row is one indexed get.
      const policy = await getCapturePolicy(db);
      // What a page showed is checked and bounded before it is written: a bad capture is skipped, not stored.
      const sent: unknown[] = Array.isArray(posts) ? posts : [];
      const wanted = sent
        .slice(0, MAX_CAPTURES)
        .map(parseCapture)
        .filter((p): p is PostCapture => p !== null && p.official && policy[p.platform] !== false);
      const result = wanted.length ? await guarded(() => recordPosts(db, wanted)) : { added: 0, updated: 0 };
      return { ...result, skipped: sent.length - wanted.length };
    },
    'posts:save': async ({ post }) => {
      const capture = parseCapture(post);
      if (!capture) throw new Error('posts:save needs a post as the content script reads it');
      const { added } = await guarded(() => recordPosts(db, [capture], Date.now(), { saved: true }));
      return { added: added === 1 };
    },
    'capture:set': ({ platform, on }) => setCapture(db, platform, on),
  };
}
