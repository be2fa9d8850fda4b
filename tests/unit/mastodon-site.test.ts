// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mastodon, MASTODON_SELECTORS as S } from '../../utils/sites/mastodon/index';
import { accountOfLink, normalizeInstanceHost, parseMastodonLink, postIdOf, surfaceOf, timeOfStatusId } from '../../utils/sites/mastodon/urls';
import { verifiedLinkHosts } from '../../utils/sites/mastodon/read';
import { GOVERNMENT_INSTANCES } from '../../utils/sites/mastodon/government-instances';
import { governmentDomainOf } from '../../utils/core/accounts/government-domains';
import { identifyAccount } from '../../utils/core/accounts';
import { accountCell, detailedStatus, hoverCard, profileHeader, profileHeaderRedesign, SOURCES, statusArticle, timelinePage, type MastodonPost } from '../../scripts/demo/mastodon-markup';

const aa = { acct: 'AuswaertigesAmt@social.bund.de', name: 'Auswärtiges Amt', bio: 'Hier twittert das Auswärtige Amt.', fields: [{ name: 'Website', url: 'https://www.auswaertiges-amt.de/', verified: true }, { name: 'Blog', url: 'https://blog.example.org/' }] };
const local = { acct: 'reader', name: 'A Reader' };
const post: MastodonPost = { id: '113500000000000001', account: aa, text: 'Wir begrüßen die Einigung.\n\nDanke an alle Partner.', lang: 'de' };

const first = (html: string, selector: string = S.post) => {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
};

describe('Mastodon selectors against the web UI markup', () => {
  beforeAll(() => {
    // The page is an instance's: local accounts get its host.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://mastodon.example/home');
  });
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('fixtures name the component and commit they follow', () => {
    for (const source of Object.values(SOURCES)) expect(source).toMatch(/^app\/javascript\/mastodon\/.+ @[0-9a-f]{40}$/);
    expect(statusArticle(post)).toContain(`<!-- mastodon/mastodon ${SOURCES.status} -->`);
  });

  it('post: every status in a timeline, and a detailed status', () => {
    document.body.innerHTML = timelinePage([post, { ...post, id: '2', account: local }]) + detailedStatus({ ...post, id: '3' });
    expect(document.querySelectorAll(S.post)).toHaveLength(3);
  });

  it('authorLink, displayName, permalink, time and postText: a remote author, the post id, url, time, text and language', () => {
    const [seen] = mastodon.readPosts(first(statusArticle(post)));
    expect(seen).toMatchObject({
      platform: 'mastodon',
      postId: 'mastodon.example/113500000000000001',
      url: 'https://mastodon.example/@AuswaertigesAmt@social.bund.de/113500000000000001',
      postedAt: '2026-11-20T14:03:00.000Z',
      lang: 'de',
      isQuote: false,
      author: { platform: 'mastodon', handle: 'AuswaertigesAmt@social.bund.de', name: 'Auswärtiges Amt', provenDomains: ['social.bund.de'] },
    });
    expect(seen!.text).toBe('Wir begrüßen die Einigung.Danke an alle Partner.');
    expect(seen!.badgeSlot.matches('.display-name bdi, bdi')).toBe(true);
  });

  it('a local account gets the instance host appended', () => {
    const [seen] = mastodon.readPosts(first(statusArticle({ ...post, account: local })));
    expect(seen!.author.handle).toBe('reader@mastodon.example');
    expect(seen!.author.provenDomains).toEqual(['mastodon.example']);
  });

  it('a display name that claims a handle never becomes the handle', () => {
    const [seen] = mastodon.readPosts(first(statusArticle({ ...post, account: { acct: 'impostor@evil.example', name: '@AuswaertigesAmt@social.bund.de' } })));
    expect(seen!.author.handle).toBe('impostor@evil.example');
  });

  it('a boost is badged for the original author, not the booster', () => {
    const [seen, ...rest] = mastodon.readPosts(first(statusArticle({ ...post, boostedBy: 'reader' })));
    expect(rest).toHaveLength(0);
    expect(seen!.author.handle).toBe('AuswaertigesAmt@social.bund.de');
  });

  it('quote: the quoted post is read on its own, with its own author, text and container', () => {
    const quoting: MastodonPost = { id: '10', account: local, text: 'Worth reading.', quote: { ...post, id: '11' } };
    const [outer, inner] = mastodon.readPosts(first(statusArticle(quoting)));
    expect(outer).toMatchObject({ isQuote: false, postId: 'mastodon.example/10', text: 'Worth reading.', author: { handle: 'reader@mastodon.example' } });
    expect(inner).toMatchObject({ isQuote: true, postId: 'mastodon.example/11', author: { handle: 'AuswaertigesAmt@social.bund.de' } });
    expect(inner!.container.matches(S.quote)).toBe(true);
    expect(outer!.container.contains(inner!.container)).toBe(true);
  });

  it('detailed status: the permalink comes from the date link, the time from the id (no <time> there)', () => {
    const [seen] = mastodon.readPosts(first(detailedStatus(post)));
    expect(seen).toMatchObject({ postId: 'mastodon.example/113500000000000001', author: { handle: 'AuswaertigesAmt@social.bund.de' } });
    expect(seen!.postedAt).toBe(timeOfStatusId('113500000000000001'));
    expect(seen!.postedAt).toMatch(/^2024-11-17T/);
  });

  it("timeOfStatusId: a status id holds its creation time in milliseconds, shifted 16 bits", () => {
    const at = Date.UTC(2026, 10, 20, 14, 3, 0, 123);
    expect(timeOfStatusId(String((BigInt(at) << 16n) + 4321n))).toBe('2026-11-20T14:03:00.123Z');
    // Ids from before Mastodon 2.0 were counters; an id in the future is no time either.
    expect(timeOfStatusId('123456')).toBeNull();
    expect(timeOfStatusId(String(BigInt(Date.now() + 10 * 86_400_000) << 16n))).toBeNull();
    expect(timeOfStatusId('not an id')).toBeNull();
  });

  it('profileHeader, profileBio, verifiedFieldLink: handle, name, bio and the verified link host only', () => {
    const seen = mastodon.readAccount(first(profileHeader(aa, "mastodon.example"), mastodon.accountSelector));
    expect(seen).toMatchObject({
      kind: 'profile-header',
      account: { handle: 'AuswaertigesAmt@social.bund.de', name: 'Auswärtiges Amt', bio: 'Hier twittert das Auswärtige Amt.', provenDomains: ['social.bund.de', 'auswaertiges-amt.de'] },
    });
  });

  it('the newer header: handle from the handle button, verified link from the check icon', () => {
    const seen = mastodon.readAccount(first(profileHeaderRedesign(aa, 'mastodon.example'), mastodon.accountSelector));
    expect(seen!.account).toMatchObject({ handle: 'AuswaertigesAmt@social.bund.de', name: 'Auswärtiges Amt', provenDomains: ['social.bund.de', 'auswaertiges-amt.de'] });
  });

  it('a profile whose name is a handle is read by its handle line', () => {
    const seen = mastodon.readAccount(first(profileHeader({ acct: 'fake', name: '@AuswaertigesAmt@social.bund.de' }, 'mastodon.example'), mastodon.accountSelector));
    expect(seen!.account.handle).toBe('fake@mastodon.example');
  });

  it('verifiedMark: an unverified link, or a domain written in the bio, is no proof', () => {
    document.body.innerHTML = profileHeader({ ...aa, bio: 'See https://www.diplo.de', fields: [{ name: 'Web', url: 'https://diplo.de/' }] }, 'mastodon.example');
    expect(verifiedLinkHosts(document.body)).toEqual([]);
  });

  it('accountCell, verifiedBadgeLink: account lists with bio and verified link', () => {
    const seen = mastodon.readAccount(first(accountCell(aa), mastodon.accountSelector));
    expect(seen).toMatchObject({ kind: 'user-cell', account: { handle: 'AuswaertigesAmt@social.bund.de', bio: 'Hier twittert das Auswärtige Amt.', provenDomains: ['social.bund.de', 'auswaertiges-amt.de'] } });
  });

  it('hoverCard: handle, bio and fields', () => {
    const seen = mastodon.readAccount(first(hoverCard(local, 'mastodon.example'), mastodon.accountSelector));
    expect(seen).toMatchObject({ kind: 'hover-card', account: { handle: 'reader@mastodon.example', name: 'A Reader' } });
  });

  it('inert: the action bar and relative time are inert, the text is not', () => {
    document.body.innerHTML = statusArticle(post);
    expect(document.querySelector('.status__action-bar')!.matches(mastodon.inertSelector!)).toBe(true);
    expect(document.querySelector('time')!.matches(mastodon.inertSelector!)).toBe(true);
    expect(document.querySelector(S.postText)!.closest(mastodon.inertSelector!)).toBeNull();
  });

  it('odd markup never throws', () => {
    for (const html of ['<div class="status" data-id="1"></div>', '<div class="status" data-id="1"><a class="status__display-name" href="javascript:alert(1)">x</a></div>', '<div class="detailed-status"><a class="detailed-status__display-name" href="/@"></a></div>']) {
      expect(mastodon.readPosts(first(html))).toEqual([]);
    }
  });
});

describe('Mastodon URLs', () => {
  it('parseMastodonLink: relative and absolute, local and remote, profile and post', () => {
    expect(parseMastodonLink('/@user', 'm.example')).toEqual({ handle: 'user@m.example', postId: null });
    expect(parseMastodonLink('/@User@Social.Bund.DE/123', 'm.example')).toEqual({ handle: 'User@social.bund.de', postId: '123' });
    expect(parseMastodonLink('https://social.bund.de/@AuswaertigesAmt', 'm.example')).toEqual({ handle: 'AuswaertigesAmt@social.bund.de', postId: null });
    for (const bad of ['/@', '/users/x', 'http://a.example/@x', '/@a b', '/@x/notanid', null]) expect(parseMastodonLink(bad, 'm.example')).toBeNull();
  });

  it('normalizeInstanceHost: what a user types', () => {
    expect(normalizeInstanceHost(' Social.Bund.DE ')).toBe('social.bund.de');
    expect(normalizeInstanceHost('https://mastodon.social/home')).toBe('mastodon.social');
    expect(normalizeInstanceHost('@someone@mastodon.social')).toBe('mastodon.social');
    for (const bad of ['', 'localhost', 'http://mastodon.social', 'https://mastodon.social:8443', 'not a host', '*.example.org', '127.0.0.1', 'a'.repeat(300) + '.com']) {
      expect(normalizeInstanceHost(bad)).toBeNull();
    }
  });

  it('surfaceOf', () => {
    expect(surfaceOf('/home')).toBe('home');
    expect(surfaceOf('/public/local')).toBe('home');
    expect(surfaceOf('/explore')).toBe('search');
    expect(surfaceOf('/tags/diplomacy')).toBe('search');
    expect(surfaceOf('/lists/5')).toBe('lists');
    expect(surfaceOf('/bookmarks')).toBe('bookmarks');
    expect(surfaceOf('/notifications')).toBe('notifications');
    expect(surfaceOf('/@AuswaertigesAmt@social.bund.de/113500000000000001')).toBe('post');
    expect(surfaceOf('/@AuswaertigesAmt@social.bund.de')).toBe('profile');
    expect(surfaceOf('/@reader/followers')).toBe('profile');
    expect(surfaceOf('/settings/profile')).toBe('other');
  });

  it('accountOfLink and postIdOf (context menu and save-this-post)', () => {
    expect(accountOfLink('https://mastodon.example/@reader')).toBe('reader@mastodon.example');
    expect(postIdOf('https://mastodon.example/@AuswaertigesAmt@social.bund.de/42')).toBe('mastodon.example/42');
    expect(postIdOf('https://mastodon.example/about')).toBeNull();
  });
});

describe('government instances', () => {
  it('each listed instance has a source, and lies under a government domain of the same state or organisation', () => {
    for (const instance of GOVERNMENT_INSTANCES) {
      expect(instance.source.length).toBeGreaterThan(10);
      const domain = governmentDomainOf(instance.host);
      expect(domain, instance.host).toBeTruthy();
      expect([domain!.country, domain!.org]).toEqual([instance.country, instance.org]);
    }
  });
});

describe('proven domains, as identification uses them', () => {
  it('an account known only by its handle is proven to live on its instance', () => {
    expect(mastodon.provenDomainsOf!('presse@social.bund.de')).toEqual(['social.bund.de']);
    expect(mastodon.provenDomainsOf!('reader@mastodon.social')).toEqual(['mastodon.social']);
  });

  it("an account on a government's own instance speaks for it; the same name elsewhere is only inferred at best", () => {
    const name = 'Presse- und Informationsamt der Bundesregierung';
    const onGovernmentInstance = identifyAccount({ platform: 'mastodon', handle: 'bpa@social.bund.de', name, provenDomains: mastodon.provenDomainsOf!('bpa@social.bund.de') });
    expect(onGovernmentInstance).toMatchObject({ official: true, country: 'DE', basis: 'domain' });
    const elsewhere = identifyAccount({ platform: 'mastodon', handle: 'bpa@mastodon.social', name, provenDomains: mastodon.provenDomainsOf!('bpa@mastodon.social') });
    expect(elsewhere.basis).not.toBe('domain');
  });
});
