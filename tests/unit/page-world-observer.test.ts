// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blueskyNetwork, parsePostEvent } from '../../utils/sites/bluesky/network';
import { pageWorldEvents } from '../../utils/sites/page-world-events';
import { observePageNetwork } from '../../utils/sites/page-world-observer';

const DID = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa';
const author = { did: DID, handle: 'diplo.de', displayName: 'Auswärtiges Amt' };
const timeline = {
  feed: [
    { post: { uri: `at://${DID}/app.bsky.feed.post/3n2qqturvc223`, cid: 'c', author, record: { text: 'Hola', langs: ['es'] }, indexedAt: '2026-11-20T14:03:00Z' } },
    { post: { uri: `at://${DID}/app.bsky.feed.post/3n2qqturvc224`, cid: 'c', author, record: { text: 'Hallo' }, indexedAt: '2026-11-20T14:03:00Z' } },
  ],
};

describe("the page-world observer on Bluesky: posts' declared languages", () => {
  it('hands each post record on before the page renders what it fetched, and again when asked', async () => {
    const events = pageWorldEvents('bluesky');
    const api = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getTimeline?limit=30';
    window.fetch = (async () => new Response(JSON.stringify(timeline), { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
    observePageNetwork('bluesky', blueskyNetwork);
    const received: string[] = [];
    const accounts: string[] = [];
    window.addEventListener(events.posts, (e) => received.push((e as CustomEvent).detail));
    window.addEventListener(events.accounts, (e) => accounts.push((e as CustomEvent).detail));

    // The page's own read of the response, as the app's XRPC client does it.
    const seenWhenRendered = await window.fetch(api).then((r) => r.json()).then(() => received.length);
    expect(seenWhenRendered).toBe(1);
    expect(parsePostEvent(received[0])).toEqual([
      { platform: 'bluesky', handle: 'diplo.de', postId: '3n2qqturvc223', langs: ['es'] },
      { platform: 'bluesky', handle: 'diplo.de', postId: '3n2qqturvc224', langs: [] },
    ]);
    expect(accounts).toHaveLength(1);

    // A content script that starts later asks for what was seen.
    window.dispatchEvent(new CustomEvent(events.replay));
    expect(received).toHaveLength(2);
    expect(parsePostEvent(received[1])).toEqual(parsePostEvent(received[0]));
    // Another method than an app.bsky read is not looked at.
    await window.fetch('https://bsky.social/xrpc/com.atproto.server.getSession').then((r) => r.json());
    expect(received).toHaveLength(2);
  });
});
