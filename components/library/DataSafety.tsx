import { useEffect, useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import { CaptureSwitches } from '../shared/CaptureSwitches';
import { deletePosts, keysForScope } from '../../utils/db/library';
import { send } from '../../utils/protocol';
import { BackupPanel, downloadBackup } from './Backup';

/** Asks once per page load for persistent storage, so the browser does not evict the library under pressure. */
export async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

type Pending = { label: string; keys: string[] | 'everything'; count: number } | null;

const dayStart = (s: string) => (s ? Date.parse(`${s}T00:00:00`) : null);
const dayEnd = (s: string) => (s ? Date.parse(`${s}T23:59:59.999`) : null);

export function DataSafety({ db, total, onDeleted }: { db: DiploLensDB; total: number; onDeleted: () => void }) {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [usage, setUsage] = useState('');
  const [handle, setHandle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    requestPersistence().then(setPersisted, () => setPersisted(false));
    navigator.storage
      ?.estimate?.()
      .then((e) => setUsage(`${((e.usage ?? 0) / 1e6).toFixed(1)} MB used`))
      .catch(() => {});
  }, [db, total]);

  async function ask(label: string, scope: { handle?: string; from?: number | null; to?: number | null } | 'everything') {
    setMessage('');
    if (scope === 'everything') return setPending({ label, keys: 'everything', count: await db.posts.count() });
    const keys = await keysForScope(db, scope);
    setPending({ label, keys, count: keys.length });
  }

  async function confirm() {
    if (!pending) return;
    if (pending.keys === 'everything') await send('data:delete-everything', {});
    else await deletePosts(db, pending.keys);
    setMessage(`Deleted ${pending.count.toLocaleString()} posts.`);
    setPending(null);
    onDeleted();
  }

  return (
    <section class="panel" aria-label="Data and safety">
      <h2>Data</h2>
      <p data-testid="persistence">
        {persisted === null ? 'Checking storage...' : persisted ? 'Storage is persistent: the browser will not evict the library.' : 'Storage is not persistent: the browser may clear it when disk space runs low. Export regularly.'}{' '}
        <span class="muted">{usage}</span>
      </p>
      <CaptureSwitches db={db} />
      <BackupPanel db={db} onRestored={onDeleted} />
      <fieldset>
        <legend>Delete</legend>
        <div class="row">
          <input type="text" placeholder="@handle" aria-label="Account to delete" data-testid="delete-handle" value={handle} onInput={(e) => setHandle(e.currentTarget.value)} />
          <button type="button" disabled={!handle.trim()} onClick={() => ask(`every post by @${handle.trim().replace(/^@/, '')}`, { handle: handle.trim() })}>
            Delete this account's posts...
          </button>
        </div>
        <div class="row">
          <label>
            Recorded from <input type="date" aria-label="Delete from" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <label>
            to <input type="date" aria-label="Delete to" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={!from && !to} onClick={() => ask(`every post recorded ${from ? `from ${from}` : ''} ${to ? `to ${to}` : ''}`.trim(), { from: dayStart(from), to: dayEnd(to) })}>
            Delete this date range...
          </button>
        </div>
        <button type="button" class="danger" data-testid="delete-everything" onClick={() => ask('everything: all posts, notes, tags, accounts with your corrections, your imported list of accounts and the diagnostics', 'everything')}>
          Delete everything...
        </button>
        {pending ? (
          <div class="confirm" role="alertdialog" aria-label="Confirm deletion" data-testid="delete-confirmation">
            <p>
              Delete {pending.label} ({pending.count.toLocaleString()} posts)? This cannot be undone;{' '}
              {pending.keys === 'everything' ? 'a full backup keeps all of it, and restores it.' : 'export first if in doubt.'}
            </p>
            {pending.keys === 'everything' ? (
              <>
                <button type="button" data-testid="delete-backup" onClick={() => downloadBackup(db).then(() => setMessage('Backup downloaded.'), (e) => setMessage(`The backup failed: ${e}`))}>
                  Back up everything first
                </button>{' '}
              </>
            ) : null}
            <button type="button" class="danger" data-testid="delete-confirm" disabled={pending.count === 0 && pending.keys !== 'everything'} onClick={confirm}>
              Delete {pending.count.toLocaleString()} posts
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        ) : null}
        {message ? <p role="status">{message}</p> : null}
      </fieldset>
    </section>
  );
}
