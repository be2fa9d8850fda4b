// Builds utils/core/accounts/directory.json from the compact tables in scripts/directory/tables/*.txt.
//   npx tsx scripts/directory/build.ts
// Deterministic: same tables in, byte-identical JSON out. Numeric X ids are joined from the
// leaders dataset (../shared/data/raw/world-leaders-social-media.csv beside the repository, or DIPLOLENS_LEADERS_CSV)
// when present, and from the tables themselves (5th column) otherwise.
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
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { ROLE_IDS, type Role, type Platform } from '../../utils/core/model';
import type { DirectoryEntry } from '../../utils/core/accounts/directory';

countries.registerLocale(en);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const DATA_DIR = join(here, 'tables');
const OUT = join(root, 'utils', 'core', 'accounts', 'directory.json');
const LEADERS_CSV = process.env.DIPLOLENS_LEADERS_CSV ?? join(root, '..', 'shared', 'data', 'raw', 'world-leaders-social-media.csv');

export const AS_OF = '2025-09';
export const KNOWN_ORGS = [
  'UN', 'NATO', 'EU', 'OSCE', 'AU', 'ASEAN', 'OAS', 'WHO', 'IAEA', 'CoE', 'OECD', 'WTO', 'IMF',
  'WorldBank', 'G7', 'G20', 'GCC', 'ArabLeague', 'OIC', 'ECOWAS', 'SADC', 'EAC', 'IGAD', 'CARICOM',
  'SICA', 'Mercosur', 'CAN', 'PIF', 'SCO', 'CIS', 'CSTO', 'EAEU', 'BRICS', 'Commonwealth', 'OIF',
  'CPLP', 'SAARC', 'BIMSTEC', 'APEC', 'IOM', 'ICC', 'ICJ', 'OPCW', 'CTBTO', 'Interpol', 'IEA',
  'IRENA', 'OPEC', 'ECCAS', 'CELAC', 'UfM', 'NordicCouncil', 'Visegrad', 'PCA', 'ADB', 'AfDB',
  'IDB', 'EBRD', 'AIIB', 'IsDB', 'ICRC', 'IFRC', 'ITU', 'UPU', 'WMO', 'IMO', 'ICAO', 'WIPO',
  'ILO', 'FAO', 'IFAD', 'UNESCO', 'UNIDO', 'UNWTO',
] as const;

const SOURCES: Record<string, string> = {
  'knowledge-2025':
    `Well-known official accounts from the directory author's own knowledge as of ${AS_OF}; high confidence, not checked against the live platform. Numeric X ids, where present, are joined from pablobarbera/world-leaders-isq raw data (commit 71a11af0) for handles unchanged since 2014.`,
  'recall-unverified-2025':
    `Handles recalled from the directory author's knowledge as of ${AS_OF} with medium confidence (exact spelling, current use or current office holder less certain); audit before relying on them. Numeric X ids as for knowledge-2025.`,
  'pattern-knowledge-2025':
    `Embassy/consulate/delegation networks expanded by a known naming pattern of the sending state (USEmbassy<Country>, UKin<Country>, EUin<Country>, RusEmb<Country>, ...); each post believed to exist, but the exact handle was not checked: lowest confidence, audit first.`,
  'china-twiplomacy-2020-2022':
    'centre-for-humanities-computing/china-twiplomacy-2020-2022, README.md table 2a, commit 0441baf0 (2022-07-30): Chinese diplomatic accounts tracked 2019-2022; only institutional accounts and people still in the listed post are kept.',
  'barbera-world-leaders-isq':
    'pablobarbera/world-leaders-isq, data/world-leaders-social-media.csv, commit 71a11af0 (2017-04-23): heads of state/government as of 2014-01-01 with numeric X ids; only institutional accounts that persist and personal accounts of leaders back in or still in office are kept.',
};
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

function leadersIds(): Map<string, string> {
  const ids = new Map<string, string>();
  if (!existsSync(LEADERS_CSV)) return ids;
  const lines = readFileSync(LEADERS_CSV, 'utf8').trim().split(/\r?\n/);
  const head = parseCsvLine(lines[0] ?? '');
  for (const line of lines.slice(1)) {
    const r = Object.fromEntries(parseCsvLine(line).map((v, i) => [head[i], v]));
    for (const [h, id] of [[r.Twitter_personal, r.Twitter_personal_id], [r.Twitter_institution, r.Twitter_institution_id]]) {
      if (h && h !== 'NA' && id && /^\d+$/.test(id)) ids.set(h.toLowerCase(), id);
    }
  }
  return ids;
}
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false; else cur += ch;
    } else if (ch === '"') q = true; else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseWho(who: string, where: string): { country: string | null; org: string | null } {
  if (who.startsWith('org:')) {
    const org = who.slice(4);
    if (!(KNOWN_ORGS as readonly string[]).includes(org)) throw new Error(`${where}: unknown org ${org}`);
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
    if (!(KNOWN_ORGS as readonly string[]).includes(host)) throw new Error(`${where}: mission host must be an org, got ${host}`);
  } else if (!countries.isValid(host) || host.length !== 2) {
    // ambassadors and embassies of organisations (EU delegations) are hosted by states;
    // an ambassador to an organisation (permanent representative) is hosted by the org.
    if (!(role === 'ambassador' && (KNOWN_ORGS as readonly string[]).includes(host)))
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
        if (!SOURCES[src]) throw new Error(`${where}: unknown source ${t}`);
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
        if (!/^\d+$/.test(userId)) throw new Error(`${where}: bad userId`);
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

function serialise(row: DirectoryAccount): string {
  const o: Record<string, unknown> = { platform: row.platform, handle: row.handle };
  if (row.userId) o.userId = row.userId;
  Object.assign(o, { name: row.name, country: row.country, org: row.org, role: row.role, host: row.host, source: row.source });
  return JSON.stringify(o);
}

export function build(): { json: string; rows: DirectoryAccount[] } {
  const rows = parseTables();
  const ids = leadersIds();
  const seen = new Map<string, DirectoryAccount>();
  for (const r of rows) {
    if (!(ROLE_IDS as readonly string[]).includes(r.role)) throw new Error(`bad role ${r.role}`);
    const key = `${r.platform}:${r.handle.toLowerCase()}`;
    if (seen.has(key)) throw new Error(`duplicate ${key}`);
    seen.set(key, r);
    if (r.platform === 'x' && !r.userId) {
      const id = ids.get(r.handle.toLowerCase());
      if (id) r.userId = id;
    }
  }
  const sorted = sortRows(rows);
  const usedTags = [...new Set(sorted.map((r) => r.source))].sort();
  const sources = Object.fromEntries(usedTags.map((t) => [t, SOURCES[t]]));
  const json =
    '{\n' +
    `  "format": "diplolens-directory/1",\n` +
    `  "asOf": ${JSON.stringify(AS_OF)},\n` +
    `  "sources": ${JSON.stringify(sources, null, 2).replace(/\n/g, '\n  ')},\n` +
    '  "accounts": [\n' +
    sorted.map((r) => '    ' + serialise(r)).join(',\n') +
    '\n  ]\n}\n';
  return { json, rows: sorted };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { json, rows } = build();
  writeFileSync(OUT, json);
  const by = (k: (r: DirectoryAccount) => string) =>
    Object.entries(rows.reduce<Record<string, number>>((m, r) => ((m[k(r)] = (m[k(r)] ?? 0) + 1), m), {})).sort();
  console.log(`wrote ${OUT}: ${rows.length} rows`);
  console.log('by platform', by((r) => r.platform));
  console.log('by role', by((r) => r.role));
  console.log('by source', by((r) => r.source));
}
