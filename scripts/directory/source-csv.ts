// The dated public lists the directory is built on, read from scripts/directory/sources/ (copied from
// ../shared/data/directory-sources on 2026-11-29; SOURCES.md there says where each comes from and how
// far to trust it). Every list is a CSV with the header
//   platform,handle,name,country_iso2,role,host_iso2_or_org,source,source_date,evidence
// so a newer pull of a list can replace its file: the source's date, commit and rows are read from the
// file itself; only what the file cannot say (its tag, path, label, whether it may create rows) is here.
// A CSV in sources/ that is not registered below is an error, so a new list cannot slip in unreviewed.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import countries from 'i18n-iso-countries';
import { ROLE_IDS, type Platform, type Role } from '../../utils/core/model';

const here = dirname(fileURLToPath(import.meta.url));
export const SOURCES_DIR = join(here, 'sources');
export const AUDIT_DIR = join(SOURCES_DIR, 'audit');
/** The leaders dataset (pablobarbera/world-leaders-isq): numeric X ids, and a confirming source. */
export const LEADERS_FILE = 'world-leaders-social-media.csv';
const HEADER = ['platform', 'handle', 'name', 'country_iso2', 'role', 'host_iso2_or_org', 'source', 'source_date', 'evidence'];

export interface CsvSourceSpec {
  /** File name in sources/. */
  file: string;
  /** Tag written in the rows' `source` and the file's `sources`. */
  tag: string;
  /** Where in the repository named by the CSV's `source` column the list comes from. */
  path: string;
  /** What the list is, for the description. */
  what: string;
  /** Short name for the badge's card; the month of the data is appended ("…, Dec 2025"). */
  label: string;
  /**
   * Whether a row of this list with a country (or organisation) and a role becomes a directory row,
   * and whether it confirms a table row. grantat_world_leaders_2017 does neither: it gives no
   * country or role, and many of its accounts belong to former leaders.
   */
  creates: boolean;
  confirms: boolean;
  /** Trust order when two lists of the same month list one handle (lower first). */
  rank: number;
  /** The short pointer kept as a row's `evidence`. */
  evidence: (raw: string) => string;
}

const firstToken = (raw: string) => raw.split(/[\s;]/)[0] ?? raw;

export const CSV_SOURCES: CsvSourceSpec[] = [
  {
    file: 'govdirectory_wikidata.csv', tag: 'govdirectory-wikidata',
    path: 'cache/sparql/95e4c77d…/*.json (results of govdirectory/website queries/account-data.rq)',
    what: 'Wikidata items of governments, ministries and diplomatic posts with an X (P2002), Mastodon (P4033) or Bluesky (P12361) account, via the Govdirectory site generator; statements with an end date or deprecated rank excluded; sub-national bodies and agencies left out. CC0.',
    label: 'Wikidata via Govdirectory', creates: true, confirms: true, rank: 1,
    evidence: (raw) => { const m = /wikidata (Q\d+)/.exec(raw); return m ? `wikidata:${m[1]}` : firstToken(raw); },
  },
  {
    file: 'jsks_mfa_twitter.csv', tag: 'jsks-mfa-twitter',
    path: 'refs/accounts.csv',
    what: 'research list of officially verified foreign-ministry accounts (and four foreign ministers with their terms), each with its numeric X id.',
    label: 'jsks/mfa-twitter research list', creates: true, confirms: true, rank: 2,
    evidence: firstToken,
  },
  {
    file: 'chc_china_twitter2.csv', tag: 'chc-china-twitter2',
    path: 'README.md, table 2 (Diplomacy)',
    what: 'academic collection of Chinese diplomatic accounts; descriptions carry office dates.',
    label: 'china-twitter2 research list', creates: true, confirms: true, rank: 3,
    evidence: firstToken,
  },
  {
    file: 'timothyjgraham_russia_govt.csv', tag: 'timothyjgraham-russia-govt',
    path: 'README.md, lines 35-109',
    what: 'researcher\'s list of 75 Russian government and embassy accounts (ABC News analysis); no hosts, roles inferred from the handles.',
    label: 'T. Graham\'s list of Russian government accounts', creates: true, confirms: true, rank: 4,
    evidence: firstToken,
  },
  {
    file: 'jmrplens_mastodon_official.csv', tag: 'jmrplens-mastodon-official',
    path: 'european_union/INSTITUTIONS.csv, european_union/POLICY.csv, germany/INSTITUTIONS.csv',
    what: 'community-curated list of official Mastodon profiles (EU Voice, social.bund.de). AGPL-3.0.',
    label: 'jmrplens list of official Mastodon profiles', creates: true, confirms: true, rank: 5,
    evidence: firstToken,
  },
  {
    file: 'hicranerool_turkish_diplomacy.csv', tag: 'hicranerool-turkish-diplomacy',
    path: 'Twitter_DataCollection_API.R, README.md',
    what: 'seven official Turkish government accounts of a research project; roles assigned from the account names.',
    label: 'Turkish diplomacy research list (hicranerool)', creates: true, confirms: true, rank: 6,
    evidence: (raw) => { const m = /^(\S+) accounts vector item (\d+)/.exec(raw); return m ? `${m[1]} item ${m[2]}` : firstToken(raw); },
  },
  {
    file: 'grantat_world_leaders_2017.csv', tag: 'grantat-world-leaders-2017',
    path: 'data/backup_json/<handle>_tweets.json (file names only)',
    what: 'file names of a 2017 collection from X\'s "World Leaders" list, current or former leaders, no country or role: never creates or confirms a row.',
    label: 'grantat world leaders collection', creates: false, confirms: false, rank: 9,
    evidence: firstToken,
  },
];

/** A row of a source list, checked and normalised. */
export interface SourceRow {
  tag: string;
  /** 1-based line in the CSV (header = 1). */
  line: number;
  platform: Platform;
  handle: string;
  key: string;
  name: string | null;
  country: string | null;
  org: string | null;
  role: Role | null;
  host: string | null;
  evidence: string;
  userId?: string;
  /** Why the source shows the holder is no longer in office (the row then neither creates nor confirms). */
  former: string | null;
  /** Why the row cannot be used at all (bad handle, unknown code). */
  unusable: string | null;
}

export interface LoadedSource {
  spec: CsvSourceSpec;
  /** "owner/repo@commit" from the CSV's source column. */
  repo: string;
  /** Newest month of the data, "YYYY-MM". */
  date: string;
  rows: SourceRow[];
}

/** Organisations as the lists spell them, to the directory's short names. */
const ORG_NAMES: Record<string, string> = {
  'United Nations': 'UN', 'UN Geneva': 'UN', 'European Union': 'EU', 'Council of Europe': 'CoE',
  'African Union': 'AU',
};

/**
 * Handles renamed since the list was taken: the directory lists the current handle (the row keeps the
 * source's numeric id, which survives the rename).
 */
export const RENAMES: Record<string, { to: string; note: string }> = {
  'x:mfaturkey': { to: 'MFATurkiye', note: 'renamed MFATurkey to MFATurkiye in 2022' },
  // The 2014-2018 lists (Barberá, grantat, hicranerool) spell it RT_Erdogan; X's own embed links in
  // public code since then point to twitter.com/RTErdogan, none to RT_Erdogan: a rename, not a misspelling.
  'x:rt_erdogan': { to: 'RTErdogan', note: 'renamed RT_Erdogan to RTErdogan' },
};

/**
 * Office holders a list gives as current but who have left the post since the list was taken. Only
 * used to drop a row, never to add one.
 */
export const KNOWN_FORMER: Record<string, string> = {
  'x:annlinde': 'Ann Linde, Swedish foreign minister until 2022-10-18',
  'x:secblinken': 'Antony Blinken, U.S. Secretary of State until 2025-01-20',
  'mastodon:ec_commissioner_breton@social.network.europa.eu': 'Thierry Breton, European Commissioner until 2024-09-16',
};

export function handleKeyOf(platform: string, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}

export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  // hicranerool_turkish_diplomacy.csv has unescaped quotes inside a quoted evidence field: tolerated
  // (the parser keeps them as text) as long as every row still has exactly the header's columns.
  const fatal = parsed.errors.filter((e) => e.type !== 'Quotes');
  if (fatal.length) throw new Error(`${path}: ${fatal[0]!.message} (row ${fatal[0]!.row})`);
  const fields = parsed.meta.fields ?? [];
  parsed.data.forEach((r, i) => {
    if ('__parsed_extra' in r || Object.keys(r).length !== fields.length) throw new Error(`${path}: row ${i + 2} has the wrong number of columns`);
  });
  return parsed.data;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-12" -> "Dec 2025". */
export function monthLabel(date: string): string {
  const [y, m] = date.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

/**
 * The month a row's data was taken: the date a source_date starts with, or the end of the range it
 * starts with ("2019-11-01..2022-04-30 (collection)" -> "2022-04").
 */
export function dataMonth(sourceDate: string): string {
  const m = /^(\d{4}-\d{2})(?:-\d{2})?(?:\.\.(\d{4}-\d{2})(?:-\d{2})?)?/.exec(sourceDate.trim());
  if (!m) throw new Error(`unreadable source_date "${sourceDate}"`);
  return m[2] ?? m[1]!;
}

function isCountry(c: string): boolean {
  return /^[A-Z]{2}$/.test(c) && countries.isValid(c);
}

function formerReason(name: string, evidence: string, key: string): string | null {
  if (/\bformer\b|\bex-|\babolished\b|\bretired\b/i.test(name)) return `source: "${name}"`;
  // Office dates in the description: the last range decides ("(2019-2021). Assistant Minister (2021-)" is current).
  const ranges = [...name.matchAll(/\((?:[^()]*?\s)?(\d{4})\s*[-–]\s*(\d{4})?\)/g)];
  const last = ranges.at(-1);
  if (last?.[2]) return `office dates in the source end in ${last[2]}`;
  const valid = /\bvalid (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?/.exec(evidence);
  if (valid?.[2]) return `office dates in the source end on ${valid[2]}`;
  return KNOWN_FORMER[key] ?? null;
}

function normalise(spec: CsvSourceSpec, r: Record<string, string>, line: number, knownOrgs: readonly string[]): SourceRow {
  const platform = r.platform as Platform;
  let handle = (r.handle ?? '').trim().replace(/^@/, '');
  let evidence = spec.evidence((r.evidence ?? '').trim());
  const rename = RENAMES[handleKeyOf(platform, handle)];
  if (rename) { evidence += ` (${rename.note})`; handle = rename.to; }
  const key = handleKeyOf(platform, handle);
  const problems: string[] = [];
  if (platform === 'x' && !/^[A-Za-z0-9_]{1,15}$/.test(handle)) problems.push(`bad X handle ${handle}`);
  else if (platform === 'mastodon' && !/^[A-Za-z0-9_]+@[a-z0-9.-]+\.[a-z]+$/.test(handle)) problems.push(`bad Mastodon handle ${handle}`);
  else if (platform === 'bluesky' && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(handle)) problems.push(`bad Bluesky handle ${handle}`);
  else if (!['x', 'mastodon', 'bluesky'].includes(platform)) problems.push(`unknown platform ${platform}`);

  const rawRole = (r.role ?? '').trim();
  const role = rawRole ? (rawRole as Role) : null;
  if (role && !(ROLE_IDS as readonly string[]).includes(role)) problems.push(`unknown role ${role}`);
  const rawCountry = (r.country_iso2 ?? '').trim().toUpperCase();
  const country: string | null = rawCountry || null;
  if (country && !isCountry(country)) problems.push(`unknown country ${country}`);
  const rawHost = (r.host_iso2_or_org ?? '').trim();
  let host: string | null = rawHost ? (ORG_NAMES[rawHost] ?? rawHost) : null;
  // A mission's host is the organisation. Wikidata sometimes gives the seat instead (AT for the missions
  // to the organisations in Vienna, NL for those in The Hague) or a body the directory does not name
  // (CD, the Conference on Disarmament, which is also DR Congo's country code): the host is then unknown.
  if (role === 'mission' && host && !knownOrgs.includes(host)) host = null;
  if (host && !isCountry(host) && !knownOrgs.includes(host)) problems.push(`unknown host ${rawHost}`);
  let org: string | null = null;
  // An organisation's own account: the lists put the organisation in the host column.
  if (!country && (role === 'international_org' || role === 'io_official') && host && knownOrgs.includes(host)) {
    org = host; host = null;
  }
  if (!country && !org && role) problems.push('no country or organisation');

  const name = (r.name ?? '').trim() || null;
  const id = /\buser_id=(\d+)/.exec(r.evidence ?? '')?.[1];
  return {
    tag: spec.tag, line, platform, handle, key, name, country, org, role, host, evidence,
    ...(id ? { userId: id } : {}),
    former: formerReason(name ?? '', r.evidence ?? '', key),
    unusable: problems.length ? problems.join('; ') : null,
  };
}

/** Reads every registered list in sources/. */
export function loadCsvSources(knownOrgs: readonly string[], dir = SOURCES_DIR): LoadedSource[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv') && f !== LEADERS_FILE).sort();
  const unknown = files.filter((f) => !CSV_SOURCES.some((s) => s.file === f));
  if (unknown.length) throw new Error(`unregistered source list(s) in ${dir}: ${unknown.join(', ')} (add them to CSV_SOURCES)`);
  const out: LoadedSource[] = [];
  for (const spec of CSV_SOURCES) {
    if (!files.includes(spec.file)) throw new Error(`missing source list ${spec.file}`);
    const path = join(dir, spec.file);
    const head = readFileSync(path, 'utf8').split(/\r?\n/, 1)[0]!.split(',');
    if (head.join(',') !== HEADER.join(',')) throw new Error(`${spec.file}: header must be ${HEADER.join(',')}`);
    const raw = readCsv(path);
    const repos = [...new Set(raw.map((r) => (r.source ?? '').replace(/\s*\(.*\)\s*$/, '').trim()))].sort();
    const date = raw.map((r) => dataMonth(r.source_date ?? '')).sort().at(-1)!;
    out.push({
      spec, repo: repos.join(', '), date,
      rows: raw.map((r, i) => normalise(spec, r, i + 2, knownOrgs)),
    });
  }
  return out;
}

/** The leaders dataset: numeric X ids by handle, and its rows as a confirming source. */
export interface LeaderRow { key: string; handle: string; country: string; office: string; kind: 'personal' | 'institution'; userId: string | null; line: number }
export function loadLeaders(dir = SOURCES_DIR): LeaderRow[] {
  const rows = readCsv(join(dir, LEADERS_FILE));
  const out: LeaderRow[] = [];
  rows.forEach((r, i) => {
    const country = countries.alpha3ToAlpha2(r.iso3c ?? '') ?? '';
    for (const kind of ['personal', 'institution'] as const) {
      const h = r[kind === 'personal' ? 'Twitter_personal' : 'Twitter_institution'];
      const id = r[kind === 'personal' ? 'Twitter_personal_id' : 'Twitter_institution_id'];
      if (!h || h === 'NA') continue;
      const rename = RENAMES[handleKeyOf('x', h)];
      const handle = rename ? rename.to : h;
      out.push({
        key: handleKeyOf('x', handle), handle, country, office: (r.Type ?? '').trim(), kind,
        userId: id && /^\d+$/.test(id) ? id : null, line: i + 2,
      });
    }
  });
  return out;
}

/** An audit file (sources/audit/*.csv) as rows. */
export function readAudit(file: string): Record<string, string>[] {
  return readCsv(join(AUDIT_DIR, file));
}
