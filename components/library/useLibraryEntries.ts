import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import type { LibraryEntry } from '../../utils/core/library/query';
import { changedSince, loadLibraryEntries } from '../../utils/db/library';

/** A write is stamped before it commits: re-read a little before the last refresh so none slips between. */
const SAFETY_MS = 2000;

export interface LibraryEntries {
  entries: LibraryEntry[];
  /** Posts read so far during the first load (for its progress bar). */
  loading: number | null;
  error: unknown;
  reload(): void;
}

/**
 * The library's in-memory index of every post (the fields it filters, sorts and searches on),
 * kept current: any write to the posts table, from this tab, another tab or the background, triggers
 * an incremental refresh of what changed; a change in count (a delete elsewhere) reloads it all.
 */
export function useLibraryEntries(db: DiploLensDB, paused = false): LibraryEntries {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [loading, setLoading] = useState<number | null>(0);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const state = useRef({ map: new Map<string, LibraryEntry>(), since: 0, busy: false, again: false });
  // While an import writes its batches, the index is not refreshed after each one (that would redraw the
  // list 50 times for 100,000 posts); the import reloads it once when it ends.
  const pausedRef = useRef(paused);
  pausedRef.current = paused;

  useEffect(() => {
    let cancelled = false;
    const s = state.current;
    const full = async () => {
      const started = Date.now();
      setLoading(0);
      const all = await loadLibraryEntries(db, (n) => !cancelled && setLoading(n));
      if (cancelled) return;
      s.map = new Map(all.map((e) => [e.key, e]));
      s.since = started - SAFETY_MS;
      setEntries(all);
      setLoading(null);
    };
    const refresh = async () => {
      if (s.busy) {
        s.again = true;
        return;
      }
      s.busy = true;
      try {
        do {
          s.again = false;
          const started = Date.now();
          // One read transaction: a write committed between the two reads (an import's next batch) would
          // make the count disagree and force a full reload.
          const [changed, count] = await db.transaction('r', db.posts, () => Promise.all([changedSince(db, s.since), db.posts.count()]));
          if (cancelled) return;
          for (const e of changed) s.map.set(e.key, e);
          s.since = started - SAFETY_MS;
          if (s.map.size !== count) await full();
          else if (changed.length) setEntries([...s.map.values()]);
        } while (s.again && !cancelled);
      } catch (e) {
        setError(e);
      } finally {
        s.busy = false;
      }
    };
    let first = true;
    s.busy = true;
    full()
      .catch((e) => setError(e))
      .finally(() => {
        s.busy = false;
        if (s.again) void refresh();
      });
    const subscription = liveQuery(() => Promise.all([db.posts.count(), db.posts.orderBy('changedAt').lastKey()])).subscribe({
      next: () => {
        if (first) {
          first = false;
          return;
        }
        if (!pausedRef.current) void refresh();
      },
      error: (e) => setError(e),
    });
    return () => {
      cancelled = true;
      subscription.unsubscribe();
    };
  }, [db, generation]);

  return { entries, loading, error, reload: () => setGeneration((g) => g + 1) };
}
