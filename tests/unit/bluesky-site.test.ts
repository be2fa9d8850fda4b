// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bluesky, BLUESKY_SELECTORS as S } from '../../utils/sites/bluesky/index';
import { isOwnDomainHandle, postOf, profileOf, surfaceOf, timeOfRkey } from '../../utils/sites/bluesky/urls';
import { BLUESKY_FIXTURES } from '../../scripts/demo/bluesky-fixtures';
import { feedItem, hoverCard, profileCard, threadAnchor } from '../../scripts/demo/bluesky-markup';
import { identifyAccount, Directory } from '../../utils/core/accounts';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/bluesky', name), 'utf8');
function mount(name: string): void {
  document.documentElement.innerHTML = fixture(name).replace(/^<!DOCTYPE html>\s*/, '');
}
const posts = () => [...document.querySelectorAll(S.post)].flatMap((el) => bluesky.readPosts(el));

describe('Bluesky fixtures', () => {
  it('are what scripts/demo/bluesky-fixtures.ts builds, and name their social-app sources and commits', () => {
    for (const [name, html] of Object.entries(BLUESKY_FIXTURES)) {
      expect(fixture(name), name).toBe(html);
      expect(html).toMatch(/bluesky-social\/social-app[\s\S]*src\/[\w/.-]+\.tsx @ [0-9a-f]{40}/);
    }
  });
});

describe('Bluesky selectors against the fixtures', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('post: finds every feed item of a timeline', () => {
    mount('timeline.html');
    expect(document.querySelectorAll(S.post)).toHaveLength(6);
  });

  it('permalink and profileLink: handle, name, record key, url and time of each author', () => {
    mount('timeline.html');
    const [first] = posts();
    expect(first).toMatchObject({
      platform: 'bluesky',
      postId: '3n2qqturvc223',
      url: 'https://bsky.app/profile/diplo.de/post/3n2qqturvc223',
      postedAt: '2026-11-20T14:03:00.000Z',
      isQuote: false,
      author: { platform: 'bluesky', handle: 'diplo.de', name: 'Auswärtiges Amt', provenDomains: ['diplo.de'] },
    });
  });

  it('postText: reads the text with its emoji and mentions', () => {
    mount('timeline.html');
    const all = posts();
    expect(all[0]!.text).toBe('Wir begrüßen die heute unterzeichnete Vereinbarung und danken unseren Partnern für die enge Zusammenarbeit. 🇩🇪🇪🇺');
    expect(all.find((p) => p.postId === '3n2xn4pths22b')!.text).toBe('Not the ministry, just a name: @diplo.de posted earlier today.');
  });

  it('lang: detected from the text, since the markup declares none', () => {
    mount('timeline.html');
    expect(posts().slice(0, 2).map((p) => p.lang)).toEqual(['de', 'en']);
    document.body.innerHTML = feedItem({ rkey: '3n2qqturvc223', handle: 'a.bsky.social', name: 'A', text: 'ok' });
    expect(posts()[0]!.lang).toBeUndefined();
  });

  it('the handle comes from links and the test id, never from the display name', () => {
    mount('timeline.html');
    const impostor = posts().find((p) => p.postId === '3n2xn4pths22b')!;
    expect(impostor.author).toMatchObject({ handle: 'newsreader.bsky.social', name: '@diplo.de' });
    expect(impostor.author.provenDomains).toBeUndefined();
  });

  it('quoteBlock: a quoted post is read as its own post, in its own container', () => {
    mount('timeline.html');
    const item = document.querySelectorAll(S.post)[2]!;
    const [outer, quoted] = bluesky.readPosts(item);
    expect(outer).toMatchObject({ isQuote: false, author: { handle: 'newsreader.bsky.social' }, container: item });
    expect(quoted).toMatchObject({ isQuote: true, postId: '3n2nnrivwk226', author: { handle: 'belgiummfa.bsky.social', name: 'Belgium MFA' } });
    expect(quoted!.text).toBe('The Minister met her counterparts to discuss regional security and humanitarian access.');
    expect(quoted!.container).not.toBe(item);
    expect(item.contains(quoted!.container)).toBe(true);
  });

  it('a repost is the original author’s post, not the reposter’s', () => {
    mount('timeline.html');
    const [repost] = bluesky.readPosts(document.querySelectorAll(S.post)[3]!);
    expect(repost).toMatchObject({ postId: '3n2vkvrlo2227', author: { handle: 'uk.diplo.de', name: 'German Embassy London' } });
    expect(repost!.text).toBe('Join us on Saturday for the open day at the Embassy. Everyone is welcome!');
  });

  it('the badge slot is the author row, and never inside the text', () => {
    mount('timeline.html');
    for (const post of posts()) {
      expect(post.badgeSlot.querySelector(S.profileLink)).not.toBeNull();
      expect(post.badgeSlot.closest(S.postText)).toBeNull();
      expect(post.container.contains(post.badgeSlot)).toBe(true);
    }
  });

  it('thread: the anchor (id from its reposts link) and the replies, one with a quote', () => {
    mount('thread.html');
    const all = posts();
    expect(all.map((p) => [p.author.handle, p.postId, p.isQuote])).toEqual([
      ['diplo.de', '3n2qqturvc223', false],
      ['newsreader.bsky.social', '3n2xuo4lu222c', false],
      ['ke.usembassy.gov', '3n2qulokkk224', false],
      ['diplo.de', '3n2qqturvc223', true],
    ]);
    expect(all[0]!.text).toMatch(/^Wir begrüßen/);
    expect(all[0]!.author.name).toBe('Auswärtiges Amt');
    expect(all[1]!.text).toBe('Danke! Great news.');
  });

  it('thread: an anchor without metrics takes its id from the page address, only when the author matches', () => {
    const html = threadAnchor({ rkey: '3n2qqturvc223', handle: 'diplo.de', name: 'Auswärtiges Amt', text: 'Hallo.' }).replace(/<a href="[^"]*\/(reposted|liked)-by"[\s\S]*?<\/a>/g, '');
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://bsky.app/profile/diplo.de/post/3n2qqturvc223');
    document.body.innerHTML = html;
    expect(bluesky.readPosts(document.querySelector(S.post)!)[0]?.postId).toBe('3n2qqturvc223');
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://bsky.app/profile/someone.else/post/3n2qqturvc223');
    expect(bluesky.readPosts(document.querySelector(S.post)!)).toEqual([]);
  });

  it('a post whose name is drawn outside any link is still read, by its avatar link, with no name', () => {
    document.body.innerHTML = threadAnchor({ rkey: '3n2qqturvc223', handle: 'diplo.de', name: 'Auswärtiges Amt', text: 'Hallo.' }).replace(
      /<a href="\/profile\/diplo\.de" role="link" aria-label="[^"]*" class="css-175oi2r">([\s\S]*?)<\/a>/,
      '<div role="link" tabindex="0">$1</div>',
    );
    const [post] = bluesky.readPosts(document.querySelector(S.post)!);
    expect(post).toMatchObject({ postId: '3n2qqturvc223', author: { handle: 'diplo.de' }, text: 'Hallo.' });
    expect(post!.author.name).toBeUndefined();
  });

  it('notifications: a reply is a post; a like names who liked and is no post of theirs', () => {
    mount('notifications.html');
    const all = posts();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ author: { handle: 'ke.usembassy.gov' }, text: '@newsreader.bsky.social thank you for joining the event.' });
  });

  it('profileName and profileBio: the header’s handle from its own links, with the bio', () => {
    mount('profile.html');
    const seen = bluesky.readAccount(document.querySelector(S.profileName)!);
    expect(seen).toMatchObject({
      kind: 'profile-header',
      account: { platform: 'bluesky', handle: 'diplo.de', name: 'Auswärtiges Amt', provenDomains: ['diplo.de'] },
    });
    expect(seen!.account.bio).toMatch(/^Das Auswärtige Amt/);
    expect(posts()).toHaveLength(1);
  });

  it('profileCard: account lists, with name, handle and bio', () => {
    mount('accounts.html');
    const cards = [...document.querySelectorAll(S.profileCard)].map((el) => bluesky.readAccount(el));
    expect(cards.map((c) => [c?.kind, c?.account.handle, c?.account.name])).toEqual([
      ['user-cell', 'diplo.de', 'Auswärtiges Amt'],
      ['user-cell', 'ke.usembassy.gov', 'U.S. Embassy Nairobi'],
      ['user-cell', 'mayor.nyc.gov', 'NYC Mayor’s Office'],
      ['user-cell', 'newsreader.bsky.social', 'A news reader'],
    ]);
    expect(cards[1]!.account.bio).toBe('Official account of the U.S. Embassy in Kenya.');
  });

  it('hoverCard: read only when it holds a profile and its followers link', () => {
    mount('accounts.html');
    const [card] = [...document.querySelectorAll(S.hoverCard)];
    expect(bluesky.readAccount(card!)).toMatchObject({ kind: 'hover-card', account: { handle: 'ke.usembassy.gov', name: 'U.S. Embassy Nairobi', bio: 'Official account of the U.S. Embassy in Kenya.' } });
    document.body.innerHTML = '<div style="will-change: transform"><video></video></div>';
    expect(bluesky.readAccount(document.querySelector(S.hoverCard)!)).toBeNull();
  });

  it('inert: the action bar, and nothing read from it', () => {
    mount('timeline.html');
    const item = document.querySelector(S.post)!;
    const inert = [...item.querySelectorAll(S.inert)];
    expect(inert.length).toBeGreaterThanOrEqual(4);
    for (const read of [S.postText, S.profileLink, S.permalink]) for (const el of item.querySelectorAll(read)) expect(el.closest(S.inert)).toBeNull();
  });

  it('never throws on odd or hostile markup', () => {
    const hostile = [
      '<div data-testid="feedItem-by-"></div>',
      '<div data-testid="feedItem-by-<img src=x>"><a href="/profile/%E0%A4%A/post/x">x</a></div>',
      feedItem({ rkey: '3n2qqturvc223', handle: 'a.bsky.social', name: '<script>alert(1)</script>', text: '"><img src=x onerror=alert(1)>' }),
      profileCard({ handle: 'evil.example', name: '@diplo.de' }).replace('profileCard-evil.example', 'profileCard-diplo.de'),
      hoverCard({ handle: 'x', name: 'y' }),
    ];
    for (const html of hostile) {
      document.body.innerHTML = html;
      for (const el of document.querySelectorAll(`${bluesky.postSelector}, ${bluesky.accountSelector}`)) {
        expect(() => (el.matches(bluesky.postSelector) ? bluesky.readPosts(el) : bluesky.readAccount(el))).not.toThrow();
      }
    }
    document.body.innerHTML = hostile[2]!;
    expect(posts()[0]!.author.name).toBe('<script>alert(1)</script>');
    document.body.innerHTML = hostile[3]!;
    expect(bluesky.readAccount(document.querySelector(S.profileCard)!)).toBeNull();
  });
});

describe('Bluesky links and addresses', () => {
  it('profileOf and postOf read handles and DIDs; "handle.invalid" and other hosts are no account', () => {
    expect(profileOf('/profile/Diplo.DE')).toEqual({ handle: 'diplo.de', did: null });
    expect(profileOf('/profile/did:plc:z72i7hdynmk6r22z27h6tvur')).toEqual({ handle: null, did: 'did:plc:z72i7hdynmk6r22z27h6tvur' });
    expect(profileOf('/profile/handle.invalid')).toBeNull();
    expect(profileOf('https://evil.example/profile/diplo.de')).toBeNull();
    expect(profileOf('/profile/diplo.de/followers')).toBeNull();
    expect(profileOf('/profile/diplo.de/followers', true)).toEqual({ handle: 'diplo.de', did: null });
    expect(postOf('https://bsky.app/profile/diplo.de/post/3n2qqturvc223')).toEqual({ handle: 'diplo.de', did: null, rkey: '3n2qqturvc223' });
    expect(postOf('/profile/diplo.de/post/3n2qqturvc223/liked-by')?.rkey).toBe('3n2qqturvc223');
    expect(bluesky.postIdOf('https://bsky.app/profile/diplo.de/post/3n2qqturvc223')).toBe('3n2qqturvc223');
    expect(bluesky.accountOfLink('https://bsky.app/profile/uk.diplo.de/post/3n2qqturvc223')).toBe('uk.diplo.de');
    expect(bluesky.accountOfLink('https://bsky.app/search?q=x')).toBeNull();
  });

  it('timeOfRkey decodes a TID, and refuses keys that are not one', () => {
    expect(timeOfRkey('3n2vmlg7ck22a')).toBe('2026-11-22T12:30:00.000Z');
    expect(timeOfRkey('self')).toBeNull();
    expect(timeOfRkey('zzzzzzzzzzzzz')).toBeNull();
  });

  it('a handle of the account’s own domain is proven; a hosting provider’s subdomain is not', () => {
    expect(isOwnDomainHandle('diplo.de')).toBe(true);
    expect(isOwnDomainHandle('someone.bsky.social')).toBe(false);
    expect(isOwnDomainHandle('bsky.social')).toBe(false);
  });

  it('surfaceOf: each Bluesky surface', () => {
    expect(['/', '/search', '/hashtag/diplomacy', '/notifications', '/profile/diplo.de', '/profile/diplo.de/followers', '/profile/diplo.de/post/3n2qqturvc223', '/profile/diplo.de/post/3n2qqturvc223/quotes', '/profile/diplo.de/lists/3kabc', '/profile/diplo.de/feed/whats-hot', '/feeds', '/settings'].map(surfaceOf)).toEqual(
      ['home', 'search', 'search', 'notifications', 'profile', 'profile', 'post', 'post', 'lists', 'lists', 'lists', 'other'],
    );
  });
});

describe('the demo timeline, identified', () => {
  it('badges what the directory and proven domains say, and nothing by a display name', () => {
    document.documentElement.innerHTML = fixture('timeline.html');
    const directory = new Directory([
      { platform: 'bluesky', handle: 'diplo.de', name: 'Federal Foreign Office', country: 'DE', org: null, role: 'foreign_ministry', host: null, source: 't', tier: 'sourced' },
      { platform: 'bluesky', handle: 'belgiummfa.bsky.social', name: 'FPS Foreign Affairs', country: 'BE', org: null, role: 'foreign_ministry', host: null, source: 't', tier: 'sourced' },
    ]);
    const verdicts = posts().map((p) => {
      const id = identifyAccount(p.author, directory);
      return [p.author.handle, id.official, id.official ? id.basis : null, id.country, id.role];
    });
    expect(verdicts).toEqual([
      ['diplo.de', true, 'directory', 'DE', 'foreign_ministry'],
      ['ke.usembassy.gov', true, 'domain', 'US', 'embassy'],
      ['newsreader.bsky.social', false, null, null, null],
      ['belgiummfa.bsky.social', true, 'directory', 'BE', 'foreign_ministry'],
      ['uk.diplo.de', true, 'domain', 'DE', 'embassy'],
      ['mayor.nyc.gov', false, null, null, null],
      ['newsreader.bsky.social', false, null, null, null],
    ]);
  });
});
