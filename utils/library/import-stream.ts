// Reads an import file as a stream and validates it a batch at a time: NDJSON line by line, CSV in chunks
// (papaparse), so that only one batch and one partial line are held, whatever the file's size. Runs in the
// library page's import worker (utils/library/import-worker.ts); nothing here touches the database.
import Papa from 'papaparse';
import type { ExportFormat, ExportPost } from '../core/library/export';
import { checkCsvColumns, detectFormat, fromCsvRow, jsonRecords, parseNdjsonLine, validatePost, type Rejection } from '../core/library/import';
import { spreadsheetRow } from '../core/text/csv-rows';
import { fileLines } from './file-lines';

/** A JSON file is one document and must be parsed whole: above this size it is refused (NDJSON streams). */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;
/** Records validated per batch: what is held in memory at once, and the unit of writing. */
export const BATCH_SIZE = 5_000;

export interface Batch {
  accepted: { row: number; post: ExportPost }[];
  rejected: Rejection[];
  /** Bytes (NDJSON: characters) of the file read so far, for progress. */
  read: number;
}

export interface StreamResult {
  format: ExportFormat;
  /** Set when the file cannot be imported at all; then no batch counts. */
  fileError: string | null;
}

/**
 * Streams `file` through the import's validation, calling `onBatch` for every BATCH_SIZE records and
 * awaiting it before reading on (so a slow writer holds the reader back and memory stays bounded).
 */
export async function streamImport(file: Blob & { name?: string }, onBatch: (batch: Batch) => Promise<void>, batchSize = BATCH_SIZE): Promise<StreamResult> {
  const head = await file.slice(0, 4_096).text();
  const format = detectFormat(file.name ?? '', head);
  const fail = (error: unknown): StreamResult => ({ format, fileError: error instanceof Error ? error.message : String(error) });
  let batch: Batch = { accepted: [], rejected: [], read: 0 };
  const add = (row: number, get: () => unknown) => {
    let raw: unknown;
    try {
      raw = get();
    } catch (error) {
      batch.rejected.push({ row, reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    const result = validatePost(raw);
    if (result.ok) batch.accepted.push({ row, post: result.post });
    else batch.rejected.push({ row, reason: result.reason });
  };
  const flush = async (read: number, force = false) => {
    if (!force && batch.accepted.length + batch.rejected.length < batchSize) return;
    const full = { ...batch, read };
    batch = { accepted: [], rejected: [], read };
    await onBatch(full);
  };

  try {
    if (format === 'ndjson') {
      let row = 0;
      let read = 0;
      let records = 0;
      for await (const line of fileLines(file)) {
        row++;
        read += line.length + 1;
        if (row === 1 && line.startsWith('\ufeff')) {
          if (line.length > 1) add(row, () => parseNdjsonLine(line.slice(1)));
        } else if (line.trim() !== '') add(row, () => parseNdjsonLine(line));
        else continue;
        records++;
        await flush(Math.min(read, file.size));
      }
      if (records === 0) return fail(new Error('the file holds no records'));
      await flush(file.size, true);
    } else if (format === 'json') {
      if (file.size > MAX_JSON_BYTES) {
        return fail(new Error(`a JSON file must be read whole, and this one is over ${MAX_JSON_BYTES / 1024 / 1024} MB; export NDJSON instead, which is read line by line`));
      }
      for (const record of jsonRecords((await file.text()).replace(/^\ufeff/, ''))) {
        add(record.row, record.get);
        await flush(file.size);
      }
      await flush(file.size, true);
    } else {
      await streamCsv(file, add, flush);
    }
  } catch (error) {
    return fail(error);
  }
  return { format, fileError: null };
}

function streamCsv(file: Blob, add: (row: number, get: () => unknown) => void, flush: (read: number, force?: boolean) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    let checked = false;
    Papa.parse<Record<string, string>>(file as File, {
      header: true,
      skipEmptyLines: 'greedy',
      chunkSize: 1024 * 1024,
      chunk(results, parser) {
        if (!checked) {
          checked = true;
          try {
            checkCsvColumns(results.meta.fields ?? []);
          } catch (error) {
            parser.abort();
            return reject(error);
          }
        }
        parser.pause();
        const badRows = new Map<number, string>();
        for (const error of results.errors) if (typeof error.row === 'number') badRows.set(error.row, `CSV: ${error.message}`);
        results.data.forEach((row, i) => {
          const problem = badRows.get(i);
          add(spreadsheetRow(rows + i), () => {
            if (problem) throw new Error(problem);
            return fromCsvRow(row);
          });
        });
        rows += results.data.length;
        flush(Math.min(results.meta.cursor, file.size)).then(() => parser.resume(), (error) => {
          parser.abort();
          reject(error);
        });
      },
      complete: () => {
        if (!checked) return reject(new Error('the file holds no records'));
        flush(file.size, true).then(resolve, reject);
      },
      error: (error) => reject(error),
    });
  });
}
