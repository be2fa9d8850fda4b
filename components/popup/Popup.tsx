import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DiploLensDB } from '../../utils/db/database';
import type { PostFilter } from '../../utils/core/library/query';
import { stored, type StorageProblem } from '../../utils/protocol';
import { distinctCountries, newestMatching, tagPosts } from '../../utils/db/library';
import { FilterBar } from '../shared/FilterBar';
import { PostRow } from '../shared/PostRow';
import { useLiveQuery } from '../shared/useLiveQuery';

const SHOWN = 50;

/** The toolbar popup: the newest posts recorded, a search, filters, a quick tag, and the way to the full library. */
export function Popup({ db }: { db: DiploLensDB }) {
  const [filter, setFilter] = useState<PostFilter>({});
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== null && v !== '');
  // The rows come first: counting (IndexedDB walks every key to count) and the filter choices
  // are read once the rows are on screen, so the first render costs the same at 100 or 100,000 posts.
  const rows = useLiveQuery(() => newestMatching(db, filter, SHOWN), [db, filter]);
  const ready = rows.value !== undefined;
  const total = useLiveQuery(async () => (ready ? db.posts.count() : undefined), [db, ready]).value;
  const options = useLiveQuery(
    async () =>
      ready
        ? {
            // From indexes (one step per country), never from reading every post.
            countries: await distinctCountries(db),
            tags: (await db.tags.toArray()).map((t) => t.name).sort((a, b) => a.localeCompare(b)),
          }
        : undefined,
    [db, ready],
  ).value;
  const error = rows.error;
  const value = rows.value && total !== undefined ? { total, recent: rows.value } : rows.value ? { total: undefined, recent: rows.value } : undefined;

  useEffect(() => {
    stored.storageProblem.getValue().then(setProblem, () => {});
  }, []);

  return (
    <main class="popup">
      <header>
        <h1>DiploLens</h1>
        {value && value.total !== undefined ? (
          <span class="count" data-testid="post-count">
            {value.total.toLocaleString()} {value.total === 1 ? 'post' : 'posts'} recorded
          </span>
        ) : null}
      </header>
      <nav aria-label="DiploLens pages">
        <ul class="popup-links">
          <li>
            <a class="lib-link" href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener" data-testid="open-library">
              Open the full library (search, coding, export, import)
            </a>
          </li>
          <li>
            <a class="lib-link" href={browser.runtime.getURL('/insights.html')} target="_blank" rel="noopener" data-testid="open-insights">
              Insights: who speaks of whom, in what tone
            </a>
          </li>
          <li>
            <a class="lib-link" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener" data-testid="open-options">
              Options (capture, Mastodon instances)
            </a>
          </li>
        </ul>
      </nav>
      {problem ? (
        <p class="banner error" role="alert" data-testid="storage-problem">
          Storage is full: posts seen since {new Date(problem.at).toLocaleString()} could not be recorded. Everything recorded before is safe. Free disk
          space, or export and delete old posts in the library.
        </p>
      ) : null}
      {error ? <p class="error" role="alert">Could not read the library: {String(error)}</p> : null}
      {value && (value.total === 0 || (value.total === undefined && !value.recent.length && !filtered)) ? (
        <div class="empty" data-testid="empty-state">
          <p><strong>No official posts recorded yet.</strong></p>
          <p>
            Browse x.com, bsky.app or a Mastodon instance added in Options: posts by foreign ministries, embassies, leaders and international organisations get a badge
            with their country, role and tone, and are kept here, on this computer only.
          </p>
        </div>
      ) : null}
      {value && (value.total ?? value.recent.length) > 0 ? (
        <>
          <input
            class="search"
            type="search"
            data-testid="popup-search"
            aria-label="Search the recorded posts"
            placeholder='Search words, "a phrase", -exclude'
            value={filter.text ?? ''}
            onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
          />
          <FilterBar filter={filter} onChange={setFilter} countries={options?.countries ?? []} tags={options?.tags ?? []} showCoded={false} />
        </>
      ) : null}
      {value && value.recent.length ? (
        <ul class="posts" data-testid="post-list">
          {value.recent.map((post) => (
            <PostRow key={`${post.platform}:${post.postId}`} post={post} knownTags={options?.tags} onTag={(tag) => tagPosts(db, [`${post.platform}:${post.postId}`], tag)} />
          ))}
        </ul>
      ) : null}
      {value && filtered && value.recent.length === 0 ? <p class="muted" data-testid="no-match">No post matches.</p> : null}
      {value && value.recent.length === SHOWN ? <p class="muted more">Showing the newest {SHOWN}{filtered ? ' matching' : ''}.</p> : null}
    </main>
  );
}
