// Builds utils/core/accounts/directory.json ("diplolens-directory/2") from two inputs:
//  - the dated public lists in scripts/directory/sources/ (see source-csv.ts and sources/README.md),
//  - the compact tables in scripts/directory/tables/*.txt (the maintainers' own knowledge, unchecked).
//   npx tsx scripts/directory/build.ts            (prints what it kept, confirmed and dropped)
// Deterministic: same inputs, byte-identical JSON.
//
// Tiers (utils/core/accounts/directory-entry.ts):
//  - sourced: a dated list names this handle for this office, country not contradicted. A list row with a
//    country (or organisation) and a role becomes a row; a table row whose handle a list names (same
//    platform, case-insensitive) is confirmed and takes that list as its source, keeping the table's
//    role, host and name where the list has none. The dataset tags of the tables
//    (china-twiplomacy-2020-2022, barbera-world-leaders-isq) are dated sources too. The leaders dataset
//    (sources/world-leaders-social-media.csv) confirms table rows but never adds one: its 2014
//    personal accounts are mostly former leaders'.
//  - unconfirmed: only knowledge-2025, recall-unverified-2025 or pattern-knowledge-2025 lists it.
// Not listed at all (see auditDrops() below and the report the script prints):
//  - a table handle the audit shows is not the handle of its post (sources/audit/same_post_different_handle.csv),
//  - a table handle a list spells differently for the same account (near_miss_spellings.csv, and the
//    foreign-ministry handles SOURCES.md names as likely misspellings),
//  - former office holders: a list row whose name or evidence says former, abolished, or gives office
//    dates that have ended (and the table row of that handle); KNOWN_FORMER in source-csv.ts,
//  - grantat_world_leaders_2017 alone (no country, no role, many former leaders).
//
// Table syntax (one account a line; '#' starts a comment):
//   @src <tag>                         default source tag for the rows that follow
//   [p]<role> <handle> | <name> | <CC or org:ORG> | <host> | <userId>
//   @net <role> <CC or org:ORG> | <name template with {C} = host country name>
//   [p]<HOST> <handle> [= <name>]      one row of the network (host = receiving country or org)
//   @end
// [p] is an optional confidence prefix overriding the default tag:
//   '!' knowledge-2025, '?' recall-unverified-2025, '~' pattern-knowledge-2025.
// Handles: plain = X; 'bsky:<domain>' = Bluesky; 'masto:<user@instance>' = Mastodon.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { ROLE_IDS, type Role, type Platform } from '../../utils/core/model';
import { isAccountIdOf } from '../../utils/core/accounts/account-ids';
import { ORGS } from '../../utils/core/accounts/lexicon';
import type { DirectoryEntry, DirectoryFile, DirectorySource, DirectoryTier } from '../../utils/core/accounts/directory-entry';
import {
  loadCsvSources, loadLeaders, readAudit, monthLabel, handleKeyOf, LEADERS_FILE, KNOWN_FORMER,
  type LoadedSource, type SourceRow, type LeaderRow,
} from './source-csv';

countries.registerLocale(en);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const DATA_DIR = join(here, 'tables');
export const OUT = join(root, 'utils', 'core', 'accounts', 'directory.json');

/**
 * The organisations the tables may name: every one identification knows by name (`ORGS`, so a listed
 * organisation and an inferred one carry the same key) and more it does not read from a bio.
 */
export const KNOWN_ORGS: readonly string[] = [...new Set([
  ...Object.keys(ORGS),
  'UN', 'NATO', 'EU', 'OSCE', 'AU', 'ASEAN', 'OAS', 'WHO', 'IAEA', 'CoE', 'OECD', 'WTO', 'IMF',
  'World Bank', 'G7', 'G20', 'GCC', 'Arab League', 'OIC', 'ECOWAS', 'SADC', 'EAC', 'IGAD', 'CARICOM',
  'SICA', 'Mercosur', 'CAN', 'PIF', 'SCO', 'CIS', 'CSTO', 'EAEU', 'BRICS', 'Commonwealth', 'OIF',
  'CPLP', 'SAARC', 'BIMSTEC', 'APEC', 'IOM', 'ICC', 'ICJ', 'OPCW', 'CTBTO', 'Interpol', 'IEA',
  'IRENA', 'OPEC', 'ECCAS', 'CELAC', 'UfM', 'NordicCouncil', 'Visegrad', 'PCA', 'ADB', 'AfDB',
  'IDB', 'EBRD', 'AIIB', 'IsDB', 'ICRC', 'IFRC', 'ITU', 'UPU', 'WMO', 'IMO', 'ICAO', 'WIPO',
  'ILO', 'FAO', 'IFAD', 'UNESCO', 'UNIDO', 'UNWTO',
])];

/** AS_OF of the tables: the month the maintainers' knowledge describes. */
export const TABLES_AS_OF = '2025-09';

/** The tags the tables use. The three knowledge tags are unconfirmed; the two dataset tags are dated sources. */
const TABLE_SOURCES: Record<string, DirectorySource> = {
  'knowledge-2025': {
    description: `scripts/directory/tables/*.txt: well-known official accounts from the directory maintainers' own knowledge as of ${TABLES_AS_OF}; high confidence, but not checked against a dated source or the live platform.`,
    date: TABLES_AS_OF, label: `DiploLens maintainers' knowledge, ${monthLabel(TABLES_AS_OF)} (unchecked)`, tier: 'unconfirmed',
  },
  'recall-unverified-2025': {
    description: `scripts/directory/tables/*.txt: handles recalled from the maintainers' knowledge as of ${TABLES_AS_OF} with medium confidence (exact spelling, current use or current office holder less certain).`,
    date: TABLES_AS_OF, label: `DiploLens maintainers' recollection, ${monthLabel(TABLES_AS_OF)} (unchecked)`, tier: 'unconfirmed',
  },
  'pattern-knowledge-2025': {
    description: `scripts/directory/tables/*.txt: embassy, consulate and delegation networks expanded by a sending state's naming pattern (USEmbassy<Country>, UKin<Country>, EUin<Country>, ...) as of ${TABLES_AS_OF}; the post exists, the handle is a guess.`,
    date: TABLES_AS_OF, label: `DiploLens naming-pattern guess, ${monthLabel(TABLES_AS_OF)} (unchecked)`, tier: 'unconfirmed',
  },
  'china-twiplomacy-2020-2022': {
    description: 'centre-for-humanities-computing/china-twiplomacy-2020-2022, README.md table 2a, commit 0441baf0 (2022-07-30): Chinese diplomatic accounts tracked 2019-2022; only institutional accounts and people still in the listed post are kept.',
    date: '2022-07', label: 'china-twiplomacy research list, Jul 2022', tier: 'sourced',
  },
  'barbera-world-leaders-isq': {
    description: `pablobarbera/world-leaders-isq, data/world-leaders-social-media.csv, commit 71a11af0 (2017-04-23), copied to scripts/directory/sources/${LEADERS_FILE}: personal and institutional X accounts of the heads of state and government of 2014-01-01, with numeric X ids; confirms a table row that lists the same handle for the same country, never adds one.`,
    date: '2014-01', label: 'World leaders dataset (Barberá), Jan 2014', tier: 'sourced',
  },
};
const UNCONFIRMED_TAGS = new Set(Object.keys(TABLE_SOURCES).filter((t) => TABLE_SOURCES[t]!.tier === 'unconfirmed'));
const PREFIX_TAG: Record<string, string> = { '!': 'knowledge-2025', '?': 'recall-unverified-2025', '~': 'pattern-knowledge-2025' };
const SHORT_TAGS: Record<string, string> = {
  k: 'knowledge-2025', r: 'recall-unverified-2025', p: 'pattern-knowledge-2025',
  ctw: 'china-twiplomacy-2020-2022', bwl: 'barbera-world-leaders-isq',
};
const ROLE_ABBR: Record<string, Role> = {
  hos: 'head_of_state', hog: 'head_of_government', fm: 'foreign_minister', mfa: 'foreign_ministry',
  emb: 'embassy', con: 'consulate', amb: 'ambassador', mis: 'mission', io: 'international_org',
  iof: 'io_official', gov: 'government',
};

/** A row of the generated file: the directory's own entry type, one source of truth. */
export type DirectoryAccount = DirectoryEntry;

const NAME_OVERRIDES: Record<string, string> = {
  US: 'the U.S.', GB: 'the UK', RU: 'Russia', KR: 'South Korea', KP: 'North Korea', IR: 'Iran',
  SY: 'Syria', TZ: 'Tanzania', LA: 'Laos', MD: 'Moldova', CD: 'the DR Congo', CG: 'the Republic of Congo',
  CI: "Côte d'Ivoire", CZ: 'Czechia', MK: 'North Macedonia', FM: 'Micronesia', BN: 'Brunei',
  CV: 'Cabo Verde', NL: 'the Netherlands', PH: 'the Philippines', AE: 'the UAE', VA: 'the Holy See',
  BO: 'Bolivia', VE: 'Venezuela', TR: 'Türkiye', BS: 'the Bahamas', GM: 'the Gambia',
  DO: 'the Dominican Republic', CF: 'the Central African Republic', TW: 'Taiwan', PS: 'Palestine',
  KM: 'the Comoros', MH: 'the Marshall Islands', SB: 'the Solomon Islands',
};
export function countryName(cc: string): string {
  return NAME_OVERRIDES[cc] ?? countries.getName(cc, 'en') ?? cc;
}

function parseWho(who: string, where: string): { country: string | null; org: string | null } {
  if (who.startsWith('org:')) {
    const org = who.slice(4);
    if (!KNOWN_ORGS.includes(org)) throw new Error(`${where}: unknown org ${org}`);
    return { country: null, org };
  }
  if (!countries.isValid(who) || who.length !== 2) throw new Error(`${where}: bad country ${who}`);
  return { country: who, org: null };
}
function parseHandle(raw: string, where: string): { platform: Platform; handle: string } {
  if (raw.startsWith('bsky:')) return { platform: 'bluesky', handle: raw.slice(5) };
  if (raw.startsWith('masto:')) {
    const h = raw.slice(6);
    if (!/^[A-Za-z0-9_]+@[a-z0-9.-]+\.[a-z]+$/.test(h)) throw new Error(`${where}: bad mastodon handle ${h}`);
    return { platform: 'mastodon', handle: h };
  }
  if (!/^[A-Za-z0-9_]{1,15}$/.test(raw)) throw new Error(`${where}: bad X handle ${raw}`);
  return { platform: 'x', handle: raw };
}
function checkHost(role: Role, host: string | null, where: string): void {
  if (host === null) return;
  if (role === 'mission' || role === 'io_official' || role === 'international_org') {
    if (!KNOWN_ORGS.includes(host)) throw new Error(`${where}: mission host must be an org, got ${host}`);
  } else if (!countries.isValid(host) || host.length !== 2) {
    // ambassadors and embassies of organisations (EU delegations) are hosted by states;
    // an ambassador to an organisation (permanent representative) is hosted by the org.
    if (!(role === 'ambassador' && KNOWN_ORGS.includes(host)))
      throw new Error(`${where}: bad host ${host}`);
  }
}

export function parseTables(dir = DATA_DIR): DirectoryAccount[] {
  const rows: DirectoryAccount[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    let src = 'knowledge-2025';
    let net: { role: Role; who: { country: string | null; org: string | null }; template: string } | null = null;
    lines.forEach((rawLine, i) => {
      const where = `${file}:${i + 1}`;
      const line = rawLine.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trim();
      if (!line) return;
      if (line.startsWith('@src ')) {
        const t = line.slice(5).trim();
        src = SHORT_TAGS[t] ?? t;
        if (!TABLE_SOURCES[src]) throw new Error(`${where}: unknown source ${t}`);
        return;
      }
      if (line.startsWith('@net ')) {
        const [head = '', template] = line.slice(5).split('|').map((s) => s.trim());
        const [roleAbbr = '', who = ''] = head.split(/\s+/);
        const role = ROLE_ABBR[roleAbbr];
        if (!role || !template) throw new Error(`${where}: bad @net`);
        net = { role, who: parseWho(who, where), template };
        return;
      }
      if (line === '@end') { net = null; return; }
      let tag = src;
      let body = line;
      const prefixTag = PREFIX_TAG[body[0] ?? ''];
      if (prefixTag) { tag = prefixTag; body = body.slice(1); }
      if (net) {
        const m = /^(\S+)\s+(\S+)(?:\s*=\s*(.+))?$/.exec(body);
        if (!m) throw new Error(`${where}: bad network row`);
        const [, host = '', rawHandle = '', nameOverride] = m;
        checkHost(net.role, host, where);
        const hostName = countries.isValid(host) && host.length === 2 ? countryName(host) : host;
        rows.push({
          ...parseHandle(rawHandle, where),
          name: nameOverride ?? net.template.replace('{C}', hostName),
          ...net.who, role: net.role, host, source: tag,
        });
        return;
      }
      const [head = '', name, who, host, userId] = body.split('|').map((s) => s.trim());
      const [roleAbbr = '', rawHandle] = head.split(/\s+/);
      const role = ROLE_ABBR[roleAbbr];
      if (!role || !rawHandle || !name || !who) throw new Error(`${where}: bad row "${line}"`);
      const h = host ? host : null;
      checkHost(role, h, where);
      const row: DirectoryAccount = { ...parseHandle(rawHandle, where), name, ...parseWho(who, where), role, host: h, source: tag };
      if (userId) {
        if (!isAccountIdOf(row.platform, userId)) throw new Error(`${where}: bad userId (X: digits; Bluesky: a DID)`);
        row.userId = userId;
      }
      rows.push(row);
    });
  }
  return rows;
}


function compare(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }
export function sortRows(rows: DirectoryAccount[]): DirectoryAccount[] {
  return [...rows].sort((a, b) =>
    compare(a.platform, b.platform) ||
    compare(a.country ?? a.org ?? '', b.country ?? b.org ?? '') ||
    compare(a.role, b.role) ||
    compare(a.handle.toLowerCase(), b.handle.toLowerCase()) ||
    compare(a.handle, b.handle));
}

// ---------------------------------------------------------------------------------------------------
// What the sources show is wrong (sources/audit/, computed against the directory of commit 73b33bd).

/**
 * Rows of near_miss_spellings.csv that are legitimate second accounts, not misspellings: kept. Every
 * other row of that file is dropped as a misspelling of the sourced handle, among them FMofOman (jsks:
 * MofaOman) and EDPS@social-network.europa.eu (the EU Voice instance is social.network.europa.eu).
 */
const NEAR_MISS_KEEP: Record<string, string> = {
  'x:francediplo_ar': "France Diplomatie's Arabic-language account (the list has the English one)",
  'x:francediplo_es': "France Diplomatie's Spanish-language account (the list has the English one)",
  'x:pib_india': 'Press Information Bureau, another body than the ministry the list has (MIB_India)',
  'x:mofaqatar_ar': "Qatar foreign ministry's Arabic account (the list has the English one)",
  'x:kremlinrussia_e': "the Kremlin's English account (the list has the Russian one)",
  'x:ksamofa': "Saudi foreign ministry's Arabic account (the list has the English one)",
  'x:statedeptpm': "the State Department's Bureau of Political-Military Affairs, a second account",
  'x:mfaturkiye': 'the current handle of MFATurkey (renamed in 2022); RENAMES maps the lists to it',
  'x:rterdogan': 'the current handle of RT_Erdogan (renamed); RENAMES maps the lists to it',
};
/**
 * Foreign-ministry handles that SOURCES.md ("Foreign-ministry rows where the sources give another
 * handle") names as looking most like wrong spellings of the handle a list gives for the same ministry.
 * The other rows of foreign_ministry_other_handles.csv are spokespeople, language versions and second
 * accounts that nothing shows to be wrong: they stay (unconfirmed).
 */
const FM_LIKELY_MISSPELT = [
  'MoFA_Nepal', 'MIREX_RD', 'MinexGuate', 'MFAFTJamaica', 'MFAMoldova', 'MongoliaMFA', 'EgyptMFA',
  'CancilleriaCR', 'MFA_Armenia', 'MoFAUAE', 'SerbianMFA', 'MFATgovtNZ',
];

/**
 * Table rows whose post a source lists under another handle, found after the audit (the audit matched
 * posts by country, role and host, and a country has several missions to the UN, so these escaped it).
 * Each is a naming-pattern guess; build() prints any further candidates for review.
 */
const EXTRA_SAME_POST: Record<string, string> = {
  'x:jpn_pmun': 'JP mission UN (New York): JapanMissionUN (govdirectory_wikidata: Permanent Mission of Japan to the United Nations)',
  'x:usambeu': 'US mission EU: US2EU (govdirectory_wikidata: United States Mission to the European Union)',
};

export type DropCategory =
  | 'same post, other handle in a source'
  | 'misspelling of a sourced handle'
  | 'former office holder';

function auditPlatform(handle: string): Platform {
  return handle.includes('@') ? 'mastodon' : handle.includes('.') ? 'bluesky' : 'x';
}

/** Table handles not to list, from the audit files, with why. */
export function auditDrops(): Map<string, { category: DropCategory; reason: string }> {
  const drops = new Map<string, { category: DropCategory; reason: string }>();
  for (const r of readAudit('same_post_different_handle.csv')) {
    drops.set(handleKeyOf(auditPlatform(r.dir_handle!), r.dir_handle!), {
      category: 'same post, other handle in a source',
      reason: `${r.country} ${r.role} ${r.host}: ${r.source_handles_for_same_post}`,
    });
  }
  for (const r of readAudit('near_miss_spellings.csv')) {
    const key = handleKeyOf(auditPlatform(r.dir_handle!), r.dir_handle!);
    if (NEAR_MISS_KEEP[key] || drops.has(key)) continue;
    drops.set(key, { category: 'misspelling of a sourced handle', reason: `${r.source} has ${r.source_handle}` });
  }
  for (const [key, reason] of Object.entries(EXTRA_SAME_POST)) drops.set(key, { category: 'same post, other handle in a source', reason });
  const fm = new Map(readAudit('foreign_ministry_other_handles.csv').map((r) => [r.dir_handle!.toLowerCase(), r]));
  for (const h of FM_LIKELY_MISSPELT) {
    const r = fm.get(h.toLowerCase());
    if (!r) throw new Error(`FM_LIKELY_MISSPELT: ${h} is not in audit/foreign_ministry_other_handles.csv`);
    const key = handleKeyOf('x', h);
    if (!drops.has(key)) drops.set(key, { category: 'misspelling of a sourced handle', reason: r.source_handles_for_same_country_MFA! });
  }
  return drops;
}

// ---------------------------------------------------------------------------------------------------
// Building.

function isCountryCode(c: string | null): c is string {
  return !!c && /^[A-Z]{2}$/.test(c) && countries.isValid(c);
}

/** A plain description for a listed account whose source gives no name. */
function describe(r: { country: string | null; org: string | null; role: Role; host: string | null }): string {
  const who = r.country ? countryName(r.country) : r.org!;
  const at = r.host ? (isCountryCode(r.host) ? ` in ${countryName(r.host)}` : ` to the ${r.host}`) : '';
  switch (r.role) {
    case 'foreign_ministry': return `Foreign ministry of ${who}`;
    case 'foreign_minister': return `Foreign minister of ${who}`;
    case 'head_of_state': return `Head of state of ${who}`;
    case 'head_of_government': return `Head of government of ${who}`;
    case 'embassy': return `Embassy of ${who}${at}`;
    case 'consulate': return `Consulate of ${who}${at}`;
    case 'ambassador': return `Ambassador of ${who}${at}`;
    case 'mission': return `Mission of ${who}${at}`;
    case 'international_org': return who;
    case 'io_official': return `Official of the ${who}`;
    default: return `Government of ${who}`;
  }
}

/**
 * Role when a list and the table disagree (sources/audit/conflicts.csv): Wikidata types valtioneuvosto,
 * PresidencyZA, Statsmin and Statsmin_kontor as a ministry or department ("government"), the table as
 * the head of government's or state's office account. ACCOUNTS-GUIDE.md counts an office account of a
 * head of state or government under that role, and Wikidata's type is the office's organisational form,
 * not another office: the table's role stays, the handle is confirmed. Any other disagreement stops the
 * build until a rule is written for it.
 */
function resolveRole(table: DirectoryAccount, src: Role | null, by: SourceRow): Role {
  if (!src || src === table.role) return table.role;
  if ((table.role === 'head_of_state' || table.role === 'head_of_government') && src === 'government') return table.role;
  throw new Error(`role conflict on ${table.handle}: table ${table.role}, ${by.tag} ${src}; add a rule to resolveRole`);
}

/**
 * Host when a list and the table disagree. The only case: FuCong17, China's ambassador to the EU in
 * china-twitter2 (2022), to the UN in the tables (2025). A person's posting changes and the tables
 * describe it later, so for ambassadors the table's host (and name) stay; any other disagreement stops the build.
 */
function resolveHost(table: DirectoryAccount, src: string | null, by: SourceRow): string | null {
  if (!src || src === table.host) return table.host ?? src;
  if (!table.host) return src;
  if (table.role === 'ambassador') return table.host;
  throw new Error(`host conflict on ${table.handle}: table ${table.host}, ${by.tag} ${src}; add a rule to resolveHost`);
}

export interface BuildReport {
  /** Table rows not listed, with why. */
  dropped: Array<{ handle: string; tag: string; category: DropCategory; reason: string }>;
  /** Source rows that made no row (and confirmed none). */
  notCreated: Array<{ handle: string; tag: string; category: string; reason: string }>;
  /** Table rows a source confirmed. */
  confirmed: number;
  notes: string[];
}

export interface BuildResult { file: DirectoryFile; json: string; rows: DirectoryAccount[]; report: BuildReport }

export function build(): BuildResult {
  const tables = parseTables();
  const loaded = loadCsvSources(KNOWN_ORGS);
  const leaders = loadLeaders();
  const drops = auditDrops();
  const report: BuildReport = { dropped: [], notCreated: [], confirmed: 0, notes: [] };

  const meta: Record<string, DirectorySource> = { ...TABLE_SOURCES };
  const specOf = new Map<string, LoadedSource>();
  for (const s of loaded) {
    specOf.set(s.spec.tag, s);
    meta[s.spec.tag] = {
      description: `${s.repo}, ${s.spec.path}: ${s.spec.what} Copied to scripts/directory/sources/${s.spec.file}.`,
      date: s.date, label: `${s.spec.label}, ${monthLabel(s.date)}`, tier: 'sourced',
    };
  }
  // Best source first: newest data, then the trust order, then the list's own order.
  const order = (a: SourceRow, b: SourceRow) =>
    compare(meta[b.tag]!.date, meta[a.tag]!.date) || specOf.get(a.tag)!.spec.rank - specOf.get(b.tag)!.spec.rank || a.line - b.line;

  const byKey = new Map<string, SourceRow[]>();
  const ignoredByKey = new Map<string, SourceRow[]>();
  for (const s of loaded) for (const r of s.rows) {
    const m = s.spec.confirms || s.spec.creates ? byKey : ignoredByKey;
    m.set(r.key, [...(m.get(r.key) ?? []), r]);
  }
  const leadersByKey = new Map<string, LeaderRow[]>();
  for (const l of leaders) leadersByKey.set(l.key, [...(leadersByKey.get(l.key) ?? []), l]);
  const leaderId = (key: string) => leadersByKey.get(key)?.find((l) => l.userId)?.userId ?? undefined;

  const out: DirectoryAccount[] = [];
  const tableKeys = new Set<string>();
  const agrees = (t: DirectoryAccount, r: SourceRow) =>
    (r.country === null || r.country === t.country) && (r.org === null || r.org === t.org) && !(r.country && t.org);

  for (const t of tables) {
    const key = handleKeyOf(t.platform, t.handle);
    if (tableKeys.has(key)) throw new Error(`duplicate ${key} in the tables`);
    tableKeys.add(key);
    const cands = (byKey.get(key) ?? []).filter((r) => !r.unusable).sort(order);
    const former = cands.find((r) => r.former);
    if (former || KNOWN_FORMER[key]) {
      const reason = former ? `${former.tag}: ${former.former}` : KNOWN_FORMER[key]!;
      report.dropped.push({ handle: t.handle, tag: t.source, category: 'former office holder', reason });
      continue;
    }
    const agreeing = cands.filter((r) => agrees(t, r));
    for (const r of cands) if (!agrees(t, r))
      report.notes.push(`${t.handle}: ${r.tag} gives ${r.country ?? r.org}, the tables ${t.country ?? t.org}: not confirmed by it`);
    const drop = drops.get(key);
    if (drop) {
      if (agreeing.length) throw new Error(`${t.handle} is in an audit drop list but ${agreeing[0]!.tag} lists it`);
      report.dropped.push({ handle: t.handle, tag: t.source, ...drop });
      continue;
    }
    const row: DirectoryAccount = { ...t };
    const ids = [t.userId, ...agreeing.map((r) => r.userId), leaderId(key)].filter((x): x is string => !!x);
    if (new Set(ids).size > 1) report.notes.push(`${t.handle}: numeric ids differ (${[...new Set(ids)].join(', ')}); kept ${ids[0]}`);
    if (ids[0]) row.userId = ids[0];
    if (agreeing.length) {
      const best = agreeing[0]!;
      row.role = resolveRole(t, best.role ?? agreeing.find((r) => r.role)?.role ?? null, best);
      const srcHost = agreeing.find((r) => r.host && (r.role ?? row.role) === row.role)?.host ?? null;
      row.host = resolveHost(t, srcHost, best);
      // The source's name describes the post it saw; when the tables' later host stays, so does their name.
      row.name = srcHost && row.host !== srcHost ? t.name : best.name ?? agreeing.find((r) => r.name)?.name ?? t.name;
      if (srcHost && row.host !== srcHost) report.notes.push(`${t.handle}: ${best.tag} gives host ${srcHost}, kept the tables' ${row.host} (see resolveHost)`);
      if (row.role !== (best.role ?? row.role)) report.notes.push(`${t.handle}: ${best.tag} says ${best.role}, kept the tables' ${row.role} (see resolveRole)`);
      row.source = best.tag;
      row.tier = 'sourced';
      row.evidence = best.evidence;
      report.confirmed++;
    } else {
      const leader = t.country ? leadersByKey.get(key)?.find((l) => l.country === t.country) : undefined;
      if (leader) {
        row.source = 'barbera-world-leaders-isq';
        row.tier = 'sourced';
        row.evidence = `data/${LEADERS_FILE}:${leader.line} (${leader.kind} account, ${leader.office})`;
        report.confirmed++;
      } else {
        row.tier = UNCONFIRMED_TAGS.has(t.source) ? 'unconfirmed' : 'sourced';
      }
    }
    out.push(row);
  }
  for (const key of drops.keys()) if (!tableKeys.has(key)) report.notes.push(`audit drop ${key} is not in the tables (nothing to drop)`);

  // Rows the lists add.
  for (const [key, rows] of [...byKey].sort((a, b) => compare(a[0], b[0]))) {
    if (tableKeys.has(key)) continue;
    const first = rows[0]!;
    const usable = rows.filter((r) => !r.unusable).sort(order);
    if (!usable.length) {
      report.notCreated.push({ handle: first.handle, tag: first.tag, category: 'unusable', reason: first.unusable! });
      continue;
    }
    const former = usable.find((r) => r.former);
    if (former) {
      report.notCreated.push({ handle: former.handle, tag: former.tag, category: 'former office holder', reason: former.former! });
      continue;
    }
    const creating = usable.filter((r) => specOf.get(r.tag)!.spec.creates && r.role && (r.country || r.org));
    if (!creating.length) {
      report.notCreated.push({ handle: first.handle, tag: first.tag, category: 'no role or country in the source', reason: first.name ?? '' });
      continue;
    }
    const best = creating[0]!;
    for (const r of creating.slice(1)) {
      if ((r.country ?? r.org) !== (best.country ?? best.org) || r.role !== best.role)
        report.notes.push(`${best.handle}: ${best.tag} gives ${best.country ?? best.org} ${best.role}, ${r.tag} ${r.country ?? r.org} ${r.role}; kept ${best.tag}`);
    }
    const handle = creating.find((r) => r.tag === best.tag && r.handle !== r.handle.toLowerCase())?.handle ?? best.handle;
    const host = best.host ?? creating.find((r) => r.host && r.role === best.role)?.host ?? null;
    const id = creating.find((r) => r.userId)?.userId ?? leaderId(key);
    const row: DirectoryAccount = {
      platform: best.platform, handle, ...(id ? { userId: id } : {}),
      name: best.name ?? creating.find((r) => r.name)?.name ?? describe({ ...best, role: best.role!, host }),
      country: best.country, org: best.org, role: best.role!, host,
      source: best.tag, tier: 'sourced', evidence: best.evidence,
    };
    out.push(row);
  }
  for (const [key, rows] of [...ignoredByKey].sort((a, b) => compare(a[0], b[0]))) {
    if (tableKeys.has(key) || byKey.has(key)) continue;
    report.notCreated.push({ handle: rows[0]!.handle, tag: rows[0]!.tag, category: 'only in grantat_world_leaders_2017', reason: '' });
  }

  // For review: unconfirmed posts (embassy, consulate, mission) that a source lists under another handle.
  const sourcedPosts = new Map<string, string[]>();
  const postKey = (r: DirectoryAccount) => `${r.country ?? r.org}|${r.role}|${r.host}`;
  for (const r of out) if (r.tier === 'sourced' && r.host && ['embassy', 'consulate', 'mission'].includes(r.role))
    sourcedPosts.set(postKey(r), [...(sourcedPosts.get(postKey(r)) ?? []), r.handle]);
  for (const r of out) if (r.tier === 'unconfirmed' && sourcedPosts.has(postKey(r)))
    report.notes.push(`review: ${r.handle} (${r.name}, ${r.source}): a source lists ${sourcedPosts.get(postKey(r))!.join(', ')} for ${postKey(r)}`);

  // Checks: what the data test also checks, so a bad input stops here.
  const ids = new Map<string, string>();
  for (const r of out) {
    const where = `${r.platform}:${r.handle} (${r.source})`;
    if (!(ROLE_IDS as readonly string[]).includes(r.role)) throw new Error(`${where}: bad role ${r.role}`);
    if ((r.country === null) === (r.org === null)) throw new Error(`${where}: needs exactly one of country, org`);
    const hostless = r.tier === 'sourced' && r.host === null;
    if (!hostless) checkHost(r.role, r.host, where);
    if (['head_of_state', 'head_of_government', 'foreign_minister', 'foreign_ministry'].includes(r.role) && r.host !== null)
      throw new Error(`${where}: ${r.role} has a host`);
    if ((r.role === 'embassy' || r.role === 'consulate' || r.role === 'mission') && r.host === null && r.tier !== 'sourced')
      throw new Error(`${where}: ${r.role} without host`);
    if (r.userId) {
      const other = ids.get(r.platform + ':' + r.userId);
      if (other) throw new Error(`${where}: same numeric id as ${other}`);
      ids.set(r.platform + ':' + r.userId, where);
    }
  }

  const sorted = sortRows(out);
  const usedTags = [...new Set(sorted.map((r) => r.source))].sort();
  const sources = Object.fromEntries(usedTags.map((t) => [t, meta[t]!]));
  const asOf = usedTags.map((t) => meta[t]!.date).sort().at(-1)!;
  const file: DirectoryFile = { format: 'diplolens-directory/2', asOf, sources, accounts: sorted };
  const json =
    '{\n' +
    `  "format": ${JSON.stringify(file.format)},\n` +
    `  "asOf": ${JSON.stringify(asOf)},\n` +
    `  "sources": ${JSON.stringify(sources, null, 2).replace(/\n/g, '\n  ')},\n` +
    '  "accounts": [\n' +
    sorted.map((r) => '    ' + serialise(r)).join(',\n') +
    '\n  ]\n}\n';
  return { file, json, rows: sorted, report };
}

function serialise(row: DirectoryAccount): string {
  const o: Record<string, unknown> = { platform: row.platform, handle: row.handle };
  if (row.userId) o.userId = row.userId;
  Object.assign(o, {
    name: row.name, country: row.country, org: row.org, role: row.role, host: row.host,
    source: row.source, tier: row.tier as DirectoryTier,
  });
  if (row.evidence) o.evidence = row.evidence;
  return JSON.stringify(o);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { json, rows, report } = build();
  writeFileSync(OUT, json);
  const by = (items: unknown[], k: (x: any) => string) =>
    Object.entries(items.reduce<Record<string, number>>((m, r) => ((m[k(r)] = (m[k(r)] ?? 0) + 1), m), {})).sort();
  console.log(`wrote ${OUT}: ${rows.length} rows, ${report.confirmed} table rows confirmed by a source`);
  console.log('by tier', by(rows, (r) => r.tier));
  console.log('by platform', by(rows, (r) => r.platform));
  console.log('by source', by(rows, (r) => r.source));
  console.log('by role', by(rows, (r) => r.role));
  console.log(`table rows dropped: ${report.dropped.length}`, by(report.dropped, (d) => d.category));
  for (const d of report.dropped) console.log(`  - ${d.handle} [${d.tag}] ${d.category}: ${d.reason}`);
  console.log(`source rows that made no row: ${report.notCreated.length}`, by(report.notCreated, (d) => `${d.tag}: ${d.category}`));
  if (process.argv.includes('--verbose')) for (const d of report.notCreated) console.log(`  - ${d.handle} [${d.tag}] ${d.category}: ${d.reason}`);
  else for (const d of report.notCreated.filter((d) => d.category !== 'no role or country in the source' && d.category !== 'only in grantat_world_leaders_2017'))
    console.log(`  - ${d.handle} [${d.tag}] ${d.category}: ${d.reason}`);
  if (report.notes.length) console.log('notes:\n  ' + report.notes.join('\n  '));
}
