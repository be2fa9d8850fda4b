// Validates the real bundled directory, utils/core/accounts/directory.json ("diplolens-directory/2"),
// built by scripts/directory/build.ts from the dated lists in scripts/directory/sources/ and the
// tables in scripts/directory/tables/*.txt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { ROLE_IDS, type Platform } from '../../utils/core/model';
import { inferAccount } from '../../utils/core/accounts/infer';
import type { DirectoryFile } from '../../utils/core/accounts/directory-entry';
import { unMemberCodes, NON_UN_MEMBER_CODES } from '../../scripts/directory/un-members';
import { MFA_GAPS, LEADER_GAPS } from '../../scripts/directory/gaps';
import { KNOWN_ORGS, build, parseTables } from '../../scripts/directory/build';
import { loadCsvSources, readAudit, handleKeyOf } from '../../scripts/directory/source-csv';
import { coverage, coverageMarkdown, readmeBlock } from '../../scripts/directory/coverage';

const root = join(__dirname, '..', '..');
const text = readFileSync(join(root, 'utils', 'core', 'accounts', 'directory.json'), 'utf8');
const dir = JSON.parse(text) as DirectoryFile;
const rows = dir.accounts as unknown as Array<Record<string, unknown>>;
const ORGS = new Set<string>(KNOWN_ORGS);
const isCountry = (c: unknown) => typeof c === 'string' && /^[A-Z]{2}$/.test(c) && countries.isValid(c);
const keyOf = (r: Record<string, unknown>) => handleKeyOf(String(r.platform), String(r.handle));
const present = new Set(rows.map(keyOf));
/** The maintainers' own tags: never a dated source. */
const KNOWLEDGE_TAGS = ['knowledge-2025', 'recall-unverified-2025', 'pattern-knowledge-2025'];
const GRANTAT = 'grantat-world-leaders-2017';
/** Floors actually reached; raise them as rows are added (never lower them to hide deletions). */
const MIN_X_ROWS = 2880;
const MIN_SOURCED_ROWS = 1849;
const lists = loadCsvSources(KNOWN_ORGS);

describe('directory.json', () => {
  it('has the format header, and every row names a listed source', () => {
    expect(dir.format).toBe('diplolens-directory/2');
    expect(dir.asOf).toMatch(/^\d{4}-\d{2}$/);
    expect(Array.isArray(rows)).toBe(true);
    for (const row of rows) expect(Object.keys(dir.sources), String(row.handle)).toContain(row.source);
    // only sources some row uses
    expect(Object.keys(dir.sources).sort()).toEqual([...new Set(rows.map((r) => String(r.source)))].sort());
  });

  it('describes every source with a description, a month, a label and a tier; asOf is the newest month', () => {
    for (const [tag, s] of Object.entries(dir.sources)) {
      expect(Object.keys(s).sort(), tag).toEqual(['date', 'description', 'label', 'tier']);
      expect(s.description.length, tag).toBeGreaterThan(20);
      expect(s.date, tag).toMatch(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/);
      expect(s.label, tag).toMatch(/\S/);
      expect(['sourced', 'unconfirmed'], tag).toContain(s.tier);
      expect(KNOWLEDGE_TAGS.includes(tag), tag).toBe(s.tier === 'unconfirmed');
    }
    expect(dir.asOf).toBe(Object.values(dir.sources).map((s) => s.date).sort().at(-1));
  });

  it('gives every row a tier, its source\'s tier', () => {
    for (const r of rows) {
      expect(['sourced', 'unconfirmed'], String(r.handle)).toContain(r.tier);
      expect(r.tier, String(r.handle)).toBe(dir.sources[String(r.source)]!.tier);
    }
  });

  it('rests every sourced row on a dated source, never on the maintainers\' knowledge', () => {
    for (const r of rows.filter((x) => x.tier === 'sourced')) {
      const s = dir.sources[String(r.source)];
      expect(s, String(r.handle)).toBeDefined();
      expect(s!.date, String(r.handle)).toMatch(/^\d{4}-\d{2}$/);
      expect(s!.label, String(r.handle)).toMatch(/\S/);
      expect(KNOWLEDGE_TAGS, String(r.handle)).not.toContain(r.source);
    }
    for (const r of rows.filter((x) => x.tier === 'unconfirmed')) expect(KNOWLEDGE_TAGS, String(r.handle)).toContain(r.source);
    expect(rows.filter((r) => r.tier === 'sourced').length).toBeGreaterThanOrEqual(MIN_SOURCED_ROWS);
  });

  it('lists no row on grantat_world_leaders_2017 alone', () => {
    expect(Object.keys(dir.sources)).not.toContain(GRANTAT);
    const tableKeys = new Set(parseTables().map((r) => handleKeyOf(r.platform, r.handle)));
    const others = new Set(lists.filter((l) => l.spec.tag !== GRANTAT).flatMap((l) => l.rows.map((r) => r.key)));
    const grantatOnly = lists.find((l) => l.spec.tag === GRANTAT)!.rows.filter((r) => !others.has(r.key) && !tableKeys.has(r.key));
    expect(grantatOnly.length).toBeGreaterThan(0);
    expect(grantatOnly.filter((r) => present.has(r.key)).map((r) => r.handle)).toEqual([]);
    for (const r of rows) if (r.tier === 'sourced') expect(r.source, String(r.handle)).not.toBe(GRANTAT);
  });

  it('drops the handles the audit shows are not the handle of their post, and lists the sourced one', () => {
    const audit = readAudit('same_post_different_handle.csv');
    expect(audit.length).toBe(70);
    for (const a of audit) {
      expect(present.has(handleKeyOf('x', a.dir_handle!)), a.dir_handle).toBe(false);
      // "Alemania_BR (govdirectory_wikidata: …) | alemaniadiplo.bsky.social (…)": at least one is listed, as sourced
      const sourced = a.source_handles_for_same_post!.split(' | ').map((s) => s.split(' (')[0]!.trim());
      const listed = rows.filter((r) => sourced.some((h) => keyOf(r) === handleKeyOf(h.includes('.') ? 'bluesky' : 'x', h)));
      expect(listed.length, a.dir_handle).toBeGreaterThan(0);
      for (const r of listed) expect(r.tier, String(r.handle)).toBe('sourced');
    }
  });

  it('lists no office holder a source shows to be former', () => {
    const former = lists.flatMap((l) => l.rows.filter((r) => r.former));
    expect(former.length).toBeGreaterThan(0);
    expect(former.filter((r) => present.has(r.key)).map((r) => `${r.handle}: ${r.former}`)).toEqual([]);
    for (const r of rows) expect(String(r.name), String(r.handle)).not.toMatch(/\bformer\b|\babolished\b/i);
  });

  it('every row has well-typed fields', () => {
    const keys = ['platform', 'handle', 'name', 'country', 'org', 'role', 'host', 'source', 'tier'];
    for (const r of rows) {
      const where = JSON.stringify(r);
      for (const k of keys) expect(r, where).toHaveProperty(k);
      expect(Object.keys(r).filter((k) => !keys.includes(k) && k !== 'userId' && k !== 'evidence'), where).toEqual([]);
      expect(['x', 'bluesky', 'mastodon'], where).toContain(r.platform);
      expect(typeof r.handle === 'string' && !r.handle.startsWith('@'), where).toBe(true);
      if (r.platform === 'x') expect(r.handle, where).toMatch(/^[A-Za-z0-9_]{1,15}$/);
      if (r.platform === 'mastodon') expect(r.handle, where).toMatch(/^[A-Za-z0-9_]+@[a-z0-9.-]+\.[a-z]+$/);
      if (r.platform === 'bluesky') expect(r.handle, where).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      if ('userId' in r) expect(r.userId, where).toMatch(/^\d+$/);
      if ('evidence' in r) expect(typeof r.evidence === 'string' && r.evidence.length > 0 && r.tier === 'sourced', where).toBe(true);
      expect(typeof r.name === 'string' && r.name.length > 0, where).toBe(true);
      expect(ROLE_IDS as readonly unknown[], where).toContain(r.role);
      // exactly one of country / org
      expect((r.country === null) !== (r.org === null), where).toBe(true);
      if (r.country !== null) expect(isCountry(r.country), where).toBe(true);
      if (r.org !== null) expect(ORGS.has(r.org as string), where).toBe(true);
      if (r.host !== null) expect(isCountry(r.host) || ORGS.has(r.host as string), where).toBe(true);
      // A post's host may be unknown only where a dated source gives none (Graham's Russian embassies).
      if (r.host === null && ['embassy', 'consulate', 'mission'].includes(r.role as string)) expect(r.tier, where).toBe('sourced');
      if (r.role === 'mission' && r.host !== null) expect(ORGS.has(r.host as string), where).toBe(true);
      if ((r.role === 'embassy' || r.role === 'consulate') && r.host !== null) expect(isCountry(r.host), where).toBe(true);
      if (['head_of_state', 'head_of_government', 'foreign_minister', 'foreign_ministry'].includes(r.role as string))
        expect(r.host, where).toBeNull();
    }
  });

  it('keys a listed organisation as inference keys it when it reads the same name', () => {
    // byOffice compares a listed organisation with one inferred from a profile: "UNICEF" listed under the
    // UN would let an unlisted "UNICEF Relief" pass as the organisation's only account.
    const differ = rows
      .filter((r) => r.role === 'international_org' || r.role === 'io_official')
      .map((r) => ({ r, inferred: inferAccount({ platform: r.platform as Platform, handle: String(r.handle), name: String(r.name), bio: '', badge: 'grey' }) }))
      .filter(({ r, inferred }) => inferred.org !== null && inferred.org !== r.org)
      .map(({ r, inferred }) => `${r.handle}: listed ${r.org}, inferred ${inferred.org}`);
    expect(differ).toEqual([]);
  });

  it('has no duplicate (platform, handle) or numeric id, and is sorted', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      const key = keyOf(r);
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    const ids = rows.filter((r) => r.userId).map((r) => `${r.platform}:${r.userId}`);
    expect(new Set(ids).size).toBe(ids.length);
    const key = (r: Record<string, unknown>) =>
      [r.platform, r.country ?? r.org, r.role, String(r.handle).toLowerCase()].join('\u0000');
    for (let i = 1; i < rows.length; i++) expect(key(rows[i - 1]!) <= key(rows[i]!), String(rows[i]!.handle)).toBe(true);
  });

  it('is exactly what scripts/directory/build.ts generates from its inputs', () => {
    expect(build().json === text).toBe(true);
  });

  it(`has at least ${MIN_X_ROWS} X rows`, () => {
    const x = rows.filter((r) => r.platform === 'x').length;
    expect(x).toBeGreaterThanOrEqual(MIN_X_ROWS);
  });

  it('derives exactly 193 UN member states', () => {
    expect(unMemberCodes()).toHaveLength(193);
    for (const c of NON_UN_MEMBER_CODES) expect(countries.isValid(c), c).toBe(true);
  });

  const covered = (roles: string[]) =>
    new Set(rows.filter((r) => roles.includes(r.role as string) && r.country).map((r) => r.country as string));

  it('covers every UN member state with a foreign-ministry row, except the listed gaps', () => {
    const have = covered(['foreign_ministry']);
    const gaps = new Set<string>(MFA_GAPS);
    expect(unMemberCodes().filter((c) => !have.has(c) && !gaps.has(c))).toEqual([]);
    expect([...gaps].filter((c) => have.has(c))).toEqual([]); // covered now: remove from the gap list
  });

  it('covers every UN member state with a head-of-state-or-government row, except the listed gaps', () => {
    const have = covered(['head_of_state', 'head_of_government']);
    const gaps = new Set<string>(LEADER_GAPS);
    expect(unMemberCodes().filter((c) => !have.has(c) && !gaps.has(c))).toEqual([]);
    expect([...gaps].filter((c) => have.has(c))).toEqual([]);
  });

  it('shows in README.md the coverage that scripts/directory/coverage.ts generates', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    // out of date: run `npx tsx scripts/directory/coverage.ts --write`
    expect(readmeBlock(readme)).toBe(coverageMarkdown(dir));
  });

  it('prints counts by tier, role, platform and source', () => {
    const count = (k: string) =>
      rows.reduce<Record<string, number>>((m, r) => ((m[String(r[k])] = (m[String(r[k])] ?? 0) + 1), m), {});
    const c = coverage(dir);
    console.log('directory counts', {
      total: rows.length, byTier: c.byTier, byPlatform: count('platform'), byRole: count('role'), bySource: count('source'),
      unMembersCovered: c.un,
    });
    expect(rows.length).toBeGreaterThan(0);
  });
});
