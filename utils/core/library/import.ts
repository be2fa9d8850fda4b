import Papa from 'papaparse';
import * as v from 'valibot';
import { BASES, PLATFORMS, ROLE_IDS, TONE_IDS } from '../model';
import { FORMAT_NAME, FORMAT_VERSION } from './codebook';
import type { PostCapture } from '../records';
import { FORMULA_LIKE, type ExportFormat, type ExportNote, type ExportPost } from './export';
import { FIELD_NAMES } from './fields';
import { sliceWhole } from '../text/clip';
import { spreadsheetRow } from '../text/csv-rows';
import { normaliseTag } from './tags';
import { conflictOf, type Conflict } from './conflicts';
import { entryKey } from './query';

export interface Rejection {
  /** 1-based line (NDJSON), record number (JSON) or spreadsheet row (CSV: the header is row 1). */
  row: number;
  reason: string;
}

/** No post was seen before the first one on X (2006-03-21), and none later than now (a day's slack for clocks). */
const EARLIEST_TIME = Date.UTC(2006, 2, 21);
const isPlausibleTime = (ms: number) => ms >= EARLIEST_TIME && ms <= Date.now() + 86_400_000;
const msTime = v.pipe(
  v.union(
    [
      v.pipe(v.number(), v.integer()),
      v.pipe(
        v.string(),
        v.transform((s) => Date.parse(s)),
        v.check((n) => Number.isFinite(n), 'not a valid time'),
      ),
    ],
    'expected ms since epoch or an ISO 8601 time',
  ),
  v.check(isPlausibleTime, 'a time between 2006 and now'),
);
const nullableString = v.nullable(v.string());
const country = v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')));
export const tagName = v.pipe(
  v.string(),
  v.check((t) => normaliseTag(t) === t, 'tag names are trimmed, 1-40 characters, without ";"'),
);

/** X allows 25,000 characters in a post; a text longer than that is cut, so no record can block a page. */
export const MAX_TEXT_LENGTH = 25_000;
const finite = v.pipe(v.number(), v.finite('a number JSON can hold'));

/**
 * The text cut to MAX_TEXT_LENGTH (never inside a surrogate pair), with the original length kept in
 * `textLength` when it was cut: the larger of the text's own length and the length a file said it had.
 */
export function cutText(text: string, saidLength?: number | null): { text: string; textLength?: number } {
  const original = Math.max(text.length, saidLength ?? 0);
  if (original <= text.length && text.length <= MAX_TEXT_LENGTH) return { text };
  return { text: sliceWhole(text, MAX_TEXT_LENGTH), textLength: original };
}

const capturedEntries = {
  platform: v.picklist(PLATFORMS),
  postId: v.pipe(v.string(), v.minLength(1, 'postId is empty'), v.maxLength(200)),
  url: v.nullable(v.pipe(v.string(), v.maxLength(2_048), v.regex(/^https:\/\//, 'url must be https'))),
  postedAt: v.nullable(v.pipe(v.string(), v.maxLength(64), v.check((s) => Number.isFinite(Date.parse(s)), 'not a valid time'))),
  handle: v.pipe(v.string(), v.minLength(1, 'handle is empty'), v.maxLength(200)),
  authorName: v.pipe(v.string(), v.maxLength(1_000)),
  userId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  official: v.boolean(),
  country,
  org: nullableString,
  role: v.nullable(v.picklist(ROLE_IDS)),
  host: nullableString,
  basis: v.nullable(v.picklist(BASES)),
  lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  tone: v.picklist([...TONE_IDS, 'unknown']),
  toneScore: v.pipe(finite, v.minValue(-1), v.maxValue(1)),
  // Absent from captures of lexicon languages and from exports written before it was kept.
  toneConfidence: v.optional(v.nullable(v.pipe(finite, v.minValue(0), v.maxValue(1))), null),
  text: v.string(),
  toneCues: v.pipe(v.array(v.object({ cue: v.pipe(v.string(), v.maxLength(500)), weight: finite, kind: v.pipe(v.string(), v.maxLength(60)) })), v.maxLength(50)),
};

/** A stored post has a tone confidence or none: an export's null is the field's absence. */
const confidenceOf = (toneConfidence: number | null) => (toneConfidence === null ? {} : { toneConfidence });

/**
 * What a content script sends for a post it saw (PostCapture): checked by the background before it is
 * written, since it comes from a page. The text is cut here; a page cannot claim an original length.
 */
export const CapturedPostSchema = v.pipe(
  v.object(capturedEntries),
  v.transform(({ text, toneConfidence, ...post }) => ({ ...post, ...confidenceOf(toneConfidence), ...cutText(text) })),
);

/** One post of this tool's own export format, whatever the file type: a capture plus the library's own fields. */
export const ImportedPostSchema = v.pipe(
  v.object({
    ...capturedEntries,
    /** The original length of a text that was cut; null when the text is whole. */
    textLength: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))), null),
    firstSeen: msTime,
    lastSeen: msTime,
    timesSeen: v.pipe(v.number(), v.integer(), v.minValue(1)),
    codedTone: v.optional(v.nullable(v.picklist(TONE_IDS)), null),
    codedBy: v.optional(nullableString, null),
    codedAt: v.optional(v.nullable(msTime), null),
    tags: v.optional(v.pipe(v.array(tagName), v.maxLength(200)), []),
    notes: v.optional(
      v.pipe(v.array(v.object({ text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)), createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)) })), v.maxLength(1_000)),
      [],
    ),
    saved: v.optional(v.boolean(), false),
  }),
  v.transform(({ text, textLength, toneConfidence, ...post }) => ({ ...post, ...confidenceOf(toneConfidence), ...cutText(text, textLength) })),
);

/** A capture from a content script, checked and bounded; null (and not written) when it is not one. */
export function parseCapture(raw: unknown): PostCapture | null {
  const result = v.safeParse(CapturedPostSchema, raw);
  if (!result.success) return null;
  const { userId, ...rest } = result.output;
  return { ...rest, ...(userId ? { userId } : {}) };
}

export function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') || 'record';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Validates one record; the result is a complete post (changedAt is set when it is written). */
export function validatePost(raw: unknown): { ok: true; post: ExportPost } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  const result = v.safeParse(ImportedPostSchema, raw);
  if (!result.success) return { ok: false, reason: describeIssues(result.issues) };
  const { userId, ...rest } = result.output;
  const notes = [...rest.notes].sort((a, b) => a.createdAt - b.createdAt);
  return { ok: true, post: { ...rest, ...(userId ? { userId } : {}), notes, tags: dedupe(rest.tags), changedAt: 0 } };
}

const dedupe = (xs: string[]) => [...new Set(xs)];

const CSV_NULLABLE = new Set(['url', 'postedAt', 'country', 'org', 'role', 'host', 'basis', 'lang', 'codedTone', 'codedBy', 'codedAt']);
const CSV_NUMBER = new Set(['timesSeen', 'toneScore']);
const CSV_BOOLEAN = new Set(['official', 'saved']);
const CSV_JSON = new Set(['notes', 'toneCues']);

/** Undoes the formula guard of our CSV export (one leading apostrophe before a formula-like start). */
const unguard = (s: string) => (s.startsWith("'") && FORMULA_LIKE.test(s.slice(1)) ? s.slice(1) : s);

/** A CSV row's strings back into typed values; anything that does not convert is left for the schema to reject. */
export function fromCsvRow(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, rawCell] of Object.entries(row)) {
    if (!FIELD_NAMES.includes(key)) continue;
    const cell = unguard(rawCell ?? '');
    if (key === 'userId') {
      if (cell) out.userId = cell;
    } else if (key === 'textLength' || key === 'toneConfidence') out[key] = cell.trim() === '' ? null : Number(cell);
    else if (CSV_NULLABLE.has(key)) out[key] = cell === '' ? null : cell;
    else if (CSV_NUMBER.has(key)) out[key] = cell.trim() === '' ? cell : Number(cell);
    else if (CSV_BOOLEAN.has(key)) out[key] = cell === 'true' ? true : cell === 'false' ? false : cell;
    else if (CSV_JSON.has(key)) out[key] = parseJsonCell(cell);
    else if (key === 'tags') out.tags = cell === '' ? [] : cell.split(';');
    else out[key] = cell;
  }
  return out;
}

function parseJsonCell(cell: string): unknown {
  if (cell === '') return [];
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

export function detectFormat(fileName: string, text: string): ExportFormat {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return /^\{[^\n]*\}\s*(\n|$)/.test(start) ? 'ndjson' : 'json';
  return 'csv';
}

/**
 * Reads a file of this tool's format in steps, so that a page can show progress and stay responsive:
 * `next(n)` validates up to n more records. A file that cannot be read at all has a fileError and no rows.
 */
export interface ImportReader {
  format: ExportFormat;
  total: number;
  fileError: string | null;
  next(n: number): { accepted: { row: number; post: ExportPost }[]; rejected: Rejection[] } | null;
}

export function readImport(fileName: string, text: string): ImportReader {
  const format = detectFormat(fileName, text);
  const body = text.replace(/^\ufeff/, '');
  let records: { row: number; get(): unknown }[] = [];
  let fileError: string | null = null;
  try {
    records = format === 'ndjson' ? ndjsonRecords(body) : format === 'json' ? jsonRecords(body) : csvRecords(body);
  } catch (error) {
    fileError = error instanceof Error ? error.message : String(error);
    records = [];
  }
  let at = 0;
  return {
    format,
    total: records.length,
    fileError,
    next(n) {
      if (at >= records.length) return null;
      const accepted: { row: number; post: ExportPost }[] = [];
      const rejected: Rejection[] = [];
      for (const end = Math.min(records.length, at + n); at < end; at++) {
        const record = records[at]!;
        let raw: unknown;
        try {
          raw = record.get();
        } catch (error) {
          rejected.push({ row: record.row, reason: error instanceof Error ? error.message : String(error) });
          continue;
        }
        const result = validatePost(raw);
        if (result.ok) accepted.push({ row: record.row, post: result.post });
        else rejected.push({ row: record.row, reason: result.reason });
      }
      return { accepted, rejected };
    },
  };
}

/** One NDJSON line's record; throws "not valid JSON" (deep nesting that overflows the parser included). */
export function parseNdjsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
}

function ndjsonRecords(body: string): { row: number; get(): unknown }[] {
  const lines = body.split(/\r?\n/);
  const records: { row: number; get(): unknown }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    records.push({ row: i + 1, get: () => parseNdjsonLine(line) });
  });
  if (records.length === 0) throw new Error('the file holds no records');
  return records;
}

export function jsonRecords(body: string): { row: number; get(): unknown }[] {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  let posts: unknown;
  if (Array.isArray(data)) posts = data;
  else if (data && typeof data === 'object' && (data as { format?: unknown }).format === FORMAT_NAME) {
    const version = (data as { formatVersion?: unknown }).formatVersion;
    if (typeof version === 'number' && version > FORMAT_VERSION) throw new Error(`made by a newer DiploLens (format version ${version})`);
    posts = (data as { posts?: unknown }).posts;
  }
  if (!Array.isArray(posts)) throw new Error('not a DiploLens JSON export (expected {"format":"diplolens","posts":[...]} or an array of posts)');
  return posts.map((post, i) => ({ row: i + 1, get: () => post }));
}

const REQUIRED_CSV_COLUMNS = ['platform', 'postId', 'handle', 'text', 'firstSeen', 'lastSeen', 'timesSeen', 'tone'];

/** Throws unless a CSV header has the columns this tool's export always writes. */
export function checkCsvColumns(columns: string[]): void {
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) throw new Error(`not a DiploLens CSV export: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
}

function csvRecords(body: string): { row: number; get(): unknown }[] {
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: 'greedy' });
  checkCsvColumns(parsed.meta.fields ?? []);
  const badRows = new Map<number, string>();
  for (const error of parsed.errors) if (typeof error.row === 'number') badRows.set(error.row, `CSV: ${error.message}`);
  return parsed.data.map((row, i) => ({
    row: spreadsheetRow(i),
    get: () => {
      const problem = badRows.get(i);
      if (problem) throw new Error(problem);
      return fromCsvRow(row);
    },
  }));
}

const noteKey = (n: ExportNote) => `${n.createdAt}\u0000${n.text}`;

/**
 * An imported version of a post already stored, merged without overwriting: the stored text, automatic
 * labels, first sighting and coding stay; the import adds tags and notes, widens the seen span, and
 * codes the post only if it was not coded yet. `conflict` is what the import said otherwise, for the
 * review, where the user may accept it (utils/core/library/conflicts.ts).
 */
export function mergeIntoStored(stored: ExportPost, incoming: ExportPost): { post: ExportPost; conflict: Conflict | null } {
  const conflict = conflictOf(entryKey(stored), stored, incoming);
  const storedCoded = stored.codedTone !== null && stored.codedTone !== undefined;
  const notes = new Map<string, ExportNote>();
  for (const n of [...stored.notes, ...incoming.notes]) notes.set(noteKey(n), n);
  const coding = storedCoded ? stored : incoming;
  const userId = stored.userId ?? incoming.userId;
  return {
    post: {
      ...stored,
      ...(userId ? { userId } : {}),
      lastSeen: Math.max(stored.lastSeen, incoming.lastSeen),
      timesSeen: Math.max(stored.timesSeen, incoming.timesSeen),
      saved: stored.saved || incoming.saved,
      tags: dedupe([...stored.tags, ...incoming.tags]),
      notes: [...notes.values()].sort((x, y) => x.createdAt - y.createdAt),
      codedTone: coding.codedTone ?? null,
      codedBy: coding.codedBy ?? null,
      codedAt: coding.codedAt ?? null,
    },
    conflict,
  };
}

/**
 * Two versions of one post inside the same file into one, the same whichever comes first: the text and
 * automatic labels of the earlier first sighting, the widest seen-span, the larger count (an export
 * imported back must not double it), union of tags and notes, the later coding.
 */
export function mergePost(a: ExportPost, b: ExportPost): ExportPost {
  const base = b.firstSeen < a.firstSeen ? b : a;
  const other = base === a ? b : a;
  const laterCoding = (b.codedAt ?? -1) > (a.codedAt ?? -1) ? b : a;
  const notes = new Map<string, ExportNote>();
  for (const n of [...a.notes, ...b.notes]) notes.set(noteKey(n), n);
  const userId = a.userId ?? b.userId;
  return {
    ...base,
    ...(userId ? { userId } : {}),
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: Math.max(a.lastSeen, b.lastSeen),
    timesSeen: Math.max(a.timesSeen, b.timesSeen),
    saved: a.saved || b.saved,
    tags: dedupe([...base.tags, ...other.tags]),
    notes: [...notes.values()].sort((x, y) => x.createdAt - y.createdAt),
    codedTone: laterCoding.codedTone,
    codedBy: laterCoding.codedBy,
    codedAt: laterCoding.codedAt,
    changedAt: Math.max(a.changedAt, b.changedAt),
  };
}
