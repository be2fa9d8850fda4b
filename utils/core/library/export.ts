import Papa from 'papaparse';
import type { StoredPost } from '../records';
import { codebook, FORMAT_NAME, FORMAT_VERSION } from './codebook';
import { FIELD_NAMES } from './fields';
import { isoOrEmpty } from '../text/dates';

export type ExportFormat = 'ndjson' | 'json' | 'csv';
export const EXPORT_FORMATS: ExportFormat[] = ['ndjson', 'csv', 'json'];

export interface ExportNote {
  text: string;
  createdAt: number;
}

/** A post as exported and imported: the stored record with its notes. */
export type ExportPost = StoredPost & { notes: ExportNote[] };

export const MIME: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark. */
export const BOM = '\ufeff';

/** Fields in codebook order, so that two exports of the same data are byte-identical. */
export function toExportObject(post: ExportPost): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = (post as unknown as Record<string, unknown>)[name];
    if (name === 'userId' && (value === undefined || value === null)) continue;
    out[name] = value === undefined ? null : value;
  }
  return out;
}

/** Cells a spreadsheet would run as a formula (or that start with a NUL) get a leading apostrophe; the importer strips it again. */
export const FORMULA_LIKE = /^['=+\-@\t\r\0]/;

/**
 * JSON that line-based tools can split: JSON allows U+2028 and U+2029 raw inside strings, but
 * Python's splitlines() and others break a record there.
 */
export const jsonLine = (value: unknown) => JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function toCsvRow(post: ExportPost): Record<string, string | number | boolean> {
  const o = toExportObject(post);
  return {
    ...(o as Record<string, string | number | boolean>),
    url: post.url ?? '',
    postedAt: post.postedAt ?? '',
    firstSeen: isoOrEmpty(post.firstSeen),
    lastSeen: isoOrEmpty(post.lastSeen),
    userId: post.userId ?? '',
    country: post.country ?? '',
    org: post.org ?? '',
    role: post.role ?? '',
    host: post.host ?? '',
    basis: post.basis ?? '',
    lang: post.lang ?? '',
    codedTone: post.codedTone ?? '',
    codedBy: post.codedBy ?? '',
    codedAt: isoOrEmpty(post.codedAt),
    textLength: post.textLength ?? '',
    toneConfidence: post.toneConfidence ?? '',
    tags: post.tags.join(';'),
    notes: JSON.stringify(post.notes),
    toneCues: JSON.stringify(post.toneCues),
  };
}

/**
 * Serialises one chunk of posts. Chunks are written one after the other (head, chunk, chunk, ..., tail)
 * so that a large export never holds one giant string nor runs one long task.
 */
export function serialiseChunk(format: ExportFormat, posts: ExportPost[], first: boolean): string {
  if (posts.length === 0) return '';
  if (format === 'ndjson') return posts.map((p) => jsonLine(toExportObject(p))).join('\n') + '\n';
  if (format === 'json') return (first ? '\n' : ',\n') + posts.map((p) => jsonLine(toExportObject(p))).join(',\n');
  const csv = Papa.unparse(posts.map(toCsvRow), { columns: FIELD_NAMES, header: false, newline: '\r\n', escapeFormulae: FORMULA_LIKE });
  return csv + '\r\n';
}

export function exportHead(format: ExportFormat, exportedAt: Date): string {
  if (format === 'csv') return BOM + Papa.unparse([FIELD_NAMES], { newline: '\r\n' }) + '\r\n';
  if (format === 'json') {
    const head = JSON.stringify({ format: FORMAT_NAME, formatVersion: FORMAT_VERSION, exportedAt: exportedAt.toISOString(), codebook: codebook() });
    return head.slice(0, -1) + ',"posts":[';
  }
  return '';
}

export function exportTail(format: ExportFormat): string {
  return format === 'json' ? '\n]}\n' : '';
}

export function exportFileName(format: ExportFormat, exportedAt: Date, scope: 'all' | 'filtered' | 'selected'): string {
  const stamp = exportedAt.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `diplolens-${scope}-${stamp}.${format}`;
}
