import { useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import { backupParser, type BackupCounts, type BackupResult } from '../../utils/core/library/backup';
import { backupParts, restoreBackup } from '../../utils/db/backup';
import { isQuotaError } from '../../utils/db/library';
import { send, stored } from '../../utils/protocol';
import { download, nextTask } from '../shared/download';
import { fileLines } from '../../utils/library/file-lines';

export const backupFileName = (at: Date) => `diplolens-backup-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.ndjson`;

/** Writes the full backup as a download, a part at a time (the page stays responsive). */
export async function downloadBackup(db: DiploLensDB): Promise<BackupCounts> {
  const at = new Date();
  const parts: Blob[] = [];
  const [{ instances }, inferredBadges] = await Promise.all([send('mastodon:instances', {}), stored.inferredBadges.getValue()]);
  const generator = backupParts(db, at, { mastodonInstances: instances.map((i) => i.host), inferredBadges });
  for (let step = await generator.next(); ; step = await generator.next()) {
    if (step.done) {
      download(new Blob(parts, { type: 'application/x-ndjson' }), backupFileName(at));
      return step.value;
    }
    parts.push(new Blob([step.value]));
    await nextTask();
  }
}

/** Reads and checks a backup file line by line; nothing is written. */
async function checkBackup(file: File): Promise<BackupResult> {
  const parser = backupParser();
  let lines = 0;
  try {
    for await (const line of fileLines(file)) {
      parser.line(line);
      if (++lines % 2_000 === 0) await nextTask();
    }
  } catch (error) {
    return { ok: false, problems: [`the file cannot be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return parser.finish();
}

const describeCounts = (c: BackupCounts) =>
  `${c.post.toLocaleString()} posts, ${c.account.toLocaleString()} accounts (with your corrections), ${c.tag.toLocaleString()} tags, ${c.listedAccount.toLocaleString()} accounts of your imported list, and your settings`;

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'confirm'; file: string; result: Extract<BackupResult, { ok: true }> }
  | { kind: 'done' | 'refused' | 'failed'; message: string; problems?: string[] };

/** Full backup and restore (the library's Data panel): everything DiploLens keeps, in one versioned file. */
export function BackupPanel({ db, onRestored }: { db: DiploLensDB; onRestored: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function backup() {
    setPhase({ kind: 'busy', what: 'Writing the backup…' });
    try {
      const counts = await downloadBackup(db);
      setPhase({ kind: 'done', message: `Backed up ${describeCounts(counts)}.` });
    } catch (error) {
      setPhase({ kind: 'failed', message: `The backup failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function check(file: File) {
    setPhase({ kind: 'busy', what: `Checking ${file.name}…` });
    const result = await checkBackup(file);
    if (result.ok) setPhase({ kind: 'confirm', file: file.name, result });
    else setPhase({ kind: 'refused', message: `${file.name} cannot be restored; nothing was changed.`, problems: result.problems });
  }

  async function restore(result: Extract<BackupResult, { ok: true }>) {
    setPhase({ kind: 'busy', what: 'Restoring…' });
    try {
      await restoreBackup(db, result.backup);
      const { mastodonInstances, inferredBadges } = result.backup.settings;
      await send('data:restored', { mastodonInstances, ...(inferredBadges === undefined ? {} : { inferredBadges }) });
      setPhase({ kind: 'done', message: `Restored ${describeCounts(result.counts)}.` });
      onRestored();
    } catch (error) {
      const why = isQuotaError(error) ? 'the browser refused more storage (quota exceeded)' : error instanceof Error ? error.message : String(error);
      setPhase({ kind: 'failed', message: `The restore failed and was rolled back; everything stored before is intact (${why}).` });
    }
  }

  return (
    <fieldset>
      <legend>Full backup</legend>
      <p class="muted">
        One file with everything DiploLens keeps: posts with their coding, tags and notes, your corrections, the accounts it learned, your imported list
        of accounts, your settings and your Mastodon instances. Restoring it replaces what is stored now.
      </p>
      <div class="row">
        <button type="button" data-testid="backup" disabled={phase.kind === 'busy'} onClick={backup}>
          Back up everything
        </button>
        <label>
          Restore from a backup…{' '}
          <input
            type="file"
            accept=".ndjson,application/x-ndjson"
            data-testid="restore-file"
            disabled={phase.kind === 'busy'}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void check(file);
            }}
          />
        </label>
      </div>
      {phase.kind === 'busy' ? <p role="status">{phase.what}</p> : null}
      {phase.kind === 'confirm' ? (
        <div class="confirm" role="alertdialog" aria-label="Confirm restore" data-testid="restore-confirmation">
          <p>
            {phase.file} (made {phase.result.backup.createdAt || 'at an unknown time'}) holds {describeCounts(phase.result.counts)}. Replace everything stored now
            with it?
          </p>
          <button type="button" class="danger" data-testid="restore-confirm" onClick={() => restore(phase.result)}>
            Replace everything with this backup
          </button>{' '}
          <button type="button" onClick={() => setPhase({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : null}
      {phase.kind === 'done' || phase.kind === 'refused' || phase.kind === 'failed' ? (
        <div data-testid="backup-report" data-status={phase.kind} role={phase.kind === 'done' ? 'status' : 'alert'}>
          <p class={phase.kind === 'done' ? '' : 'error'}>{phase.message}</p>
          {phase.problems?.length ? (
            <ul>
              {phase.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
