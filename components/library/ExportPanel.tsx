import { useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import { codebookMarkdown } from '../../utils/core/library/codebook';
import { EXPORT_FORMATS, exportFileName, exportHead, exportTail, MIME, serialiseChunk, type ExportFormat } from '../../utils/core/library/export';
import { exportChunks } from '../../utils/db/library';
import { download, nextTask } from '../shared/download';

export type ExportScope = 'all' | 'filtered' | 'selected';

/**
 * Streams the export: posts are read and serialised 500 at a time, each chunk becomes a Blob part at once,
 * and the page gets the event loop back between chunks, so 100,000 posts never freeze it.
 */
export async function runExport(
  db: DiploLensDB,
  format: ExportFormat,
  keys: string[] | 'all',
  onProgress: (done: number) => void,
): Promise<{ blob: Blob; count: number }> {
  const parts: Blob[] = [new Blob([exportHead(format, new Date())])];
  let count = 0;
  for await (const chunk of exportChunks(db, keys, 500)) {
    parts.push(new Blob([serialiseChunk(format, chunk, count === 0)]));
    count += chunk.length;
    onProgress(count);
    await nextTask();
  }
  parts.push(new Blob([exportTail(format)]));
  return { blob: new Blob(parts, { type: MIME[format] }), count };
}

const SCOPE_LABEL: Record<ExportScope, string> = { all: 'all posts', filtered: 'the filtered posts', selected: 'the selected posts' };

export function ExportPanel({ db, filteredKeys, selectedKeys, total }: { db: DiploLensDB; filteredKeys: () => string[]; selectedKeys: string[]; total: number }) {
  const [format, setFormat] = useState<ExportFormat>('ndjson');
  const [scope, setScope] = useState<ExportScope>('all');
  const [progress, setProgress] = useState<{ done: number; of: number } | null>(null);
  const [message, setMessage] = useState('');

  async function start() {
    const keys = scope === 'all' ? 'all' : scope === 'filtered' ? filteredKeys() : selectedKeys;
    const of = keys === 'all' ? total : keys.length;
    setMessage('');
    setProgress({ done: 0, of });
    try {
      const startedAt = new Date();
      const { blob, count } = await runExport(db, format, keys, (done) => setProgress({ done, of }));
      download(blob, exportFileName(format, startedAt, scope));
      const book = codebookMarkdown(startedAt, count, SCOPE_LABEL[scope]);
      download(new Blob([book], { type: 'text/markdown' }), exportFileName(format, startedAt, scope).replace(/\.\w+$/, '.codebook.md'));
      setMessage(`Exported ${count.toLocaleString()} posts as ${format.toUpperCase()}, with the codebook.`);
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(null);
    }
  }

  return (
    <section class="panel" aria-label="Export">
      <h2>Export</h2>
      <div class="row">
        <select aria-label="Export format" data-testid="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f === 'csv' ? 'CSV (Excel, UTF-8)' : f === 'ndjson' ? 'NDJSON (one post per line)' : 'JSON'}
            </option>
          ))}
        </select>
        <select aria-label="What to export" data-testid="export-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value as ExportScope)}>
          <option value="all">All posts</option>
          <option value="filtered">Filtered posts</option>
          <option value="selected" disabled={!selectedKeys.length}>
            Selected posts ({selectedKeys.length})
          </option>
        </select>
        <button type="button" data-testid="export" onClick={start} disabled={progress !== null}>
          Export
        </button>
      </div>
      {progress ? (
        <p>
          <progress data-testid="export-progress" value={progress.done} max={Math.max(progress.of, 1)} /> {progress.done.toLocaleString()} /{' '}
          {progress.of.toLocaleString()}
        </p>
      ) : null}
      {message ? (
        <p data-testid="export-status" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
