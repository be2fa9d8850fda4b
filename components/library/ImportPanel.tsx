import Papa from 'papaparse';
import { useEffect, useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import type { Rejection } from '../../utils/core/library/import';
import type { Conflict } from '../../utils/core/library/conflicts';
import { finishImport, importBatch, interruptedImports, isQuotaError, rollbackImport } from '../../utils/db/library';
import type { ImportWorkerMessage, ImportWorkerRequest } from '../../utils/library/import-worker';
import { download } from '../shared/download';
import { ConflictReview } from './ConflictReview';

/** Conflicts kept for the review; beyond this they are counted (and kept stored). */
const REVIEWED_CONFLICTS = 2_000;
const SHOWN_REJECTIONS = 100;

type Counts = { accepted: number; rejected: number; rejections: Rejection[] };
type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' | 'writing'; file: string; read: number; of: number; rows: number }
  | ({ kind: 'review'; file: File } & Counts)
  | ({ kind: 'done'; file: string; added: number; merged: number; conflicts: Conflict[]; moreConflicts: number } & Counts)
  | ({ kind: 'failed'; file: string; error: string } & Counts);

const none: Counts = { accepted: 0, rejected: 0, rejections: [] };

/** Runs the import worker on a file; `onBatch` writes each batch of valid posts before the worker reads on. */
function runWorker(
  request: Extract<ImportWorkerRequest, { file: File }>,
  onProgress: (read: number, of: number, rows: number) => void,
  onBatch?: (posts: Extract<ImportWorkerMessage, { type: 'batch' }>['posts']) => Promise<void>,
): Promise<Extract<ImportWorkerMessage, { type: 'done' }>> {
  const worker = new Worker(new URL('../../utils/library/import-worker.ts', import.meta.url), { type: 'module' });
  let rows = 0;
  return new Promise<Extract<ImportWorkerMessage, { type: 'done' }>>((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(event.message || 'the import worker stopped'));
    worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => {
      if (data.type === 'done') resolve(data);
      else if (data.type === 'progress') onProgress(data.read, data.of, data.accepted + data.rejected);
      else {
        rows += data.posts.length;
        onProgress(data.read, data.of, rows);
        onBatch!(data.posts).then(
          () => worker.postMessage({ type: 'next' } satisfies ImportWorkerRequest),
          (error) => reject(error),
        );
      }
    };
    worker.postMessage(request satisfies ImportWorkerRequest);
  }).finally(() => worker.terminate());
}

/**
 * Import of this tool's NDJSON, JSON or CSV, read and validated in a worker as a stream (any size: only a
 * batch is held at a time). Rows are checked first; if any is rejected, the report is shown and nothing is
 * written until the user chooses to import the valid rows. Batches are written with a journal, so a failure
 * (or a page closed mid-way) undoes the whole import.
 */
export function ImportPanel({ db, onImported, onBusy }: { db: DiploLensDB; onImported: () => void; onBusy?: (writing: boolean) => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const writing = phase.kind === 'writing';
  useEffect(() => onBusy?.(writing), [writing]);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    interruptedImports(db).then(async (ids) => {
      for (const id of ids) await rollbackImport(db, id);
      if (ids.length) {
        setNotice('An import that was interrupted (the page closed while it was writing) has been undone: the library is as it was before it.');
        onImported();
      }
    });
  }, [db]);

  async function check(file: File) {
    setPhase({ kind: 'checking', file: file.name, read: 0, of: file.size, rows: 0 });
    try {
      const result = await runWorker({ type: 'check', file }, (read, of, rows) => setPhase({ kind: 'checking', file: file.name, read, of, rows }));
      if (result.fileError) setPhase({ kind: 'failed', file: file.name, error: `This file cannot be imported: ${result.fileError}. Nothing was imported. DiploLens reads its own exports and files in their formats: NDJSON or JSON Lines, JSON, or CSV (one post a line or row).`, ...none });
      else if (result.rejected) setPhase({ kind: 'review', file, ...result });
      else await write(file, result);
    } catch (error) {
      setPhase({ kind: 'failed', file: file.name, error: `This file cannot be read: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`, ...none });
    }
  }

  async function write(file: File, { accepted, rejected, rejections }: Counts) {
    const counts = { accepted, rejected, rejections };
    const importId = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const done = { kind: 'done' as const, file: file.name, added: 0, merged: 0, conflicts: [] as Conflict[], moreConflicts: 0, ...counts };
    let batch = 0;
    setPhase({ kind: 'writing', file: file.name, read: 0, of: file.size, rows: 0 });
    try {
      const result = await runWorker(
        { type: 'read', file },
        (read, of, rows) => setPhase({ kind: 'writing', file: file.name, read, of, rows }),
        async (posts) => {
          const written = await importBatch(db, importId, batch++, posts);
          done.added += written.added;
          done.merged += written.merged;
          const room = Math.max(0, REVIEWED_CONFLICTS - done.conflicts.length);
          done.conflicts.push(...written.conflicts.slice(0, room));
          done.moreConflicts += Math.max(0, written.conflicts.length - room);
        },
      );
      if (result.fileError) throw new Error(result.fileError);
      await finishImport(db, importId);
      setPhase(done);
      onImported();
    } catch (error) {
      await rollbackImport(db, importId).catch(() => {});
      const reason = isQuotaError(error)
        ? 'The browser refused more storage (quota exceeded). Nothing from this file was kept, and everything stored before is intact. Free disk space or delete posts, then import again.'
        : `The import failed and was undone; nothing from this file was kept. (${error instanceof Error ? error.message : String(error)})`;
      setPhase({ kind: 'failed', file: file.name, error: reason, ...counts });
      onImported();
    }
  }

  const rejections = 'rejections' in phase ? phase.rejections : [];
  const rejectedCount = 'rejected' in phase ? phase.rejected : 0;
  const busy = phase.kind === 'checking' || phase.kind === 'writing';
  return (
    <section class="panel" aria-label="Import">
      <h2>Import</h2>
      <input
        type="file"
        accept=".ndjson,.jsonl,.json,.csv,application/json,text/csv"
        data-testid="import-file"
        aria-label="Import a DiploLens export (NDJSON, JSON or CSV)"
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void check(file);
        }}
      />
      {notice ? (
        <p role="status" data-testid="import-notice">
          {notice}
        </p>
      ) : null}
      {busy ? (
        <p role="status">
          {phase.kind === 'checking' ? 'Checking' : 'Writing'} {phase.file}:{' '}
          <progress data-testid="import-progress" value={phase.read} max={Math.max(phase.of, 1)} /> {phase.rows.toLocaleString()} rows,{' '}
          {Math.round((100 * phase.read) / Math.max(phase.of, 1))}%
        </p>
      ) : null}
      {phase.kind === 'review' || phase.kind === 'done' || phase.kind === 'failed' ? (
        <div class="report" data-testid="import-report" data-status={phase.kind} role="status">
          {phase.kind === 'review' ? (
            <>
              <p>
                <strong>{phase.file.name}</strong>: {phase.accepted.toLocaleString()} of {(phase.accepted + phase.rejected).toLocaleString()} rows are valid,{' '}
                <span data-testid="import-rejected-count">{phase.rejected.toLocaleString()}</span> rejected. Nothing has been written yet.
              </p>
              <button type="button" data-testid="import-confirm" disabled={!phase.accepted} onClick={() => write(phase.file, phase)}>
                Import the {phase.accepted.toLocaleString()} valid rows
              </button>{' '}
              <button type="button" data-testid="import-cancel" onClick={() => setPhase({ kind: 'idle' })}>
                Cancel
              </button>
            </>
          ) : phase.kind === 'done' ? (
            <>
              <p>
                <strong>{phase.file}</strong>: imported <span data-testid="import-accepted-count">{(phase.added + phase.merged).toLocaleString()}</span> posts (
                {phase.added.toLocaleString()} new, {phase.merged.toLocaleString()} merged with posts already stored),{' '}
                <span data-testid="import-rejected-count">{phase.rejected.toLocaleString()}</span> rejected.
              </p>
              {phase.conflicts.length ? <ConflictReview db={db} conflicts={phase.conflicts} onApplied={onImported} /> : null}
              {phase.moreConflicts ? (
                <p class="muted">
                  And {phase.moreConflicts.toLocaleString()} more posts with another text, labels or coding in the file, not listed: what was stored was kept. Import the
                  file again after reviewing these to list the rest.
                </p>
              ) : null}
            </>
          ) : (
            <p class="error" role="alert">
              <strong>{phase.file}</strong>: {phase.error}
            </p>
          )}
          {rejections.length ? (
            <>
              <table class="rejections">
                <thead>
                  <tr>
                    <th>Row</th>
                    <th>Why it was rejected</th>
                  </tr>
                </thead>
                <tbody>
                  {rejections.slice(0, SHOWN_REJECTIONS).map((r) => (
                    <tr key={r.row} data-rejected-row={r.row}>
                      <td>{r.row}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rejectedCount > SHOWN_REJECTIONS ? <p class="muted">And {(rejectedCount - SHOWN_REJECTIONS).toLocaleString()} more.</p> : null}
              <button type="button" onClick={() => download(new Blob(['\ufeff' + Papa.unparse(rejections)], { type: 'text/csv' }), 'diplolens-import-report.csv')}>
                Download the report (CSV{rejectedCount > rejections.length ? `, the first ${rejections.length.toLocaleString()} rejections` : ''})
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
