import Papa from 'papaparse';
import { useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import type { ExportPost } from '../../utils/core/library/export';
import { readImport, type Rejection } from '../../utils/core/library/import';
import { importPosts, isQuotaError } from '../../utils/db/library';
import { download, nextTask } from '../shared/download';
import type { Conflict } from '../../utils/core/library/conflicts';
import { ConflictReview } from './ConflictReview';

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' | 'writing'; done: number; of: number; file: string }
  | { kind: 'review'; file: string; accepted: ExportPost[]; rejected: Rejection[]; total: number }
  | { kind: 'done'; file: string; added: number; merged: number; conflicts: Conflict[]; rejected: Rejection[]; total: number }
  | { kind: 'failed'; file: string; error: string; rejected: Rejection[]; total: number };

const SHOWN_REJECTIONS = 100;

/**
 * Import of this tool's NDJSON, JSON or CSV. Rows are validated first; if any is rejected, the report is
 * shown and nothing is written until the user chooses to import the valid rows. Writing is one transaction.
 */
export function ImportPanel({ db, onImported }: { db: DiploLensDB; onImported: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function check(file: File) {
    setPhase({ kind: 'checking', done: 0, of: 0, file: file.name });
    const text = await file.text();
    await nextTask();
    const reader = readImport(file.name, text);
    if (reader.fileError) {
      setPhase({ kind: 'failed', file: file.name, error: `This file cannot be imported: ${reader.fileError}.`, rejected: [], total: 0 });
      return;
    }
    const accepted: ExportPost[] = [];
    const rejected: Rejection[] = [];
    for (let step = reader.next(2000); step; step = reader.next(2000)) {
      for (const a of step.accepted) accepted.push(a.post);
      rejected.push(...step.rejected);
      setPhase({ kind: 'checking', done: accepted.length + rejected.length, of: reader.total, file: file.name });
      await nextTask();
    }
    if (rejected.length) setPhase({ kind: 'review', file: file.name, accepted, rejected, total: reader.total });
    else await write(file.name, accepted, rejected, reader.total);
  }

  async function write(file: string, accepted: ExportPost[], rejected: Rejection[], total: number) {
    setPhase({ kind: 'writing', done: 0, of: accepted.length, file });
    try {
      const { added, merged, conflicts } = await importPosts(db, accepted, { onProgress: (done) => setPhase({ kind: 'writing', done, of: accepted.length, file }) });
      setPhase({ kind: 'done', file, added, merged, conflicts, rejected, total });
      onImported();
    } catch (error) {
      const reason = isQuotaError(error)
        ? 'The browser refused more storage (quota exceeded). Nothing from this file was written, and everything stored before is intact. Free disk space or delete posts, then import again.'
        : `The import failed and was rolled back; nothing from this file was written. (${error instanceof Error ? error.message : String(error)})`;
      setPhase({ kind: 'failed', file, error: reason, rejected, total });
    }
  }

  const rejected = 'rejected' in phase ? phase.rejected : [];
  return (
    <section class="panel" aria-label="Import">
      <h2>Import</h2>
      <input
        type="file"
        accept=".ndjson,.jsonl,.json,.csv,application/json,text/csv"
        data-testid="import-file"
        aria-label="Import a DiploLens export (NDJSON, JSON or CSV)"
        disabled={phase.kind === 'checking' || phase.kind === 'writing'}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void check(file);
        }}
      />
      {phase.kind === 'checking' || phase.kind === 'writing' ? (
        <p role="status">
          {phase.kind === 'checking' ? 'Checking' : 'Writing'} {phase.file}:{' '}
          <progress data-testid="import-progress" value={phase.done} max={Math.max(phase.of, 1)} /> {phase.done.toLocaleString()} /{' '}
          {phase.of.toLocaleString()}
        </p>
      ) : null}
      {phase.kind === 'review' || phase.kind === 'done' || phase.kind === 'failed' ? (
        <div class="report" data-testid="import-report" data-status={phase.kind} role="status">
          {phase.kind === 'review' ? (
            <>
              <p>
                <strong>{phase.file}</strong>: {phase.accepted.length.toLocaleString()} of {phase.total.toLocaleString()} rows are valid,{' '}
                <span data-testid="import-rejected-count">{phase.rejected.length.toLocaleString()}</span> rejected. Nothing has been written yet.
              </p>
              <button type="button" data-testid="import-confirm" disabled={!phase.accepted.length} onClick={() => write(phase.file, phase.accepted, phase.rejected, phase.total)}>
                Import the {phase.accepted.length.toLocaleString()} valid rows
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
                <span data-testid="import-rejected-count">{phase.rejected.length.toLocaleString()}</span> rejected.
              </p>
              {phase.conflicts.length ? <ConflictReview db={db} conflicts={phase.conflicts} onApplied={onImported} /> : null}
            </>
          ) : (
            <p class="error" role="alert">
              <strong>{phase.file}</strong>: {phase.error}
            </p>
          )}
          {rejected.length ? (
            <>
              <table class="rejections">
                <thead>
                  <tr>
                    <th>Row</th>
                    <th>Why it was rejected</th>
                  </tr>
                </thead>
                <tbody>
                  {rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
                    <tr key={r.row} data-rejected-row={r.row}>
                      <td>{r.row}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rejected.length > SHOWN_REJECTIONS ? <p class="muted">And {(rejected.length - SHOWN_REJECTIONS).toLocaleString()} more.</p> : null}
              <button type="button" onClick={() => download(new Blob(['\ufeff' + Papa.unparse(rejected)], { type: 'text/csv' }), 'diplolens-import-report.csv')}>
                Download the full report (CSV)
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
