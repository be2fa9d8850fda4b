import { describe, expect, it } from 'vitest';
import { Directory, identifyAccount } from '../../utils/core/accounts';
import { extract, extractAccounts, isXrpcReadUrl, parseAccountEvent, parsePostEvent } from '../../utils/sites/bluesky/network';

// Shapes as Bluesky's XRPC returns them (lexicons app.bsky.actor.defs, app.bsky.feed.defs,
// app.bsky.notification.listNotifications): profile views carry did, handle, displayName and,
// in fuller views, description.
const FOREIGN_OFFICE_DID = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa';
const READER_DID = 'did:plc:bbbbbbbbbbbbbbbbbbbbbbbb';
const EMBASSY_DID = 'did:web:ke.usembassy.gov';
const foreignOfficeBasic = { did: FOREIGN_OFFICE_DID, handle: 'diplo.de', displayName: 'Auswärtiges Amt', avatar: 'https://cdn.bsky.app/img/avatar/plain/x', labels: [], viewer: { muted: false }, createdAt: '2023-09-01T00:00:00.000Z' };
const foreignOfficeDetailed = { ...foreignOfficeBasic, description: 'Das Auswärtige Amt – Federal Foreign Office of Germany.', followersCount: 12_300, followsCount: 80, postsCount: 900 };
const reader = { did: READER_DID, handle: 'newsreader.bsky.social', displayName: 'A news reader', labels: [] };
const embassy = { did: EMBASSY_DID, handle: 'ke.usembassy.gov', displayName: 'U.S. Embassy Nairobi', labels: [{ src: EMBASSY_DID, uri: 'at://x', val: '!no-unauthenticated', cts: '2024-01-01T00:00:00Z' }] };

const post = (author: object, rkey: string, embed?: object, langs: unknown = ['de']) => ({
  uri: `at://${(author as { did: string }).did}/app.bsky.feed.post/${rkey}`,
  cid: 'bafyrei',
  author,
  record: { $type: 'app.bsky.feed.post', text: 'Hello', createdAt: '2026-11-20T14:03:00.000Z', ...(langs === 'none' ? {} : { langs }) },
  ...(embed ? { embed } : {}),
  replyCount: 1,
  repostCount: 2,
  likeCount: 3,
  indexedAt: '2026-11-20T14:03:00.000Z',
  labels: [],
});

const timeline = {
  feed: [
    { post: post(foreignOfficeBasic, '3n2qqturvc223') },
    { post: post(embassy, '3n2qulokkk224'), reason: { $type: 'app.bsky.feed.defs#reasonRepost', by: reader, indexedAt: '2026-11-20T15:00:00Z' } },
    {
      post: post(reader, '3n2sqeyh32225', {
        $type: 'app.bsky.embed.record#view',
        record: { $type: 'app.bsky.embed.record#viewRecord', uri: `at://${FOREIGN_OFFICE_DID}/app.bsky.feed.post/3n2nnrivwk226`, author: foreignOfficeBasic, value: { text: 'Quoted', langs: ['de-DE', 'en'] }, indexedAt: '2026-11-19T08:30:00Z' },
      }),
    },
  ],
  cursor: '2026-11-20T14:03:00.000Z',
};

describe('extractAccounts: Bluesky XRPC responses', () => {
  it('getTimeline: authors, reposters and quoted authors, once each, keyed by DID', () => {
    const accounts = extractAccounts(timeline);
    expect(accounts.map((a) => [a.handle, a.userId]).sort()).toEqual([
      ['diplo.de', FOREIGN_OFFICE_DID],
      ['ke.usembassy.gov', EMBASSY_DID],
      ['newsreader.bsky.social', READER_DID],
    ]);
    const foreignOffice = accounts.find((a) => a.handle === 'diplo.de')!;
    expect(foreignOffice).toEqual({ platform: 'bluesky', handle: 'diplo.de', userId: FOREIGN_OFFICE_DID, name: 'Auswärtiges Amt', badge: 'none', provenDomains: ['diplo.de'] });
    expect(accounts.find((a) => a.handle === 'newsreader.bsky.social')!.provenDomains).toBeUndefined();
  });

  it('getProfile, getPostThread, searchActors, listNotifications: the fuller view (with a description) wins', () => {
    const thread = { thread: { $type: 'app.bsky.feed.defs#threadViewPost', post: post(foreignOfficeBasic, '3n2qqturvc223'), replies: [{ $type: 'app.bsky.feed.defs#threadViewPost', post: post(reader, '3n2xuo4lu222c'), replies: [] }] } };
    const notifications = { notifications: [{ uri: 'at://n', cid: 'c', author: foreignOfficeDetailed, reason: 'like', record: {}, isRead: false, indexedAt: '2026-11-20T14:03:00Z', labels: [] }] };
    for (const response of [foreignOfficeDetailed, { profiles: [foreignOfficeBasic, foreignOfficeDetailed] }, { actors: [foreignOfficeDetailed] }, notifications]) {
      const found = extractAccounts(response).find((a) => a.userId === FOREIGN_OFFICE_DID);
      expect(found?.bio).toBe('Das Auswärtige Amt – Federal Foreign Office of Germany.');
    }
    expect(extractAccounts(thread).map((a) => a.handle).sort()).toEqual(['diplo.de', 'newsreader.bsky.social']);
  });

  it('skips what is not a well-formed account: "handle.invalid", bad DIDs, non-strings, a DID without a handle', () => {
    const bad = { actors: [
      { did: READER_DID, handle: 'handle.invalid', displayName: 'Unverified' },
      { did: 'did:example:123', handle: 'ok.example.com' },
      { did: READER_DID, handle: 42 },
      { did: READER_DID },
      { did: READER_DID, handle: 'a'.repeat(300) + '.com' },
    ] };
    expect(extractAccounts(bad)).toEqual([]);
    expect(extractAccounts(null)).toEqual([]);
    expect(extractAccounts('{"did":1}')).toEqual([]);
  });

  it('bounds the work on a huge response', () => {
    const base32 = (n: number) => Array.from({ length: 4 }, (_, k) => 'abcdefghijklmnopqrstuvwxyz234567'[(n >> (5 * k)) & 31]).join('');
    const actors = Array.from({ length: 2000 }, (_, i) => ({ did: `did:plc:${'a'.repeat(20)}${base32(i)}`, handle: `user${i}.bsky.social` }));
    expect(extractAccounts({ actors: actors.slice(0, 300) })).toHaveLength(300);
    expect(extractAccounts({ actors })).toHaveLength(500);
  });
});

describe('isXrpcReadUrl: only read methods of app.bsky, on any host that serves them', () => {
  it.each([
    ['https://public.api.bsky.app/xrpc/app.bsky.feed.getTimeline?limit=30', true],
    ['https://morel.us-east.host.bsky.network/xrpc/app.bsky.feed.getAuthorFeed?actor=diplo.de', true],
    ['https://api.bsky.app/xrpc/app.bsky.actor.getProfiles?actors=a', true],
    ['https://pds.example.org/xrpc/app.bsky.notification.listNotifications', true],
    ['https://public.api.bsky.app/xrpc/app.bsky.actor.searchActors?q=embassy', true],
    ['https://public.api.bsky.app/xrpc/app.bsky.unspecced.getPostThreadV2?anchor=at://x', true],
    ['https://bsky.social/xrpc/com.atproto.server.createSession', false],
    ['https://bsky.social/xrpc/app.bsky.feed.post', false],
    ['https://bsky.social/xrpc/chat.bsky.convo.getMessages', false],
    ['http://api.bsky.app/xrpc/app.bsky.feed.getTimeline', false],
    ['https://bsky.app/profile/diplo.de', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isXrpcReadUrl(url)).toBe(expected);
  });
});

describe('parseAccountEvent: records arriving from the page world', () => {
  const valid = { platform: 'bluesky', handle: 'diplo.de', userId: FOREIGN_OFFICE_DID, name: 'Auswärtiges Amt', badge: 'none' };

  it('keeps well-formed records, deriving proven domains from the handle', () => {
    expect(parseAccountEvent(JSON.stringify([valid]))).toEqual([{ ...valid, provenDomains: ['diplo.de'] }]);
  });

  it('never takes proven domains, badges or platforms from the event', () => {
    const forged = { ...valid, handle: 'someone.bsky.social', provenDomains: ['state.gov'], badge: 'grey' };
    const [account] = parseAccountEvent(JSON.stringify([forged, { ...valid, platform: 'x' }]));
    expect(account).toEqual({ platform: 'bluesky', handle: 'someone.bsky.social', userId: FOREIGN_OFFICE_DID, name: 'Auswärtiges Amt', badge: 'none' });
    expect(parseAccountEvent(JSON.stringify([forged, { ...valid, platform: 'x' }]))).toHaveLength(1);
  });

  it('refuses what is not a JSON array of records', () => {
    for (const detail of [undefined, 42, '{}', 'not json', '[1, null, "x"]', JSON.stringify([{ ...valid, userId: 'did:evil' }]), 'x'.repeat(5_000_001)]) {
      expect(parseAccountEvent(detail)).toEqual([]);
    }
  });

  it('a DID may confirm a listed account only with its handle; another handle is a "renamed?" warning', () => {
    const directory = new Directory([
      { platform: 'bluesky', handle: 'diplo.de', userId: FOREIGN_OFFICE_DID, name: 'Federal Foreign Office', country: 'DE', org: null, role: 'foreign_ministry', host: null, source: 't', tier: 'sourced' },
    ]);
    const [same] = parseAccountEvent(JSON.stringify([valid]));
    expect(identifyAccount(same!, directory)).toMatchObject({ official: true, basis: 'directory' });
    const [moved] = parseAccountEvent(JSON.stringify([{ ...valid, handle: 'new-name.bsky.social' }]));
    expect(identifyAccount(moved!, directory)).toMatchObject({ official: false, renamed: 'diplo.de' });
    const [otherId] = parseAccountEvent(JSON.stringify([{ ...valid, userId: READER_DID }]));
    expect(identifyAccount(otherId!, directory)).toMatchObject({ official: false, renamed: 'diplo.de' });
  });
});

describe('extract: each post with its declared languages, in the same walk as the accounts', () => {
  const declared = (response: unknown) => extract(response).posts.map((p) => [p.handle, p.postId, p.langs]);

  it('getTimeline: feed items, reposted posts and quoted posts (their view record), keyed by author and record key', () => {
    expect(declared(timeline)).toEqual([
      ['diplo.de', '3n2qqturvc223', ['de']],
      ['ke.usembassy.gov', '3n2qulokkk224', ['de']],
      ['newsreader.bsky.social', '3n2sqeyh32225', ['de']],
      ['diplo.de', '3n2nnrivwk226', ['de-DE', 'en']],
    ]);
    expect(extract(timeline).posts[0]).toEqual({ platform: 'bluesky', handle: 'diplo.de', postId: '3n2qqturvc223', langs: ['de'] });
    expect(extract(timeline).accounts).toEqual(extractAccounts(timeline));
  });

  it('threads, search results and notifications; a like notification is no post', () => {
    const thread = { thread: { $type: 'app.bsky.feed.defs#threadViewPost', post: post(foreignOfficeBasic, '3n2qqturvc223', undefined, ['es']), replies: [{ post: post(reader, '3n2xuo4lu222c', undefined, 'none') }] } };
    expect(declared(thread).sort()).toEqual([
      ['diplo.de', '3n2qqturvc223', ['es']],
      ['newsreader.bsky.social', '3n2xuo4lu222c', []],
    ]);
    expect(declared({ posts: [post(embassy, '3n2qulokkk224', undefined, ['en-US'])], hitsTotal: 1 })).toEqual([['ke.usembassy.gov', '3n2qulokkk224', ['en-US']]]);
    const notifications = { notifications: [
      { uri: `at://${READER_DID}/app.bsky.feed.post/3n2xuo4lu222d`, cid: 'c', author: reader, reason: 'reply', record: { $type: 'app.bsky.feed.post', text: 'Thanks!', langs: ['fr'] }, isRead: false, indexedAt: '2026-11-20T14:03:00Z', labels: [] },
      { uri: `at://${READER_DID}/app.bsky.feed.like/3n2xuo4lu222e`, cid: 'c', author: reader, reason: 'like', record: { $type: 'app.bsky.feed.like' }, isRead: false, indexedAt: '2026-11-20T14:03:00Z', labels: [] },
    ] };
    expect(declared(notifications)).toEqual([['newsreader.bsky.social', '3n2xuo4lu222d', ['fr']]]);
  });

  it('skips a post whose URI is not in its author’s repository, or whose languages are malformed', () => {
    const elsewhere = { ...post(foreignOfficeBasic, '3n2qqturvc223'), uri: `at://${READER_DID}/app.bsky.feed.post/3n2qqturvc223` };
    expect(declared({ feed: [{ post: elsewhere }] })).toEqual([]);
    for (const langs of ['de', [1], ['english'], ['de', 'en', 'fr', 'es'], [null], {}]) expect(declared({ feed: [{ post: post(foreignOfficeBasic, '3n2qqturvc223', undefined, langs) }] })).toEqual([]);
    // The account is still read from the post whose languages were refused.
    expect(extract({ feed: [{ post: post(foreignOfficeBasic, '3n2qqturvc223', undefined, ['x'.repeat(40)]) }] }).accounts).toHaveLength(1);
  });

  it('bounds the posts of a huge response, and still finds its accounts', () => {
    const many = { feed: Array.from({ length: 2_000 }, (_, i) => ({ post: post(i % 2 ? reader : foreignOfficeBasic, `3n2qqturv${String(i).padStart(4, '2')}`) })) };
    const found = extract(many);
    expect(found.posts).toHaveLength(500);
    expect(found.accounts.map((a) => a.handle).sort()).toEqual(['diplo.de', 'newsreader.bsky.social']);
  });
});

describe('parsePostEvent: post records arriving from the page world', () => {
  const valid = { platform: 'bluesky', handle: 'diplo.de', postId: '3n2qqturvc223', langs: ['es'] };
  const event = (records: unknown[]) => JSON.stringify(records);

  it('keeps well-formed records, rebuilt from their fields (handles lower-cased, nothing else kept)', () => {
    expect(parsePostEvent(event([{ ...valid, handle: 'Diplo.DE', text: 'injected', lang: 'ru' }]))).toEqual([valid]);
    expect(parsePostEvent(event([{ ...valid, langs: [] }, { ...valid, postId: '3n2qqturvc224', langs: ['zh-Hant-TW', 'en', 'sr-Latn'] }]))).toHaveLength(2);
  });

  it('refuses bad tags, more than 3 of them, wrong types, bad handles and record keys, another platform', () => {
    const refused = [
      { ...valid, langs: ['español'] },
      { ...valid, langs: ['<img src=x onerror=alert(1)>'] },
      { ...valid, langs: ['en_US'] },
      { ...valid, langs: ['e'] },
      { ...valid, langs: ['en-' + 'a'.repeat(40)] },
      { ...valid, langs: ['en', 'es', 'fr', 'de'] },
      { ...valid, langs: Array.from({ length: 100_000 }, () => 'en') },
      { ...valid, langs: 'es' },
      { ...valid, langs: [42] },
      { ...valid, langs: [['es']] },
      { ...valid, langs: null },
      { ...valid, handle: 'handle.invalid' },
      { ...valid, handle: 'not a handle' },
      { ...valid, handle: 7 },
      { ...valid, postId: '../../profile' },
      { ...valid, postId: 'x'.repeat(600) },
      { ...valid, postId: 3 },
      { ...valid, platform: 'x' },
      null,
      'diplo.de',
    ];
    for (const record of refused) expect(parsePostEvent(event([record])), JSON.stringify(record)?.slice(0, 80)).toEqual([]);
    for (const detail of [undefined, 42, '{}', 'not json', { ...valid }, 'x'.repeat(5_000_001)]) expect(parsePostEvent(detail)).toEqual([]);
  });

  it('caps the records of one event', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({ ...valid, postId: `3n2qqturv${String(i).padStart(4, '2')}` }));
    expect(parsePostEvent(event(many))).toHaveLength(500);
  });
});
