import { useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import { CONFLICT_PART_NAMES, type Conflict, type ConflictPart, type ConflictSide } from '../../utils/core/library/conflicts';
import { localTime } from '../../utils/core/text/dates';
import { ROLES } from '../../utils/core/roles';
import { TONES } from '../../utils/core/tones';
import { acceptConflicts } from '../../utils/db/library';
import { rowText } from '../shared/ClippedText';

/** Conflicts listed at a time; "show more" adds as many. */
const PAGE = 50;

const PART_LABEL: Record<ConflictPart, string> = { text: 'Text', labels: 'Labels', coding: 'Coding' };

function describe(part: ConflictPart, side: ConflictSide): string {
  if (part === 'text') return rowText(side.text) + (side.textLength ? ` (cut: ${side.textLength.toLocaleString()} characters originally)` : '');
  if (part === 'labels') {
    const who = side.official ? [side.country ?? side.org, side.role ? ROLES[side.role].label : null, side.host ? `in ${side.host}` : null].filter(Boolean).join(' · ') : 'not official';
    return `${who}; tone ${TONES[side.tone].label.toLowerCase()}`;
  }
  return side.codedTone ? `${TONES[side.codedTone].label} by ${side.codedBy ?? 'unknown'} on ${localTime(side.codedAt)}` : 'not coded';
}

const keyOfChoice = (key: string, part: ConflictPart) => `${key}\u0000${part}`;

/**
 * The posts an import found already stored with another text, labels or coding: stored against incoming,
 * part by part. Nothing is accepted unless ticked ("keep stored" is the default); "Apply" writes the ticked
 * parts and nothing else.
 */
export function ConflictReview({ db, conflicts, onApplied }: { db: DiploLensDB; conflicts: Conflict[]; onApplied: () => void }) {
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(PAGE);
  const [result, setResult] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const toggle = (choice: string) => {
    const next = new Set(accepted);
    if (!next.delete(choice)) next.add(choice);
    setAccepted(next);
  };
  const all = conflicts.flatMap((c) => c.parts.map((part) => keyOfChoice(c.key, part)));

  async function apply() {
    setBusy(true);
    try {
      const choices = conflicts.map((conflict) => ({ conflict, parts: conflict.parts.filter((part) => accepted.has(keyOfChoice(conflict.key, part))) }));
      const { written, stale } = await acceptConflicts(db, choices);
      setResult(`Wrote the accepted changes to ${written.toLocaleString()} posts.${stale ? ` ${stale.toLocaleString()} posts changed since the import and were left as they are.` : ''}`);
      setAccepted(new Set());
      onApplied();
    } catch (error) {
      setResult(`Nothing was written: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="conflicts" data-testid="conflict-review">
      <p>
        <span data-testid="import-kept-count">{conflicts.length.toLocaleString()}</span> posts already stored have another text, labels or coding in this file.
        What was stored was kept; tick the changes you want to take from the file.
      </p>
      <div class="row">
        <button type="button" data-testid="conflicts-accept-all" onClick={() => setAccepted(new Set(all))} disabled={busy}>
          Accept all {all.length.toLocaleString()} changes
        </button>
        <button type="button" data-testid="conflicts-keep-all" onClick={() => setAccepted(new Set())} disabled={busy || !accepted.size}>
          Keep all stored
        </button>
        <button type="button" class="danger" data-testid="conflicts-apply" onClick={apply} disabled={busy || !accepted.size}>
          Apply {accepted.size.toLocaleString()} accepted changes
        </button>
      </div>
      <table class="conflict-table">
        <thead>
          <tr>
            <th>Post</th>
            <th>Part</th>
            <th>Stored (kept)</th>
            <th>In the file</th>
            <th>Take the file's</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.slice(0, shown).flatMap((c) =>
            CONFLICT_PART_NAMES.filter((part) => c.parts.includes(part)).map((part) => {
              const choice = keyOfChoice(c.key, part);
              return (
                <tr key={choice} data-conflict={c.key} data-part={part}>
                  <td>{c.key}</td>
                  <td>{PART_LABEL[part]}</td>
                  <td dir="auto">{describe(part, c.stored)}</td>
                  <td dir="auto">{describe(part, c.incoming)}</td>
                  <td>
                    <input type="checkbox" aria-label={`Take the file's ${part} for ${c.key}`} checked={accepted.has(choice)} onChange={() => toggle(choice)} />
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
      {conflicts.length > shown ? (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, conflicts.length - shown)} more of {(conflicts.length - shown).toLocaleString()}
        </button>
      ) : null}
      {result ? (
        <p role="status" data-testid="conflicts-result">
          {result}
        </p>
      ) : null}
    </div>
  );
}
