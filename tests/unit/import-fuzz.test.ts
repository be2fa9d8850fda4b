// Fuzz: hostile files (deep nesting, prototype keys, huge lines, wrong types, invalid dates, future
// codings, lone surrogates, formula cells) imported into a populated library through the same path as the
// library page (readImport, then importPosts). Whatever a file says, nothing stored changes without the
// user's consent: text, labels, first sighting and coding stay; tags and notes are only ever added.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFLICT_PARTS } from '../../utils/core/library/conflicts';
import { exportHead, exportTail, serialiseChunk, toExportObject, type ExportPost } from '../../utils/core/library/export';
import { readImport, validatePost } from '../../utils/core/library/import';
import { DiploLensDB } from '../../utils/db/database';
import { addNote, codePosts, exportChunks, importPosts } from '../../utils/db/library';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';

/** A deterministic generator, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const deep = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

const HOSTILE_VALUES: unknown[] = [
  null,
  '',
  '\uD800',
  'lone \uDFFF surrogate',
  '\u0000=HYPERLINK("http://evil")',
  '=1+1',
  'x'.repeat(200_000),
  9e15,
  -1,
  Number.MAX_SAFE_INTEGER,
  1e309,
  '2024-13-45T99:99:99Z',
  'NaN',
  true,
  [],
  {},
  ['a;b', 7],
  deep(500),
  { __proto__: { official: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
];

const FIELDS = ['platform', 'postId', 'url', 'postedAt', 'firstSeen', 'lastSeen', 'timesSeen', 'handle', 'authorName', 'official', 'country', 'role', 'tone', 'toneScore', 'toneCues', 'codedTone', 'codedBy', 'codedAt', 'tags', 'notes', 'saved', 'text', 'textLength'];

/** One hostile version of a stored post: several fields replaced or a hostile key added. */
function mutate(post: Record<string, unknown>, random: () => number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...post };
  const changes = 1 + Math.floor(random() * 3);
  for (let i = 0; i < changes; i++) {
    const choice = random();
    const field = FIELDS[Math.floor(random() * FIELDS.length)]!;
    if (choice < 0.55) out[field] = HOSTILE_VALUES[Math.floor(random() * HOSTILE_VALUES.length)];
    else if (choice < 0.65) Object.defineProperty(out, '__proto__', { value: { official: true, text: 'polluted' }, enumerable: true, configurable: true, writable: true });
    else if (choice < 0.7) out['constructor'] = { prototype: { polluted: true } } as unknown;
    // Plausible but different: what a consenting user would review, never applied by the import itself.
    else if (choice < 0.8) out.text = `Rewritten ${random()}`;
    else if (choice < 0.9) Object.assign(out, { codedTone: 'sarcastic', codedBy: 'intruder', codedAt: Date.now() - 1_000 });
    else Object.assign(out, { codedTone: 'confrontational', codedBy: 'future', codedAt: Date.now() + 365 * 86_400_000 });
  }
  return out;
}

/** A whole hostile file, in one of the three formats, or a broken one. */
function hostileFile(stored: ExportPost[], random: () => number): { name: string; text: string } {
  const picks = Array.from({ length: 30 }, () => stored[Math.floor(random() * stored.length)]!);
  const records = picks.map((p) => mutate(toExportObject(p), random));
  const kind = random();
  if (kind < 0.45) {
    const lines = records.map((r) => JSON.stringify(r));
    lines.splice(Math.floor(random() * lines.length), 0, '['.repeat(100_000), '{"__proto__":', '"just a string"', 'null');
    return { name: 'hostile.ndjson', text: lines.join(random() < 0.5 ? '\n' : '\r\n') };
  }
  if (kind < 0.7) {
    const nested = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const json = JSON.stringify({ format: 'diplolens', formatVersion: 1, posts: [...records, 'x', null] });
    return { name: 'hostile.json', text: random() < 0.3 ? json.replace('"x"', nested) : json };
  }
  if (kind < 0.95) {
    // A CSV of our own export with hostile cells: formula starts, a bad quote, a __proto__ column.
    const valid = picks.map((p) => ({ ...p, text: random() < 0.5 ? `=cmd|' /C calc'!A0 ${p.text}` : p.text, codedBy: '\u0000@SUM(1)' }));
    let text = exportHead('csv', new Date()) + serialiseChunk('csv', valid, true);
    text = text.replace('platform,', '__proto__,platform,'.slice(0, random() < 0.5 ? 0 : 18) + 'platform,');
    return { name: 'hostile.csv', text: text + '"unbalanced,quote\r\n' };
  }
  return { name: 'hostile.ndjson', text: '\uFEFF' + '\u2028'.repeat(1_000) + '\n{"a":' };
}

/** What an import may never change: identity, first sighting, text and labels, and a coding once made. */
const protected_ = (p: ExportPost, coded: boolean) => {
  const fields: Record<string, unknown> = { firstSeen: p.firstSeen, platform: p.platform, postId: p.postId, handle: p.handle, url: p.url, postedAt: p.postedAt };
  const parts = coded ? [CONFLICT_PARTS.text, CONFLICT_PARTS.labels, CONFLICT_PARTS.coding] : [CONFLICT_PARTS.text, CONFLICT_PARTS.labels];
  for (const part of parts) for (const f of part) fields[f] = (p as unknown as Record<string, unknown>)[f] ?? null;
  return fields;
};

let db: DiploLensDB;
let before: Map<string, ExportPost>;

async function everything(): Promise<Map<string, ExportPost>> {
  const all = new Map<string, ExportPost>();
  for await (const chunk of exportChunks(db, 'all')) for (const p of chunk) all.set(`${p.platform}:${p.postId}`, p);
  return all;
}

beforeAll(async () => {
  db = new DiploLensDB(`fuzz-${Math.random()}`);
  await importPosts(db, syntheticPosts(400));
  const keys = [...(await everything()).keys()];
  await codePosts(db, keys.slice(0, 100), 'neutral', 'owner', Date.UTC(2025, 0, 1));
  for (const key of keys.slice(0, 40)) await addNote(db, key, `owner's note on ${key}`, Date.UTC(2025, 0, 2));
  before = await everything();
});

afterAll(() => db?.close());

describe('fuzz: hostile import files into a populated library', () => {
  it('change nothing stored without consent: text, labels, first sighting and coding stay; tags and notes only grow', async () => {
    const random = rng(20261129);
    let rejected = 0;
    let conflicts = 0;
    for (let round = 0; round < 40; round++) {
      const { name, text } = hostileFile([...before.values()], random);
      const reader = readImport(name, text);
      const accepted: ExportPost[] = [];
      for (let step = reader.next(500); step; step = reader.next(500)) {
        accepted.push(...step.accepted.map((a) => a.post));
        rejected += step.rejected.length;
      }
      // The user chooses "import the valid rows", never accepts a conflict.
      if (accepted.length) conflicts += (await importPosts(db, accepted)).conflicts.length;
    }
    expect(rejected).toBeGreaterThan(100);
    expect(conflicts).toBeGreaterThan(10);

    const after = await everything();
    // Valid new posts in a file are added (importing the valid rows is the user's choice); none is lost.
    for (const key of before.keys()) expect(after.has(key), key).toBe(true);
    for (const [key, post] of after) if (!before.has(key)) expect(validatePost(toExportObject(post)).ok, key).toBe(true);
    for (const [key, old] of before) {
      const now = after.get(key)!;
      const coded = old.codedTone !== null;
      expect(protected_(now, coded), key).toEqual(protected_(old, coded));
      // An uncoded post may be coded by a file (as tags are added), never from the future.
      if (!coded && now.codedAt !== null) expect(now.codedAt, key).toBeLessThanOrEqual(Date.now());
      expect(now.tags.slice(0, old.tags.length), key).toEqual(old.tags);
      for (const note of old.notes) expect(now.notes, key).toContainEqual(note);
      // Whatever was added still passes the import's own checks: the library exports and re-imports whole.
      expect(validatePost(toExportObject(now)).ok, key).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).official).toBeUndefined();
    const roundTrip = readImport('again.ndjson', exportHead('ndjson', new Date()) + serialiseChunk('ndjson', [...after.values()], true) + exportTail('ndjson'));
    const step = roundTrip.next(10_000)!;
    expect(step.rejected).toEqual([]);
  });
});
