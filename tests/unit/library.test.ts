import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { DiploLensDB } from '../../utils/db/database';
import { codebook, codebookMarkdown } from '../../utils/core/library/codebook';
import { BOM, exportHead, exportTail, serialiseChunk, toExportObject, type ExportFormat, type ExportPost } from '../../utils/core/library/export';
import { FIELD_NAMES } from '../../utils/core/library/fields';
import { parseAccountsCsv } from '../../utils/core/accounts/csv';
import { detectFormat, MAX_TEXT_LENGTH, mergePost, readImport, validatePost } from '../../utils/core/library/import';
import { compileFilter, parseSearch, planIndex, runQuery, toEntry } from '../../utils/core/library/query';
import {
  addNote,
  codePosts,
  deleteEverything,
  deletePosts,
  exportChunks,
  importPosts,
  keysForScope,
  loadLibraryEntries,
  newestMatching,
  distinctCountries,
  tagPosts,
} from '../../utils/db/library';
import { ROLE_IDS, TONE_IDS } from '../../utils/core/model';
import { syntheticPost, syntheticPosts } from '../../scripts/bench/synthetic-posts';

function serialise(format: ExportFormat, posts: ExportPost[], chunk = 7): string {
  let out = exportHead(format, new Date(Date.UTC(2025, 0, 1)));
  for (let i = 0; i < posts.length; i += chunk) out += serialiseChunk(format, posts.slice(i, i + chunk), i === 0);
  return out + exportTail(format);
}

function readAll(name: string, text: string) {
  const reader = readImport(name, text);
  const accepted: ExportPost[] = [];
  const rejected: { row: number; reason: string }[] = [];
  for (let step = reader.next(3); step; step = reader.next(3)) {
    accepted.push(...step.accepted.map((a) => a.post));
    rejected.push(...step.rejected);
  }
  return { reader, accepted, rejected };
}

const comparable = (posts: ExportPost[]) => posts.map((p) => toExportObject(p));

describe('export and import of the three formats', () => {
  const posts = syntheticPosts(60);

  it.each(['ndjson', 'json', 'csv'] as const)('%s: what is exported imports back identical', (format) => {
    const text = serialise(format, posts);
    const { accepted, rejected, reader } = readAll(`x.${format}`, text);
    expect(reader.fileError).toBeNull();
    expect(rejected).toEqual([]);
    expect(comparable(accepted)).toEqual(comparable(posts));
    // And the second generation is byte-identical to the first.
    expect(serialise(format, accepted)).toBe(text);
  });

  it.each(['ndjson', 'json', 'csv'] as const)('%s: Bluesky posts (domain handles, record keys, DIDs, the domain basis) import back identical', (format) => {
    const bluesky: ExportPost[] = syntheticPosts(6).map((post, i) => ({
      ...post,
      platform: 'bluesky',
      postId: `3n2qqturvc22${'abcdef'[i]}`,
      url: `https://bsky.app/profile/uk.diplo.de/post/3n2qqturvc22${'abcdef'[i]}`,
      handle: 'uk.diplo.de',
      userId: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa',
      ...(post.official ? { basis: 'domain' as const } : {}),
    }));
    const text = serialise(format, [...bluesky, ...posts.slice(0, 3)]);
    const { accepted, rejected } = readAll(`b.${format}`, text);
    expect(rejected).toEqual([]);
    expect(comparable(accepted)).toEqual(comparable([...bluesky, ...posts.slice(0, 3)]));
    expect(accepted.filter((p) => p.platform === 'bluesky').map((p) => p.postId)).toEqual(bluesky.map((p) => p.postId));
  });

  it('CSV starts with a BOM, has the codebook columns, and survives commas, quotes, newlines and formulas', () => {
    const tricky = { ...syntheticPost(1), text: '=HYPERLINK("x"), a "quote",\nnew line', authorName: "'quoted name", tags: ['a b', '\u00e9t\u00e9'] };
    const text = serialise('csv', [tricky]);
    expect(text.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true });
    expect(parsed.meta.fields).toEqual(FIELD_NAMES);
    // Spreadsheets see text, not a formula.
    expect(parsed.data[0]!.text!.startsWith("'=")).toBe(true);
    const back = readAll('t.csv', text).accepted[0]!;
    expect(back.text).toBe(tricky.text);
    expect(back.authorName).toBe(tricky.authorName);
    expect(back.tags).toEqual(tricky.tags);
    expect(parsed.data[0]!.firstSeen).toBe(new Date(tricky.firstSeen).toISOString());
  });

  it('detects the format from the name, else from the content', () => {
    expect(detectFormat('a.jsonl', '')).toBe('ndjson');
    expect(detectFormat('export', '{"a":1}\n{"a":2}\n')).toBe('ndjson');
    expect(detectFormat('export', '{\n "format": "diplolens"}')).toBe('json');
    expect(detectFormat('export', `${BOM}platform,postId`)).toBe('csv');
  });
});

describe('import validation', () => {
  it('lists each bad row with its line and reason, and accepts the good ones', () => {
    const good = JSON.stringify(toExportObject(syntheticPost(1)));
    const lines = [
      good,
      '{not json',
      JSON.stringify({ ...toExportObject(syntheticPost(2)), tone: 'angry' }),
      JSON.stringify({ ...toExportObject(syntheticPost(3)), postId: '' }),
      JSON.stringify({ ...toExportObject(syntheticPost(4)), country: 'France' }),
      '',
      JSON.stringify({ ...toExportObject(syntheticPost(5)), firstSeen: 'yesterday' }),
      '[1,2]',
    ];
    const { accepted, rejected } = readAll('bad.ndjson', lines.join('\n'));
    expect(accepted.map((p) => p.postId)).toEqual([syntheticPost(1).postId]);
    expect(rejected.map((r) => r.row)).toEqual([2, 3, 4, 5, 7, 8]);
    expect(rejected[0]!.reason).toBe('not valid JSON');
    expect(rejected[1]!.reason).toMatch(/^tone: /);
    expect(rejected[2]!.reason).toMatch(/^postId: postId is empty/);
    expect(rejected[3]!.reason).toMatch(/country: expected an ISO 3166-1 alpha-2 code/);
    expect(rejected[4]!.reason).toMatch(/firstSeen/);
    expect(rejected[5]!.reason).toBe('not an object');
  });

  it('CSV problems are numbered by spreadsheet row (the header is row 1), as the accounts importer numbers them', () => {
    const text = serialise('csv', [syntheticPost(1), { ...syntheticPost(2), tone: 'angry' as never }, syntheticPost(3)]);
    const { accepted, rejected } = readAll('rows.csv', text);
    expect(accepted).toHaveLength(2);
    expect(rejected.map((r) => r.row)).toEqual([3]);
    const accounts = parseAccountsCsv('platform,handle,role,country\nx,good,embassy,FR\nx,,embassy,FR\n');
    expect(accounts.rejected.map((r) => r.line)).toEqual([3]);
  });

  it('a time no Date can hold exports as an empty cell instead of aborting the export', () => {
    const broken = { ...syntheticPost(1), firstSeen: 9e15, lastSeen: Number.NaN, codedAt: 1e20 };
    expect(() => serialise('csv', [broken])).not.toThrow();
    const row = Papa.parse<Record<string, string>>(serialise('csv', [broken]).replace(BOM, ''), { header: true }).data[0]!;
    expect(row.firstSeen).toBe('');
    expect(row.lastSeen).toBe('');
    expect(row.codedAt).toBe('');
  });

  it('NDJSON and JSON escape U+2028 and U+2029, so line-splitting tools keep records whole; they read back the same', () => {
    const post = { ...syntheticPost(1), text: 'one\u2028two\u2029three' };
    for (const format of ['ndjson', 'json'] as const) {
      const text = serialise(format, [post]);
      expect(text).not.toMatch(/[\u2028\u2029]/);
      expect(readAll(`x.${format}`, text).accepted[0]!.text).toBe('one\u2028two\u2029three');
    }
    expect(serialise('ndjson', [post]).split(/\r?\n|\u2028|\u2029/).filter(Boolean)).toHaveLength(1);
  });

  it('the CSV formula guard covers a leading NUL, and the importer undoes it', () => {
    const post = { ...syntheticPost(1), authorName: '\0=cmd' };
    const text = serialise('csv', [post]);
    expect(text).toContain("'\0=cmd");
    expect(readAll('x.csv', text).accepted[0]!.authorName).toBe('\0=cmd');
  });

  it('a text longer than 25,000 characters is cut on import, never inside a surrogate pair, and keeps its original length through every format', () => {
    const long = { ...syntheticPost(1), text: 'a'.repeat(MAX_TEXT_LENGTH - 1) + '😂'.repeat(10) };
    for (const format of ['ndjson', 'json', 'csv'] as const) {
      const [post] = readAll(`x.${format}`, serialise(format, [long])).accepted;
      expect(post!.text).toBe('a'.repeat(MAX_TEXT_LENGTH - 1));
      expect(post!.textLength).toBe(MAX_TEXT_LENGTH + 19);
      // Exported again, the cut text keeps the original length, and a whole text says null.
      const again = readAll(`x.${format}`, serialise(format, [post!, syntheticPost(2)])).accepted;
      expect(again.map((p) => p.textLength ?? null)).toEqual([MAX_TEXT_LENGTH + 19, null]);
    }
    expect(toExportObject({ ...syntheticPost(3), notes: [] }).textLength).toBeNull();
    expect(validatePost({ ...syntheticPost(4), textLength: -1 }).ok).toBe(false);
  });

  it("the tone model's figure is a probability, kept where there is one; null or absent means none", () => {
    const post = { ...syntheticPost(1), notes: [] };
    expect(validatePost({ ...post, toneConfidence: 1.5 }).ok).toBe(false);
    expect(validatePost({ ...post, toneConfidence: '0.5' }).ok).toBe(false);
    const kept = validatePost({ ...post, toneConfidence: 0.42 });
    expect(kept.ok && kept.post.toneConfidence).toBe(0.42);
    const none = validatePost({ ...post, toneConfidence: null });
    expect(none.ok && 'toneConfidence' in none.post).toBe(false);
    const { toneConfidence: _dropped, ...older } = post;
    const fromOlder = validatePost(older);
    expect(fromOlder.ok && 'toneConfidence' in fromOlder.post).toBe(false);
    expect(toExportObject({ ...older }).toneConfidence).toBeNull();
  });

  it('a file that is not an export at all is a file error, with no rows', () => {
    expect(readImport('a.json', '{"posts": [').fileError).toMatch(/not valid JSON/);
    expect(readImport('a.json', '{"hello": 1}').fileError).toMatch(/not a DiploLens JSON export/);
    expect(readImport('a.csv', 'name,age\nBob,3').fileError).toMatch(/missing columns platform, postId/);
    expect(readImport('a.json', '{"format":"diplolens","formatVersion":99,"posts":[]}').fileError).toMatch(/newer/);
    expect(readImport('a.ndjson', '\n\n').fileError).toMatch(/no records/);
  });

  it('fills in optional library fields for a minimal record', () => {
    const { tags: _t, notes: _n, codedTone: _c, codedBy: _b, codedAt: _a, saved: _s, changedAt: _ch, ...minimal } = syntheticPost(9);
    const result = validatePost(minimal);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.post).toMatchObject({ tags: [], notes: [], codedTone: null, saved: false });
  });
});

describe('merging duplicates', () => {
  const a = { ...syntheticPost(1), tags: ['x'], codedTone: null, codedBy: null, codedAt: null, notes: [{ text: 'n1', createdAt: 5 }] };
  const b = {
    ...a,
    text: 'later text',
    firstSeen: a.firstSeen + 10,
    lastSeen: a.lastSeen + 99,
    timesSeen: a.timesSeen + 1,
    tags: ['y', 'x'],
    codedTone: 'sarcastic' as const,
    codedBy: 'b',
    codedAt: 1000,
    notes: [{ text: 'n2', createdAt: 3 }, { text: 'n1', createdAt: 5 }],
  };

  it('keeps the first text, widens the seen span, unions tags and notes, takes the later coding', () => {
    const m = mergePost(a, b);
    expect(m.text).toBe(a.text);
    expect(m.firstSeen).toBe(a.firstSeen);
    expect(m.lastSeen).toBe(b.lastSeen);
    expect(m.timesSeen).toBe(b.timesSeen);
    expect(m.tags).toEqual(['x', 'y']);
    expect(m.notes).toEqual([{ text: 'n2', createdAt: 3 }, { text: 'n1', createdAt: 5 }]);
    expect(m).toMatchObject({ codedTone: 'sarcastic', codedBy: 'b', codedAt: 1000 });
  });

  it('an import never overwrites a stored post: its text, labels, first sighting and coding stay; tags, notes and an empty coding are added', async () => {
    const db = new DiploLensDB(`library-${Math.random().toString(36).slice(2)}`);
    const stored = { ...syntheticPost(1), codedTone: 'neutral' as const, codedBy: 'me', codedAt: Date.UTC(2025, 0, 2), tags: ['mine'], notes: [] };
    const uncoded = { ...syntheticPost(2), codedTone: null, codedBy: null, codedAt: null, notes: [] };
    await importPosts(db, [stored, uncoded]);
    const hostile = { ...stored, text: 'rewritten', tone: 'sarcastic' as const, firstSeen: stored.firstSeen - 1, codedTone: 'confrontational' as const, codedBy: 'them', codedAt: Date.UTC(2025, 5, 1), tags: ['theirs'], notes: [{ text: 'their note', createdAt: Date.UTC(2025, 0, 3) }] };
    const coding = { ...uncoded, codedTone: 'cooperative' as const, codedBy: 'them', codedAt: Date.UTC(2025, 0, 4) };
    const result = await importPosts(db, [hostile, coding]);
    expect(result.conflicts.map((c) => [c.key, c.parts])).toEqual([[`x:${stored.postId}`, ['text', 'labels', 'coding']]]);
    const after = (await db.posts.get(['x', stored.postId]))!;
    expect(after).toMatchObject({ text: stored.text, tone: stored.tone, firstSeen: stored.firstSeen, codedTone: 'neutral', codedBy: 'me' });
    expect(after.tags.sort()).toEqual(['mine', 'theirs']);
    expect(await db.notes.where('[platform+postId]').equals(['x', stored.postId]).count()).toBe(1);
    expect((await db.posts.get(['x', uncoded.postId]))!).toMatchObject({ codedTone: 'cooperative', codedBy: 'them' });
    db.close();
  });

  it('times must be plausible: no sighting before 2006 or in the future, no coding from the future', () => {
    const good = toExportObject(syntheticPost(1));
    expect(validatePost({ ...good, firstSeen: 0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/firstSeen: a time between 2006 and now/) });
    expect(validatePost({ ...good, codedTone: 'neutral', codedBy: 'x', codedAt: Date.now() + 365 * 86_400_000 })).toMatchObject({ ok: false, reason: expect.stringMatching(/codedAt/) });
    expect(validatePost(good).ok).toBe(true);
  });

  it('is idempotent and order-independent for the data that matters', () => {
    expect(toExportObject(mergePost(a, a))).toEqual(toExportObject(a));
    expect(toExportObject(mergePost(a, b))).toEqual(toExportObject(mergePost(b, a)));
  });
});

describe('search and filters', () => {
  const entries = syntheticPosts(400).map((p) => toEntry({ ...p }));

  it('search is accent- and case-insensitive, ANDs words, keeps phrases, and excludes with -', () => {
    expect(parseSearch('Condemn "human rights" -RUSSIA')).toEqual({ include: ['condemn', 'human rights'], exclude: ['russia'], accounts: [], notAccounts: [] });
    const saoPaulo = runQuery(entries, { text: 'sao PAULO' }, 'firstSeen-desc');
    expect(saoPaulo.length).toBeGreaterThan(0);
    expect(saoPaulo.every((e) => e.text.includes('S\u00e3o Paulo'))).toBe(true);
    const both = runQuery(entries, { text: 'condemn "human rights"' }, 'firstSeen-desc');
    expect(both.every((e) => /condemn/i.test(e.text) && e.text.includes('human rights'))).toBe(true);
    const notChina = runQuery(entries, { text: '-@mfa_china' }, 'firstSeen-desc');
    expect(notChina.some((e) => e.handle === 'MFA_China')).toBe(false);
    expect(notChina.length).toBe(entries.filter((e) => e.handle !== 'MFA_China').length);
  });

  it('@handle means that account: not a longer handle that starts the same, not a post that mentions it; "@handle" in quotes finds mentions too', () => {
    const posts = [
      toEntry({ ...syntheticPost(1), handle: 'FranceDiplo', text: 'La France salue cet accord.' }),
      toEntry({ ...syntheticPost(2), handle: 'FranceDiplo_EN', text: 'France welcomes the agreement.' }),
      toEntry({ ...syntheticPost(3), handle: 'someReader', text: 'As @FranceDiplo said today.' }),
    ];
    expect(runQuery(posts, { text: '@FranceDiplo' }, 'handle').map((e) => e.handle)).toEqual(['FranceDiplo']);
    expect(runQuery(posts, { text: '@francediplo' }, 'handle').map((e) => e.handle)).toEqual(['FranceDiplo']);
    expect(runQuery(posts, { text: '"@FranceDiplo"' }, 'handle').map((e) => e.handle).sort()).toEqual(['FranceDiplo', 'FranceDiplo_EN', 'someReader']);
    expect(runQuery(posts, { text: '-@FranceDiplo' }, 'handle').map((e) => e.handle).sort()).toEqual(['FranceDiplo_EN', 'someReader']);
  });

  it('combines country, role, tone, coded, tag, platform and date filters', () => {
    const from = entries[100]!.date;
    const to = entries[300]!.date;
    const filter = { country: 'US', role: 'foreign_ministry' as const, tone: 'confrontational' as const, from, to };
    const got = runQuery(entries, filter, 'date-asc');
    const expected = entries.filter((e) => e.country === 'US' && e.role === 'foreign_ministry' && e.tone === 'confrontational' && e.date >= from && e.date <= to);
    expect(got.map((e) => e.key)).toEqual(expected.sort((x, y) => x.date - y.date).map((e) => e.key));
    expect(got.length).toBeGreaterThan(0);
    expect(runQuery(entries, { coded: 'uncoded' }, 'handle').every((e) => e.codedTone === null)).toBe(true);
    expect(runQuery(entries, { tag: 'climate' }, 'handle').every((e) => e.tags.includes('climate'))).toBe(true);
    expect(runQuery(entries, { platform: 'bluesky' }, 'handle')).toEqual([]);
  });

  it('sorts newest first by default and leaves the entries as they were', () => {
    const copy = entries.slice();
    const sorted = runQuery(entries, {}, 'firstSeen-desc');
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.firstSeen).toBeGreaterThanOrEqual(sorted[i]!.firstSeen);
    expect(entries).toEqual(copy);
  });

  it("sorts a coder's queue: the tones the model was least sure of first, then those it gave no figure for", () => {
    const sorted = runQuery(entries, {}, 'toneConfidence-asc');
    const figures = sorted.map((e) => e.toneConfidence);
    const known = figures.filter((f): f is number => f !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(known.length).toBeLessThan(figures.length);
    expect(figures.slice(0, known.length)).toEqual(known);
    for (let i = 1; i < known.length; i++) expect(known[i - 1]!).toBeLessThanOrEqual(known[i]!);
  });

  it('plans the popup query on the most selective index', () => {
    expect(planIndex({ tag: 'a', country: 'US' })).toEqual({ index: 'tags', value: 'a' });
    expect(planIndex({ country: 'US', tone: 'neutral' })).toEqual({ index: '[country+firstSeen]', value: 'US' });
    expect(planIndex({ text: 'x' })).toMatchObject({ index: 'firstSeen' });
    expect(compileFilter({})(entries[0]!)).toBe(true);
  });
});

describe('the codebook', () => {
  it('defines every tone, role and exported field', () => {
    const book = codebook();
    expect(book.tones.map((t) => t.id)).toEqual([...TONE_IDS, 'unknown']);
    expect(book.roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
    expect(book.fields.map((f) => f.name)).toEqual(FIELD_NAMES);
    const md = codebookMarkdown(new Date(0), 3, 'all posts');
    for (const name of [...FIELD_NAMES, ...ROLE_IDS, ...TONE_IDS]) expect(md).toContain(`\`${name}\``);
    expect(Object.keys(toExportObject(syntheticPost(0)))).toEqual(FIELD_NAMES);
  });
});

describe('the store operations', () => {
  const dbs: DiploLensDB[] = [];
  const freshDb = () => {
    const db = new DiploLensDB(`library-${Math.random().toString(36).slice(2)}`);
    dbs.push(db);
    return db;
  };
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('imports, merges a re-import without doubling, and exports the same data back', async () => {
    const db = freshDb();
    const posts = syntheticPosts(120);
    expect(await importPosts(db, posts, { chunkSize: 25 })).toEqual({ added: 120, merged: 0, conflicts: [] });
    expect(await importPosts(db, posts.slice(0, 50), { chunkSize: 25 })).toEqual({ added: 0, merged: 50, conflicts: [] });
    expect(await db.posts.count()).toBe(120);
    expect(await db.notes.count()).toBe(posts.reduce((n, p) => n + p.notes.length, 0));
    const out: ExportPost[] = [];
    for await (const chunk of exportChunks(db, 'all', 33)) out.push(...chunk);
    const byKey = (x: ExportPost, y: ExportPost) => (x.postId < y.postId ? -1 : 1);
    expect(comparable(out)).toEqual(comparable(posts.slice().sort(byKey)));
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual([...new Set(posts.flatMap((p) => p.tags))].sort());
  });

  it("the popup's newest-matching read agrees with the library's query", async () => {
    const db = freshDb();
    const posts = syntheticPosts(500);
    await importPosts(db, posts);
    const entries = posts.map((p) => toEntry(p));
    for (const filter of [{}, { country: 'FR' }, { tag: 'climate', tone: 'neutral' as const }, { role: 'embassy' as const, text: 'visa' }, { text: 'sao paulo' }]) {
      const got = await newestMatching(db, filter, 20);
      const want = runQuery(entries, filter, 'firstSeen-desc').slice(0, 20);
      expect(got.map((p) => p.postId)).toEqual(want.map((e) => e.postId));
    }
    expect(await distinctCountries(db)).toEqual([...new Set(posts.map((p) => p.country).filter((c): c is string => !!c))].sort());
  });

  it('an import that fails part-way writes nothing', async () => {
    const db = freshDb();
    await importPosts(db, syntheticPosts(10));
    const broken = [...syntheticPosts(40, 2, 100), { ...syntheticPost(200), postId: undefined as unknown as string }];
    await expect(importPosts(db, broken, { chunkSize: 10 })).rejects.toThrow();
    expect(await db.posts.count()).toBe(10);
    expect(await db.notes.count()).toBe(syntheticPosts(10).reduce((n, p) => n + p.notes.length, 0));
  });

  it('codes, tags, notes and deletes, and the library entries see it', async () => {
    const db = freshDb();
    await importPosts(db, syntheticPosts(30));
    const keys = (await loadLibraryEntries(db)).map((e) => e.key);
    await codePosts(db, keys.slice(0, 3), 'sarcastic', 'ana', 123);
    await tagPosts(db, keys.slice(0, 2), '  needs   review ', 124);
    await addNote(db, keys[0]!, 'A note', 125);
    await expect(tagPosts(db, keys, 'a;b')).rejects.toThrow(/;/);
    const first = (await db.posts.get(['x', keys[0]!.slice(2)]))!;
    expect(first).toMatchObject({ codedTone: 'sarcastic', codedBy: 'ana', codedAt: 123, changedAt: 125 });
    expect(first.tags).toContain('needs review');
    expect(first.tone).toBe(syntheticPost(Number(BigInt(first.postId) - 1_800_000_000_000_000_000n)).tone);
    await codePosts(db, [keys[1]!], null, 'ana', 126);
    expect(await db.posts.get(['x', keys[1]!.slice(2)])).toMatchObject({ codedTone: null, codedBy: null, codedAt: null });

    expect(await deletePosts(db, keys.slice(0, 5))).toBe(5);
    expect(await db.notes.where('[platform+postId]').equals(['x', keys[0]!.slice(2)]).count()).toBe(0);
    expect((await loadLibraryEntries(db)).length).toBe(25);

    const stateDept = await keysForScope(db, { handle: '@statedept' });
    expect(stateDept.length).toBeGreaterThan(0);
    const all = await loadLibraryEntries(db);
    expect(stateDept.sort()).toEqual(all.filter((e) => e.handle === 'StateDept').map((e) => e.key).sort());
    const mid = all.map((e) => e.firstSeen).sort((x, y) => x - y)[12]!;
    expect((await keysForScope(db, { from: mid })).length).toBe(all.filter((e) => e.firstSeen >= mid).length);

    await db.settings.put({ key: 'coder', value: 'ana' });
    await deleteEverything(db);
    expect(await db.posts.count()).toBe(0);
    expect(await db.tags.count()).toBe(0);
    expect(await db.settings.get('coder')).toEqual({ key: 'coder', value: 'ana' });
  });
});
