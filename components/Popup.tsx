import type { DiploLensDB } from '../utils/db';
import { PostRow } from './PostRow';
import { useLiveQuery } from './useLiveQuery';

const SHOWN = 50;

/** The toolbar popup: the history of official posts seen, newest first, with the total. */
export function Popup({ db }: { db: DiploLensDB }) {
  const { value, error } = useLiveQuery(
    async () => ({
      total: await db.posts.count(),
      recent: await db.posts.orderBy('firstSeen').reverse().limit(SHOWN).toArray(),
    }),
    [db],
  );

  return (
    <main class="popup">
      <header>
        <h1>DiploLens</h1>
        {value ? (
          <span class="count" data-testid="post-count">
            {value.total} {value.total === 1 ? 'post' : 'posts'} recorded
          </span>
        ) : null}
      </header>
      {error ? <p class="error" role="alert">Could not read the history: {String(error)}</p> : null}
      {value && value.total === 0 ? (
        <div class="empty" data-testid="empty-state">
          <p><strong>No official posts recorded yet.</strong></p>
          <p>
            Browse x.com: posts by foreign ministries, embassies, leaders and international organisations get a badge
            with their country, role and tone, and are kept here, on this computer only.
          </p>
        </div>
      ) : null}
      {value && value.recent.length ? (
        <ul class="posts" data-testid="post-list">
          {value.recent.map((post) => (
            <PostRow key={`${post.platform}:${post.postId}`} post={post} />
          ))}
        </ul>
      ) : null}
      {value && value.total > SHOWN ? <p class="muted more">Showing the newest {SHOWN}.</p> : null}
    </main>
  );
}
