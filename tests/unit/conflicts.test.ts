// The review of import conflicts: an import keeps what is stored and lists where the file says otherwise;
// only the parts the user accepts are written, and nothing else.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../utils/core/library/import';
import { DiploLensDB } from '../../utils/db/database';
import { acceptConflicts, codePosts, importPosts } from '../../utils/db/library';
import { syntheticPost } from '../../scripts/bench/synthetic-posts';

let db: DiploLensDB;
afterEach(() => db?.close());

const stored = { ...syntheticPost(1), official: true, country: 'FR', role: 'embassy' as const, tone: 'neutral' as const, codedTone: 'neutral' as const, codedBy: 'me', codedAt: Date.UTC(2025, 0, 2), notes: [] };
const other = { ...syntheticPost(2), notes: [] };
const incoming = {
  ...stored,
  text: 'x'.repeat(MAX_TEXT_LENGTH),
  textLength: MAX_TEXT_LENGTH + 10,
  country: 'DE',
  tone: 'sarcastic' as const,
  toneScore: -0.3,
  codedTone: 'confrontational' as const,
  codedBy: 'them',
  codedAt: Date.UTC(2025, 5, 1),
};
const key = `x:${stored.postId}`;

async function withConflict() {
  db = new DiploLensDB(`conflicts-${Math.random()}`);
  await importPosts(db, [stored, other]);
  const before = await db.posts.toArray();
  const { conflicts } = await importPosts(db, [incoming, { ...other, tags: ['new'] }]);
  return { before, conflicts };
}

describe('conflict review', () => {
  it('lists each conflicting part with the stored and the incoming side', async () => {
    const { conflicts } = await withConflict();
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict!.key).toBe(key);
    expect(conflict!.parts).toEqual(['text', 'labels', 'coding']);
    expect(conflict!.stored).toMatchObject({ text: stored.text, textLength: null, country: 'FR', tone: 'neutral', codedTone: 'neutral', codedBy: 'me' });
    expect(conflict!.incoming).toMatchObject({ textLength: MAX_TEXT_LENGTH + 10, country: 'DE', tone: 'sarcastic', codedTone: 'confrontational', codedBy: 'them' });
    // Nothing of it was written: keep stored is the default.
    expect(await db.posts.get(['x', stored.postId])).toMatchObject({ text: stored.text, country: 'FR', codedBy: 'me' });
  });

  it('writes only the accepted parts, and nothing when nothing is accepted', async () => {
    const { conflicts } = await withConflict();
    const untouched = await db.posts.get(['x', stored.postId]);
    expect(await acceptConflicts(db, [{ conflict: conflicts[0]!, parts: [] }])).toEqual({ written: 0, stale: 0 });
    expect(await db.posts.get(['x', stored.postId])).toEqual(untouched);

    expect(await acceptConflicts(db, [{ conflict: conflicts[0]!, parts: ['coding', 'text'] }])).toEqual({ written: 1, stale: 0 });
    const after = (await db.posts.get(['x', stored.postId]))!;
    expect(after).toMatchObject({ text: incoming.text, textLength: MAX_TEXT_LENGTH + 10, codedTone: 'confrontational', codedBy: 'them', codedAt: incoming.codedAt });
    // Labels were not accepted: the stored ones stay, and so does everything outside the conflict.
    expect(after).toMatchObject({ country: 'FR', tone: 'neutral', toneScore: untouched!.toneScore, firstSeen: untouched!.firstSeen, tags: untouched!.tags });
    const { changedAt: _a, ...otherNow } = (await db.posts.get(['x', other.postId]))!;
    expect(otherNow.tags).toEqual([...other.tags, 'new']);
  });

  it("takes the incoming labels whole: a tone without the model's figure leaves none stored, not a null", async () => {
    db = new DiploLensDB(`conflicts-${Math.random()}`);
    expect(stored.toneConfidence).toBeTypeOf('number');
    await importPosts(db, [stored]);
    const { toneConfidence: _none, ...fromWordList } = { ...stored, country: 'DE', tone: 'cooperative' as const };
    const { conflicts } = await importPosts(db, [fromWordList]);
    expect(conflicts[0]!.parts).toEqual(['labels']);
    expect(await acceptConflicts(db, [{ conflict: conflicts[0]!, parts: ['labels'] }])).toEqual({ written: 1, stale: 0 });
    const after = (await db.posts.get(['x', stored.postId]))!;
    expect(after).toMatchObject({ country: 'DE', tone: 'cooperative' });
    expect('toneConfidence' in after).toBe(false);
  });

  it('leaves a post that changed since the import as it is', async () => {
    const { conflicts } = await withConflict();
    await codePosts(db, [key], 'cooperative', 'me');
    expect(await acceptConflicts(db, [{ conflict: conflicts[0]!, parts: ['text', 'labels', 'coding'] }])).toEqual({ written: 0, stale: 1 });
    expect(await db.posts.get(['x', stored.postId])).toMatchObject({ text: stored.text, country: 'FR', codedTone: 'cooperative' });
  });
});
