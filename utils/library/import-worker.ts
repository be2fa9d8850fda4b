// The import's worker: reads and validates a file off the library page's main thread (utils/library/
// import-stream.ts). `check` counts what would be imported; `read` also hands the valid posts over a batch
// at a time and waits for the page's `next` (the page writes each batch), so memory stays bounded.
import type { ExportPost } from '../core/library/export';
import type { Rejection } from '../core/library/import';
import { streamImport } from './import-stream';

export type ImportWorkerRequest = { type: 'check' | 'read'; file: File } | { type: 'next' };
export type ImportWorkerMessage =
  | { type: 'progress'; read: number; of: number; accepted: number; rejected: number }
  | { type: 'batch'; posts: ExportPost[]; read: number; of: number }
  | { type: 'done'; fileError: string | null; accepted: number; rejected: number; rejections: Rejection[] };

/** Rejections listed in the report (and its CSV); the rest are counted. */
export const LISTED_REJECTIONS = 10_000;

const scope = self as unknown as { onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null; postMessage(message: ImportWorkerMessage): void };
let release: (() => void) | null = null;

scope.onmessage = async ({ data }) => {
  if (data.type === 'next') {
    release?.();
    release = null;
    return;
  }
  const { file, type } = data;
  let accepted = 0;
  let rejected = 0;
  const rejections: Rejection[] = [];
  const result = await streamImport(file, async (batch) => {
    accepted += batch.accepted.length;
    rejected += batch.rejected.length;
    for (const r of batch.rejected) if (rejections.length < LISTED_REJECTIONS) rejections.push(r);
    if (type === 'read' && batch.accepted.length) {
      await new Promise<void>((resolve) => {
        release = resolve;
        scope.postMessage({ type: 'batch', posts: batch.accepted.map((a) => a.post), read: batch.read, of: file.size });
      });
    } else scope.postMessage({ type: 'progress', read: batch.read, of: file.size, accepted, rejected });
  });
  scope.postMessage({ type: 'done', fileError: result.fileError, accepted: result.fileError ? 0 : accepted, rejected: result.fileError ? 0 : rejected, rejections: result.fileError ? [] : rejections });
};
