import { describe, expect, it } from 'vitest';
import { exportHead, exportTail, serialiseChunk, type ExportFormat, type ExportPost } from '../../utils/core/library/export';
import { readImport } from '../../utils/core/library/import';
import { compileFilter, parseSearch, toEntry } from '../../utils/core/library/query';
import { syntheticPost } from '../../scripts/bench/synthetic-posts';

// A Mastodon post as the content script records it: a user@domain handle, the account URI,
// and the instance-qualified id of the permalink it was seen at.
const mastodonPost: ExportPost = {
  ...syntheticPost(1),
  platform: 'mastodon',
  postId: 'mastodon.social/113500000000000001',
  url: 'https://mastodon.social/@AuswaertigesAmt@social.bund.de/113500000000000001',
  handle: 'AuswaertigesAmt@social.bund.de',
  userId: 'https://social.bund.de/users/AuswaertigesAmt',
  authorName: 'Auswärtiges Amt',
};

function roundTrip(format: ExportFormat, posts: ExportPost[]): ExportPost[] {
  const text = exportHead(format, new Date('2026-11-29T00:00:00Z')) + serialiseChunk(format, posts, true) + exportTail(format);
  const reader = readImport(`export.${format}`, text);
  const out: ExportPost[] = [];
  for (let batch = reader.next(100); batch; batch = reader.next(100)) {
    expect(batch.rejected).toEqual([]);
    out.push(...batch.accepted.map((a) => a.post));
  }
  return out;
}

describe('Mastodon posts in the library', () => {
  for (const format of ['ndjson', 'csv', 'json'] as const) {
    it(`export and import keep a Mastodon post whole (${format})`, () => {
      const [back] = roundTrip(format, [mastodonPost, syntheticPost(2)]);
      expect(back).toMatchObject({ platform: 'mastodon', postId: mastodonPost.postId, url: mastodonPost.url, handle: mastodonPost.handle, userId: mastodonPost.userId, authorName: 'Auswärtiges Amt' });
    });
  }

  it('the platform filter and @handle search find it', () => {
    const entries = [mastodonPost, syntheticPost(2)].map((p) => toEntry(p as Parameters<typeof toEntry>[0]));
    const onlyMastodon = compileFilter({ platform: 'mastodon' } as Parameters<typeof compileFilter>[0]);
    expect(entries.filter(onlyMastodon).map((e) => e.postId)).toEqual([mastodonPost.postId]);
    // A bare @user@domain is that account, as @handle is on X.
    expect(parseSearch('@AuswaertigesAmt@Social.Bund.de').accounts).toEqual(['auswaertigesamt@social.bund.de']);
    const byHandle = compileFilter({ text: '@AuswaertigesAmt@social.bund.de' } as Parameters<typeof compileFilter>[0]);
    expect(entries.filter(byHandle).map((e) => e.postId)).toEqual([mastodonPost.postId]);
  });
});
