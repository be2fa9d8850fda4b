// A full backup: everything DiploLens keeps, in one versioned, line-based file that restores the same state.
// Pure: the database side (utils/db/backup.ts) reads and writes it.
import * as v from 'valibot';
import { CorrectionSchema } from '../accounts/correction-schema';
import { accountFromRow } from '../accounts/csv';
import type { DirectoryEntry } from '../accounts/directory-entry';
import { PLATFORMS, type CapturePolicy } from '../model';
import type { AccountRecord, TagRecord } from '../records';
import { jsonLine, toExportObject, type ExportPost } from './export';
import { describeIssues, tagName, validatePost } from './import';
import { entryKey } from './query';

export const BACKUP_FORMAT = 'diplolens-backup';
/** Bumped when a line's meaning changes; a restore reads this version and earlier ones. */
export const BACKUP_VERSION = 1;

/** Everything a restore writes: what "delete everything" deletes, plus the settings. */
export interface Backup {
  createdAt: string;
  /** With their notes and the researcher's coding and tags, as exported. */
  posts: ExportPost[];
  /** Every tag name, used or not. */
  tags: TagRecord[];
  /** Learned accounts (names, bios, ids) with the user's corrections. */
  accounts: AccountRecord[];
  /** The user's imported list of official accounts. */
  listedAccounts: DirectoryEntry[];
  /**
   * `mastodonInstances`: the instances added in the options page. A restore adds them to the list; the
   * browser's permission for each is the user's to give again (the options page offers it).
   * `inferredBadges`: the options page's badges setting; absent from backups written before it existed,
   * and then a restore leaves the browser's own setting as it is.
   */
  settings: { capture: Partial<CapturePolicy>; coder: string | null; mastodonInstances: string[]; inferredBadges?: boolean };
}

type Kind = 'settings' | 'listedAccount' | 'tag' | 'account' | 'post';
export type BackupCounts = Record<Kind, number>;

/** The first line: names the format and version, so that no other file is mistaken for a backup. */
export const backupHeader = (createdAt: Date) => jsonLine({ format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, createdAt: createdAt.toISOString() }) + '\n';
/** One record per line, its kind first; posts with the export's fields in codebook order. */
export const backupLine = (kind: Kind, value: unknown) => jsonLine({ kind, value: kind === 'post' ? toExportObject(value as ExportPost) : value }) + '\n';
/** The last line: the counts, so that a file cut short is refused rather than half restored. */
export const backupEnd = (counts: BackupCounts) => jsonLine({ kind: 'end', counts }) + '\n';

const finiteTime = v.pipe(v.number(), v.finite(), v.minValue(0));
const handle = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const AccountSchema = v.object({
  platform: v.picklist(PLATFORMS),
  handle,
  userId: v.optional(v.pipe(v.string(), v.maxLength(300))),
  names: v.pipe(v.array(v.pipe(v.string(), v.maxLength(1_000))), v.maxLength(100)),
  bios: v.pipe(v.array(v.object({ bio: v.pipe(v.string(), v.maxLength(10_000)), seen: finiteTime })), v.maxLength(100)),
  corrections: v.pipe(
    v.array(v.object({ at: finiteTime, fields: v.union([v.strictObject({ cleared: v.literal(true) }), CorrectionSchema], 'a correction or an undo marker') })),
    v.maxLength(10_000),
  ),
  firstSeen: finiteTime,
  lastSeen: finiteTime,
});
const TagSchema = v.object({ name: tagName, createdAt: finiteTime });
const SettingsSchema = v.object({
  capture: v.pipe(
    v.record(v.string(), v.boolean()),
    v.check((policy) => Object.keys(policy).every((p) => (PLATFORMS as readonly string[]).includes(p)), 'capture names an unknown platform'),
  ),
  coder: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  // Absent from backups written before instances were kept.
  mastodonInstances: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/, 'an instance must be a host name'))), v.maxLength(1_000)), []),
  inferredBadges: v.optional(v.boolean()),
});
const CountsSchema = v.object({ settings: v.number(), listedAccount: v.number(), tag: v.number(), account: v.number(), post: v.number() });

export type BackupResult = { ok: true; backup: Backup; counts: BackupCounts } | { ok: false; problems: string[] };

/** How many problems a refused restore lists: enough to see the pattern, not a page of them. */
const SHOWN_PROBLEMS = 10;

/**
 * Reads a backup line by line (so that a reader can feed it from a stream) and checks everything: the
 * header, every record against its schema, no post or account twice, and the counts of the last line.
 * `finish()` gives the backup only when all of it is valid; otherwise the problems, with line numbers.
 */
export function backupParser() {
  const backup: Backup = { createdAt: '', posts: [], tags: [], accounts: [], listedAccounts: [], settings: { capture: {}, coder: null, mastodonInstances: [] } };
  const counts: BackupCounts = { settings: 0, listedAccount: 0, tag: 0, account: 0, post: 0 };
  const problems: string[] = [];
  let problemCount = 0;
  const keys = new Set<string>();
  let lineNo = 0;
  let header = false;
  let end: BackupCounts | null = null;
  const problem = (message: string) => {
    if (++problemCount <= SHOWN_PROBLEMS) problems.push(`line ${lineNo}: ${message}`);
  };
  const once = (key: string, what: string) => (keys.has(key) ? (problem(`${what} appears twice`), false) : (keys.add(key), true));

  function line(text: string): void {
    lineNo++;
    if (text.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      return problem('not valid JSON');
    }
    if (!header) {
      const head = record as { format?: unknown; formatVersion?: unknown; createdAt?: unknown };
      if (head?.format !== BACKUP_FORMAT) return problem(`not a DiploLens backup (the first line must name the format "${BACKUP_FORMAT}")`);
      if (typeof head.formatVersion !== 'number' || head.formatVersion > BACKUP_VERSION) return problem(`made by a newer DiploLens (backup version ${String(head.formatVersion)}); update DiploLens first`);
      header = true;
      backup.createdAt = typeof head.createdAt === 'string' ? head.createdAt : '';
      return;
    }
    if (end) return problem('a record after the last line');
    const { kind, value, counts: said } = (record ?? {}) as { kind?: unknown; value?: unknown; counts?: unknown };
    const parsed = <T>(schema: v.GenericSchema<unknown, T>): T | null => {
      const result = v.safeParse(schema, value);
      if (result.success) return result.output;
      problem(`${String(kind)}: ${describeIssues(result.issues)}`);
      return null;
    };
    switch (kind) {
      case 'post': {
        const result = validatePost(value);
        if (!result.ok) return problem(`post: ${result.reason}`);
        if (once(`post ${entryKey(result.post)}`, `post ${entryKey(result.post)}`)) backup.posts.push(result.post);
        break;
      }
      case 'account': {
        const account = parsed(AccountSchema);
        if (account && once(`account ${account.platform}:${account.handle}`, `account ${account.platform}:${account.handle}`)) backup.accounts.push(account as AccountRecord);
        break;
      }
      case 'tag': {
        const tag = parsed(TagSchema);
        if (tag && once(`tag ${tag.name}`, `tag ${tag.name}`)) backup.tags.push(tag);
        break;
      }
      case 'listedAccount': {
        const entry = (value ?? {}) as Record<string, unknown>;
        const cells = Object.fromEntries(['platform', 'handle', 'userId', 'name', 'country', 'org', 'role', 'host', 'source'].map((k) => [k, entry[k] ?? undefined]).filter(([, x]) => x !== null));
        const checked = accountFromRow(cells);
        if (!checked.ok) return problem(`listedAccount: ${checked.reason}`);
        backup.listedAccounts.push(checked.entry);
        break;
      }
      case 'settings': {
        const settings = parsed(SettingsSchema);
        if (settings && once('settings', 'settings')) backup.settings = settings;
        break;
      }
      case 'end': {
        const result = v.safeParse(CountsSchema, said);
        if (!result.success) return problem('end: the counts are missing');
        end = result.output;
        return;
      }
      default:
        return problem(`unknown record kind ${JSON.stringify(kind)?.slice(0, 40)}`);
    }
    if (typeof kind === 'string' && kind in counts) counts[kind as Kind]++;
  }

  function finish(): BackupResult {
    if (problemCount === 0) {
      if (!header) problems.push('the file is empty');
      else if (!end) problems.push('the file ends before its last line: it is incomplete (cut short while copying or saving?)');
      else {
        for (const kind of Object.keys(counts) as Kind[]) {
          if (end[kind] !== counts[kind]) problems.push(`the last line counts ${end[kind]} ${kind} records, the file holds ${counts[kind]}: it is incomplete or was edited`);
        }
      }
    }
    if (problems.length) return { ok: false, problems: problemCount > SHOWN_PROBLEMS ? [...problems, `and ${problemCount - SHOWN_PROBLEMS} more problems`] : problems };
    return { ok: true, backup, counts };
  }

  return { line, finish };
}

/** A whole backup held as text (small files, tests); larger ones are fed to backupParser line by line. */
export function parseBackup(text: string): BackupResult {
  const parser = backupParser();
  for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) parser.line(line);
  return parser.finish();
}
