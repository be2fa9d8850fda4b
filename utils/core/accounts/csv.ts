// Import of researchers' own account lists: CSV with the directory's columns
// platform,handle,userId,name,country,org,role,host,source (header row required, any column order).
import Papa from 'papaparse';
import * as v from 'valibot';
import { PLATFORMS, ROLE_IDS, type Role } from '../model';
import { isCountryCode } from '../countries';
import { spreadsheetRow } from '../text/csv-rows';
import { isAccountIdOf } from './account-ids';
import type { DirectoryEntry } from './directory';

export interface CsvImportResult {
  accepted: DirectoryEntry[];
  rejected: { line: number; reason: string }[];
}

const MAX_ROWS = 50_000;
const Str = v.optional(v.string(), '');

const Row = v.pipe(
  v.object({
    platform: v.pipe(v.string('missing platform'), v.trim(), v.toLowerCase(),
      v.picklist(PLATFORMS, `unknown platform (${PLATFORMS.join(', ')})`)),
    handle: v.pipe(v.string('missing handle'), v.trim(), v.transform((h: string) => h.replace(/^@/, '')), v.nonEmpty('missing handle'),
      v.regex(/^[A-Za-z0-9_.\-]+(@[A-Za-z0-9.\-]+)?$/, 'handle has characters no platform allows')),
    userId: v.pipe(Str, v.trim()),
    name: v.pipe(Str, v.trim()),
    country: v.pipe(Str, v.trim(), v.toUpperCase(), v.check((c: string) => c === '' || isCountryCode(c), 'bad country code (ISO 3166-1 alpha-2 expected)')),
    org: v.pipe(Str, v.trim()),
    role: v.pipe(v.string('missing role'), v.trim(), v.picklist(ROLE_IDS, `unknown role (one of ${ROLE_IDS.join(', ')})`)),
    host: v.pipe(Str, v.trim(), v.check((h: string) => h === '' || isCountryCode(h.toUpperCase()) || /^[A-Za-z][A-Za-z ]{1,30}$/.test(h),
      'bad host (alpha-2 country code or organisation short name)')),
    source: v.pipe(Str, v.trim()),
  }),
  v.check((r) => r.country !== '' || r.org !== '', 'needs a country or an org'),
  v.check((r) => r.userId === '' || isAccountIdOf(r.platform, r.userId), 'bad userId (X: digits; Bluesky: a DID such as did:plc:…)'),
);

/** One row of a list (the CSV's cells, or a backed-up entry's fields as text), checked and normalised. */
export function accountFromRow(row: Record<string, unknown>): { ok: true; entry: DirectoryEntry } | { ok: false; reason: string } {
  const r = v.safeParse(Row, row, { abortPipeEarly: true });
  if (!r.success) return { ok: false, reason: r.issues.map((x) => x.message).join('; ') };
  const o = r.output;
  const host = o.host ? (isCountryCode(o.host.toUpperCase()) ? o.host.toUpperCase() : o.host) : null;
  return {
    ok: true,
    entry: {
      platform: o.platform,
      handle: o.handle,
      ...(o.userId ? { userId: o.userId } : {}),
      name: o.name,
      country: o.country || null,
      org: o.org || null,
      role: o.role as Role,
      host,
      source: o.source || 'user-import',
    },
  };
}

export function parseAccountsCsv(text: string): CsvImportResult {
  const accepted: DirectoryEntry[] = [];
  const rejected: { line: number; reason: string }[] = [];
  const parsed = Papa.parse<Record<string, string>>(typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '', {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    preview: MAX_ROWS,
  });
  const fields = parsed.meta.fields ?? [];
  for (const need of ['platform', 'handle', 'role']) {
    if (!fields.includes(need)) return { accepted, rejected: [{ line: 1, reason: `header lacks column "${need}"` }] };
  }
  const badRows = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && e.type !== 'FieldMismatch') badRows.set(e.row, e.message);
  const seen = new Set<string>();
  parsed.data.forEach((row, i) => {
    const line = spreadsheetRow(i);
    if (badRows.has(i)) return void rejected.push({ line, reason: 'malformed CSV: ' + badRows.get(i) });
    const checked = accountFromRow(row);
    if (!checked.ok) return void rejected.push({ line, reason: checked.reason });
    const key = checked.entry.platform + ':' + checked.entry.handle.toLowerCase();
    if (seen.has(key)) return void rejected.push({ line, reason: `duplicate of an earlier row (@${checked.entry.handle})` });
    seen.add(key);
    accepted.push(checked.entry);
  });
  return { accepted, rejected };
}
