import { describe, expect, it } from 'vitest';
import { extractAccounts, isMastodonApiUrl, parseAccountEvent, plainNote } from '../../utils/sites/mastodon/network';
import { AccountMemory } from '../../utils/content/account-memory';
import { inferAccount } from '../../utils/core/accounts/infer';
import { apiAccount, apiStatus } from '../../scripts/demo/mastodon-markup';

const HOST = 'mastodon.example';
const aa = apiAccount({
  acct: 'AuswaertigesAmt@social.bund.de',
  name: 'Auswärtiges Amt',
  bio: 'Hier twittert das Auswärtige Amt.',
  uri: 'https://social.bund.de/users/AuswaertigesAmt',
  fields: [{ name: 'Website', url: 'https://www.auswaertiges-amt.de/', verified: true }, { name: 'Blog', url: 'https://blog.example.org/' }],
});
const localReader = apiAccount({ acct: 'reader', name: 'A Reader', uri: `https://${HOST}/users/reader` });
const mirror = apiAccount({ acct: 'usembassy_mirror@bridge.example', name: 'U.S. Embassy Berlin', bio: 'Official account of the U.S. Embassy in Germany.', uri: 'https://bridge.example/users/usembassy_mirror', bot: true });

describe('Mastodon API responses', () => {
  it('reads accounts from a timeline: statuses, their boosts, deduplicated; local accounts get the host', () => {
    const timeline = [apiStatus({ id: '1', text: 'x', account: aa }), apiStatus({ id: '2', text: 'y', account: localReader, reblog: apiStatus({ id: '3', text: 'z', account: aa }) })];
    const accounts = extractAccounts(timeline, HOST);
    expect(accounts.map((a) => a.handle)).toEqual(['AuswaertigesAmt@social.bund.de', 'reader@mastodon.example']);
    expect(accounts[0]).toEqual({
      platform: 'mastodon',
      handle: 'AuswaertigesAmt@social.bund.de',
      badge: 'none',
      userId: 'https://social.bund.de/users/AuswaertigesAmt',
      name: 'Auswärtiges Amt',
      bio: 'Hier twittert das Auswärtige Amt.',
      provenDomains: ['social.bund.de', 'auswaertiges-amt.de'],
    });
  });

  it('reads a single account, search results and notifications alike', () => {
    expect(extractAccounts(aa, HOST)).toHaveLength(1);
    expect(extractAccounts({ accounts: [aa], statuses: [apiStatus({ id: '1', text: 'x', account: localReader })], hashtags: [] }, HOST)).toHaveLength(2);
    expect(extractAccounts([{ id: '9', type: 'mention', account: localReader, status: apiStatus({ id: '1', text: 'x', account: aa }) }], HOST)).toHaveLength(2);
  });

  it('marks bots and groups, and inference never calls them official', () => {
    const [bot] = extractAccounts(mirror, HOST);
    expect(bot!.accountType).toBe('bot');
    expect(inferAccount({ ...bot!, accountType: undefined }).official).toBe(true);
    expect(inferAccount(bot!)).toMatchObject({ official: false, basis: 'inferred' });
    const [group] = extractAccounts({ ...mirror, bot: false, group: true }, HOST);
    expect(group!.accountType).toBe('group');
    expect(inferAccount(group!).official).toBe(false);
  });

  it('bios are read as text; an unverified link is no proof', () => {
    expect(plainNote('<p>Hello &amp; <a href="https://x">welcome</a></p><p>Line<br>two</p>')).toBe('Hello & welcome Line two');
    const [reader] = extractAccounts(apiAccount({ acct: 'r@a.example', name: 'R', uri: 'https://a.example/users/r', fields: [{ name: 'w', url: 'https://diplo.de/' }] }), HOST);
    expect(reader!.provenDomains).toEqual(['a.example']);
  });

  it('skips shapes that are not accounts and bounds hostile payloads', () => {
    expect(extractAccounts({ acct: 'x', username: 'x' }, HOST)).toEqual([]);
    expect(extractAccounts({ acct: 'bad handle', username: 'x', uri: 'https://a.example/u' }, HOST)).toEqual([]);
    const many = Array.from({ length: 2_000 }, (_, i) => apiAccount({ acct: `u${i}@a.example`, name: 'n', uri: `https://a.example/users/u${i}` }));
    expect(extractAccounts(many, HOST).length).toBeLessThanOrEqual(500);
  });

  it('reads only the instance API paths of the page origin', () => {
    const origin = `https://${HOST}`;
    for (const url of ['/api/v1/timelines/home?limit=20', '/api/v1/statuses/1/context', '/api/v1/accounts/5', '/api/v1/accounts/5/statuses', '/api/v2/search?q=x', '/api/v1/notifications', `${origin}/api/v1/timelines/public`]) {
      expect(isMastodonApiUrl(url, origin), url).toBe(true);
    }
    for (const url of ['/api/v1/instance', '/api/v2/media', 'https://other.example/api/v1/timelines/home', '/home', 'javascript:1']) expect(isMastodonApiUrl(url, origin), url).toBe(false);
  });
});

describe('records from the page world are validated', () => {
  const event = (records: unknown) => JSON.stringify(records);
  const good = { platform: 'mastodon', handle: 'AuswaertigesAmt@social.bund.de', userId: 'https://social.bund.de/users/AuswaertigesAmt', provenDomains: ['social.bund.de', 'auswaertiges-amt.de'], name: 'AA' };

  it('accepts what the observer sends', () => {
    expect(parseAccountEvent(event([good]))).toEqual([{ ...good, badge: 'none' }]);
  });

  it('refuses forged proofs and bad shapes', () => {
    // A record may speak only for its own handle: its home domain must be the handle's.
    expect(parseAccountEvent(event([{ ...good, handle: 'fake@evil.example' }]))).toEqual([]);
    expect(parseAccountEvent(event([{ ...good, provenDomains: ['social.bund.de', 'not a host'] }]))).toEqual([]);
    expect(parseAccountEvent(event([{ ...good, platform: 'x' }, { ...good, handle: '<img onerror=1>' }, null, 5]))).toEqual([]);
    expect(parseAccountEvent(event([{ ...good, userId: 'javascript:alert(1)' }]))[0]!.userId).toBeUndefined();
    expect(parseAccountEvent('{not json')).toEqual([]);
    expect(parseAccountEvent({})).toEqual([]);
  });

  it('account memory adds proofs up and keeps the type, so later posts carry them', () => {
    const memory = new AccountMemory();
    expect(memory.learn({ platform: 'mastodon', handle: 'a@b.example', provenDomains: ['b.example', 'gov.example'], accountType: 'bot' })).toBe(true);
    expect(memory.learn({ platform: 'mastodon', handle: 'a@b.example', provenDomains: ['b.example'] })).toBe(false);
    expect(memory.complete({ platform: 'mastodon', handle: 'A@b.example', name: 'A' })).toMatchObject({ provenDomains: ['b.example', 'gov.example'], accountType: 'bot' });
  });
});
