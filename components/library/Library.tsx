import { localTime } from '../../utils/core/text/dates';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { DiploLensDB } from '../../utils/db/database';
import { describeSpeaker } from '../../utils/core/describe';
import { filterEntries, SORTS, sortEntries, type LibraryEntry, type PostFilter, type SortKey } from '../../utils/core/library/query';
import { getCoder, setCoder } from '../../utils/db/settings';
import { codePosts, deletePosts, tagPosts } from '../../utils/db/library';
import { ROLES } from '../../utils/core/roles';
import { isTentative, TONES } from '../../utils/core/tones';
import { TONE_IDS, type Tone } from '../../utils/core/model';
import { useLiveQuery } from '../shared/useLiveQuery';
import { rowText } from '../shared/ClippedText';
import { DataSafety } from './DataSafety';
import { DetailPane } from './DetailPane';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from '../shared/FilterBar';
import { ImportPanel } from './ImportPanel';
import { useLibraryEntries } from './useLibraryEntries';
import { useVirtualizer } from './useVirtualizer';
import { filterFromUrl } from './url-filter';
import { readLibrarySelection } from '../../utils/db/settings';

const ROW_HEIGHT = 58;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The full-page library: every post, searchable, filterable, codable from the keyboard, exportable. */
export function Library({ db }: { db: DiploLensDB }) {
  const [importing, setImporting] = useState(false);
  const library = useLibraryEntries(db, importing);
  const [filter, setFilter] = useState<PostFilter>(() => filterFromUrl(location.search).filter);
  const [selectionLabel, setSelectionLabel] = useState('');
  const [sort, setSort] = useState<SortKey>('firstSeen-desc');
  const [cursorKey, setCursorKey] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [coder, setCoderName] = useState('me');
  const [bulkTag, setBulkTag] = useState('');
  const [confirmBulkDelete, setConfirmBulkDelete] = useState(false);
  const [notice, setNotice] = useState('');
  const searchInput = useRef<HTMLInputElement>(null);
  const tagInput = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => void getCoder(db).then(setCoderName), [db]);
  // Opened from the insights page on a figure's posts: the set is saved there, read here once.
  useEffect(() => {
    if (!filterFromUrl(location.search).selection) return;
    void readLibrarySelection(db).then((selection) => {
      if (!selection) return;
      setSelectionLabel(`${selection.label}: ${selection.keys.length} posts`);
      setFilter((f) => ({ ...f, keys: selection.keys }));
    });
  }, [db]);
  const tags = useLiveQuery(async () => (await db.tags.toArray()).map((t) => t.name).sort((a, b) => a.localeCompare(b)), [db]).value ?? [];

  const sorted = useMemo(() => sortEntries(library.entries, sort), [library.entries, sort]);
  const results = useMemo(() => filterEntries(sorted, filter), [sorted, filter]);
  const countries = useMemo(() => {
    const set = new Set<string>();
    for (const e of library.entries) if (e.country) set.add(e.country);
    return [...set].sort();
  }, [library.entries]);

  const cursor = useMemo(() => (cursorKey ? results.findIndex((e) => e.key === cursorKey) : -1), [results, cursorKey]);
  // When the current post leaves the results (e.g. coded while viewing "not coded yet"), stay at its place.
  const lastCursor = useRef(0);
  if (cursor >= 0) lastCursor.current = cursor;
  const current = cursor >= 0 ? results[cursor]! : (results[Math.min(lastCursor.current, results.length - 1)] ?? null);

  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => results[i]?.key ?? i,
  });

  // The keyboard reads these, not its render's closure: it is re-registered only after a render,
  // and a coder's quick "j j" must move on from the first key, not repeat it.
  const latest = useRef({ results, current, coder, filter });
  latest.current = { results, current, coder, filter };

  /**
   * Posts coded from the "not coded yet" queue that have not left it yet (the write and the
   * re-render take a moment): a second code key pressed meanwhile codes the next post in the
   * queue, as the coder sees it, never the same post twice.
   */
  const codedInQueue = useRef(new Set<string>());
  useEffect(() => {
    for (const key of codedInQueue.current) if (!results.some((e) => e.key === key)) codedInQueue.current.delete(key);
  }, [results]);

  function codeFromKeyboard(tone: Tone) {
    const { results, current, coder, filter } = latest.current;
    if (!current) return;
    let target: LibraryEntry | undefined = current;
    if (filter.coded === 'uncoded') {
      const pending = codedInQueue.current;
      for (let at = results.indexOf(current); target && pending.has(target.key); ) target = results[++at];
      if (!target) return;
      pending.add(target.key);
    }
    void codePosts(db, [target.key], tone, coder);
  }

  /** Steps the cursor from where the previous step left it (queued updates chain, renders or not). */
  function moveBy(delta: number) {
    setCursorKey((previous) => {
      const { results } = latest.current;
      if (!results.length) return previous;
      const at = previous ? results.findIndex((e) => e.key === previous) : -1;
      // A post that left the results (coded in the "not coded yet" queue) leaves the next one under
      // the cursor, at its place: steps go from there.
      const from = at >= 0 ? at : previous ? Math.min(lastCursor.current, results.length - 1) : -1;
      return results[Math.max(0, Math.min(results.length - 1, from + delta))]!.key;
    });
  }
  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursorKey]);

  const toggle = useCallback((key: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      const { current, coder } = latest.current;
      const key = e.key.toLowerCase();
      if (key === 'j' || e.key === 'ArrowDown') moveBy(1);
      else if (key === 'k' || e.key === 'ArrowUp') moveBy(-1);
      else if (/^[1-4]$/.test(e.key) && current) codeFromKeyboard(TONE_IDS[Number(e.key) - 1] as Tone);
      else if (e.key === '0' && current) void codePosts(db, [current.key], null, coder);
      else if (key === 't' && current) tagInput.current?.focus();
      else if (key === 'x' && current) toggle(current.key);
      else if (e.key === '/') searchInput.current?.focus();
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const selectedKeys = useMemo(() => [...selected], [selected]);
  const total = library.entries.length;

  async function bulk(action: 'tag' | 'delete' | Tone | 'uncode') {
    const keys = selectedKeys;
    if (!keys.length) return;
    try {
      if (action === 'tag') {
        await tagPosts(db, keys, bulkTag);
        setNotice(`Tagged ${keys.length.toLocaleString()} posts "${bulkTag.trim()}".`);
        setBulkTag('');
      } else if (action === 'delete') {
        const n = await deletePosts(db, keys);
        setSelected(new Set());
        setConfirmBulkDelete(false);
        setNotice(`Deleted ${n.toLocaleString()} posts.`);
      } else {
        await codePosts(db, keys, action === 'uncode' ? null : action, coder);
        setNotice(`Coded ${keys.length.toLocaleString()} posts.`);
      }
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div class="library">
      <header class="lib-head">
        <h1>DiploLens library</h1>
        <a href="insights.html" data-testid="open-insights">
          Insights
        </a>
        <span class="count" data-testid="result-count" data-count={results.length} data-total={total}>
          {library.loading !== null ? `Loading ${library.loading.toLocaleString()} posts...` : `${results.length.toLocaleString()} of ${total.toLocaleString()} posts`}
        </span>
        <label class="coder">
          Coder{' '}
          <input
            data-testid="coder"
            value={coder}
            size={10}
            onChange={(e) => {
              const name = e.currentTarget.value.trim() || 'me';
              setCoderName(name);
              void setCoder(db, name);
            }}
          />
        </label>
      </header>
      {library.error ? (
        <p class="error" role="alert">
          Could not read the library: {String(library.error)}
        </p>
      ) : null}
      {filter.keys ? (
        <p class="banner selection" data-testid="library-selection">
          Showing {selectionLabel || 'a set of posts'}.{' '}
          <button type="button" onClick={() => setFilter({ ...filter, keys: undefined })}>
            Show all posts
          </button>
        </p>
      ) : null}
      <div class="toolbar">
        <input
          ref={searchInput}
          type="search"
          data-testid="library-search"
          aria-label="Search text, @handle or name (/)"
          placeholder='Search: words, "a phrase", -exclude, @handle  (/)'
          value={filter.text ?? ''}
          onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
        />
        <select aria-label="Sort" data-testid="sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
          {SORTS.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
        <FilterBar filter={filter} onChange={setFilter} countries={countries} tags={tags} />
      </div>
      <div class="bulk" role="group" aria-label="Bulk actions">
        <button type="button" data-testid="select-all" onClick={() => setSelected(new Set(results.map((e) => e.key)))} disabled={!results.length}>
          Select all {results.length.toLocaleString()}
        </button>
        <button type="button" onClick={() => setSelected(new Set())} disabled={!selected.size}>
          Clear selection
        </button>
        <span data-testid="selected-count">{selected.size.toLocaleString()} selected</span>
        <input list="known-tags-bulk" aria-label="Tag for the selected posts" placeholder="tag" value={bulkTag} onInput={(e) => setBulkTag(e.currentTarget.value)} size={10} />
        <datalist id="known-tags-bulk">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="button" disabled={!selected.size || !bulkTag.trim()} onClick={() => bulk('tag')}>
          Tag
        </button>
        <select
          aria-label="Code the selected posts"
          disabled={!selected.size}
          value=""
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v) void bulk(v as Tone | 'uncode');
          }}
        >
          <option value="">Code as...</option>
          {TONE_IDS.map((t) => (
            <option key={t} value={t}>
              {TONES[t].label}
            </option>
          ))}
          <option value="uncode">Clear coding</option>
        </select>
        {confirmBulkDelete ? (
          <span class="confirm" role="alertdialog" aria-label="Confirm deletion">
            Delete {selected.size.toLocaleString()} posts?{' '}
            <button type="button" class="danger" data-testid="bulk-delete-confirm" onClick={() => bulk('delete')}>
              Delete
            </button>{' '}
            <button type="button" onClick={() => setConfirmBulkDelete(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="danger" disabled={!selected.size} onClick={() => setConfirmBulkDelete(true)}>
            Delete...
          </button>
        )}
        {notice ? <span role="status">{notice}</span> : null}
      </div>
      <div class="lib-main">
        <div class="lib-list" ref={scroller} role="grid" aria-label="Posts" aria-rowcount={results.length} data-testid="library-list" tabIndex={0}>
          <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = results[item.index];
              if (!entry) return null;
              return (
                <Row
                  key={entry.key}
                  entry={entry}
                  top={item.start}
                  index={item.index}
                  active={entry === current}
                  checked={selected.has(entry.key)}
                  onOpen={setCursorKey}
                  onToggle={toggle}
                />
              );
            })}
          </div>
          {library.loading === null && !results.length ? <p class="empty muted">{total ? 'No post matches these filters.' : 'No posts yet. Browse x.com or bsky.app, or import an export.'}</p> : null}
        </div>
        <DetailPane db={db} postKey={current?.key ?? null} coder={coder} tags={tags} tagInput={tagInput} />
      </div>
      <details class="panels">
        <summary>Import, export and data</summary>
        <div class="panel-grid">
          <ExportPanel db={db} filteredKeys={() => results.map((e) => e.key)} selectedKeys={selectedKeys} total={total} />
          <ImportPanel db={db} onImported={() => library.reload()} onBusy={setImporting} />
          <DataSafety db={db} total={total} onDeleted={() => library.reload()} />
        </div>
      </details>
      <footer class="keys muted">
        Keys: <kbd>J</kbd>/<kbd>K</kbd> next/previous, <kbd>1</kbd> cooperative, <kbd>2</kbd> confrontational, <kbd>3</kbd> neutral, <kbd>4</kbd> sarcastic, <kbd>0</kbd> clear coding,{' '}
        <kbd>T</kbd> tag, <kbd>X</kbd> select, <kbd>/</kbd> search, <kbd>Esc</kbd> leave a field.
      </footer>
    </div>
  );
}

const Row = memo(function Row({
  entry,
  top,
  index,
  active,
  checked,
  onOpen,
  onToggle,
}: {
  entry: LibraryEntry;
  top: number;
  index: number;
  active: boolean;
  checked: boolean;
  onOpen: (key: string) => void;
  onToggle: (key: string) => void;
}) {
  const speaker = describeSpeaker(entry);
  const tone = TONES[entry.tone];
  const tentative = isTentative({ tone: entry.tone, confidence: entry.toneConfidence });
  return (
    <div
      class={active ? 'lib-row active' : 'lib-row'}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={active}
      data-post-id={entry.postId}
      data-platform={entry.platform}
      style={{ transform: `translateY(${top}px)`, height: `${ROW_HEIGHT}px` }}
      onClick={() => onOpen(entry.key)}
    >
      <input type="checkbox" aria-label="Select" checked={checked} onClick={(e) => e.stopPropagation()} onChange={() => onToggle(entry.key)} />
      <div class="row-body">
        <div class="row-head">
          <span class="speaker">
            {speaker.flag ? <span aria-hidden="true">{speaker.flag} </span> : null}
            {entry.official ? speaker.text : 'Other'}
            {entry.role ? ` · ${ROLES[entry.role].label}` : ''}
          </span>
          <span class="muted">@{entry.handle}</span>
          <span class="muted">{localTime(entry.date, 'date')}</span>
          <span class="tone-mini" style={{ '--tone': tone.color }} title={`Automatic: ${tone.label}${tentative ? ', uncertain' : ''}`}>
            {tone.symbol} {tone.label}
            {tentative ? '?' : ''}
          </span>
          {entry.codedTone ? (
            <span class="tone-mini coded" data-coded-tone={entry.codedTone} style={{ '--tone': TONES[entry.codedTone].color }} title="Coded">
              coded {TONES[entry.codedTone].symbol} {TONES[entry.codedTone].label}
            </span>
          ) : null}
          {entry.tags.map((t) => (
            <span key={t} class="tag">
              {t}
            </span>
          ))}
        </div>
        <div class="row-text" dir="auto">
          {rowText(entry.text)}
        </div>
      </div>
    </div>
  );
});
