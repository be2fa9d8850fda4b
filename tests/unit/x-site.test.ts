// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readBadge, x, X_SELECTORS } from '../../utils/sites/x/index';
import { hoverCard, postArticle, profileHeader, timelinePage, userCell, xPage, type FixturePost } from '../../scripts/demo/x-markup';

const base: FixturePost = {
  id: '1858000000000000001',
  handle: 'StateDept',
  name: 'Department of State',
  badge: 'grey',
  lang: 'en',
  text: 'We welcome the agreement 🇺🇸 signed today.',
};

function mount(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(X_SELECTORS.post)!;
}

describe('X selectors against X-like markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('post: finds every post article in a timeline', () => {
    document.body.innerHTML = timelinePage([base, { ...base, id: '2', handle: 'UN', name: 'United Nations' }]);
    expect(document.querySelectorAll(X_SELECTORS.post)).toHaveLength(2);
  });

  it('authorBlock and permalinkTime: handle, name, id, url and time of the author', () => {
    const [post] = x.readPosts(mount(postArticle(base)));
    expect(post).toMatchObject({
      platform: 'x',
      postId: '1858000000000000001',
      url: 'https://x.com/StateDept/status/1858000000000000001',
      postedAt: '2026-11-20T14:03:00.000Z',
      author: { platform: 'x', handle: 'StateDept', name: 'Department of State' },
      isQuote: false,
    });
  });

  it('inert: the action bar and the relative time of a post, and nothing read from it', () => {
    const article = mount(postArticle({ ...base, quote: { id: '2', handle: 'UN', name: 'United Nations', text: 'Statement.' } }));
    const inert = [...article.querySelectorAll(X_SELECTORS.inert)];
    expect(inert.map((el) => el.getAttribute('role') ?? el.tagName)).toEqual(['TIME', 'TIME', 'group']);
    for (const read of [X_SELECTORS.authorBlock, X_SELECTORS.postText, X_SELECTORS.verifiedBadge, X_SELECTORS.quoteBlock])
      for (const el of article.querySelectorAll(read)) expect(el.closest(X_SELECTORS.inert)).toBeNull();
  });

  it('postText: reads text with emoji kept from <img alt>, and the declared language', () => {
    const [post] = x.readPosts(mount(postArticle(base)));
    expect(post!.text).toBe('We welcome the agreement 🇺🇸 signed today.');
    expect(post!.lang).toBe('en');
  });

  it('keeps flags drawn as images in display names', () => {
    const [post] = x.readPosts(mount(postArticle({ ...base, handle: 'mfa_russia', name: 'MFA Russia', nameEmoji: ['🇷🇺'] })));
    expect(post!.author.name).toBe('MFA Russia🇷🇺');
  });

  it('verifiedBadge: tells grey, gold, blue and none apart by fill alone', () => {
    for (const badge of ['grey', 'gold', 'blue', 'none'] as const) {
      const [post] = x.readPosts(mount(postArticle({ ...base, badge })));
      expect(post!.author.badge).toBe(badge);
    }
    expect(readBadge(null)).toBe('none');
  });

  it('a display name cannot claim a handle: a quoted post named "@StateDept" is read as its own handle', () => {
    const article = mount(postArticle({ ...base, quote: { id: '77', handle: 'visa_help_desk', name: '@StateDept', text: 'Visas in 24h, DM us.' } }));
    const quoted = x.readPosts(article)[1]!;
    expect(quoted.author.handle).toBe('visa_help_desk');
    expect(quoted.author.name).toBe('@StateDept');
  });

  it('quoteBlock: a quoted post is read separately, with its own author and text', () => {
    const article = mount(
      postArticle({
        ...base,
        handle: 'journalist',
        name: 'A Journalist',
        text: 'Worth reading',
        quote: { id: '42', handle: 'MFA_China', name: 'MFA Spokesperson', text: '中方欢迎双方达成协议。', lang: 'zh' },
      }),
    );
    const posts = x.readPosts(article);
    expect(posts.map((p) => [p.author.handle, p.text, p.isQuote])).toEqual([
      ['journalist', 'Worth reading', false],
      ['MFA_China', '中方欢迎双方达成协议。', true],
    ]);
    expect(posts[1]!.container.matches(X_SELECTORS.quoteBlock)).toBe(true);
    expect(posts[0]!.container).toBe(article);
    expect(posts[1]!.lang).toBe('zh');
  });

  it('badge slot is the author name row, inside the author block', () => {
    const [post] = x.readPosts(mount(postArticle(base)));
    expect(post!.badgeSlot.parentElement!.matches(X_SELECTORS.authorBlock)).toBe(true);
    expect(post!.badgeSlot.textContent).toContain('Department of State');
  });

  it('a repost is attributed to the original author, not the reposter', () => {
    const [post] = x.readPosts(mount(postArticle({ ...base, repostedBy: 'UN' })));
    expect(post!.author.handle).toBe('StateDept');
  });

  it('escaped hostile strings stay text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const [post] = x.readPosts(mount(postArticle({ ...base, name: hostile, text: hostile })));
    expect(post!.author.name).toBe(hostile);
    expect(post!.text).toBe(hostile);
  });

  it('unexpected markup gives no post and no exception', () => {
    for (const html of [
      '<article data-testid="tweet"></article>',
      '<article data-testid="tweet"><div data-testid="User-Name"></div></article>',
      '<article data-testid="tweet"><div data-testid="User-Name"><a href="/">x</a></div></article>',
      '<article data-testid="tweet"><div data-testid="User-Name"><a href="javascript:alert(1)">x</a></div><div data-testid="tweetText"></div></article>',
    ]) {
      expect(x.readPosts(mount(html))).toEqual([]);
    }
  });
});

describe('X account surfaces', () => {
  const account = {
    handle: 'FranceinUSA',
    name: 'French Embassy in the U.S.',
    nameEmoji: ['🇫🇷'],
    bio: 'Official account of the Embassy of France in the United States 🇫🇷🇺🇸',
    location: 'Washington, DC',
    badge: 'grey' as const,
    userId: '24183656',
  };

  it('a display name cannot claim a handle in the profile header either', () => {
    document.body.innerHTML = xPage(profileHeader({ ...account, handle: 'embassy_visas_fast', name: '@FranceinUSA', nameEmoji: [] }));
    const seen = x.readAccount(document.querySelector(X_SELECTORS.profileName)!)!;
    expect(seen.account.handle).toBe('embassy_visas_fast');
  });

  it('profileName, profileBio, profileLocation: reads the profile header with its bio', () => {
    document.body.innerHTML = xPage(profileHeader(account));
    const header = document.querySelector(X_SELECTORS.profileName)!;
    const seen = x.readAccount(header)!;
    expect(seen.kind).toBe('profile-header');
    expect(seen.account).toMatchObject({
      handle: 'FranceinUSA',
      name: 'French Embassy in the U.S.🇫🇷',
      bio: account.bio,
      location: 'Washington, DC',
      badge: 'grey',
      userId: '24183656',
    });
    expect(seen.container).toBe(header);
  });

  it('userCell and followButton: reads handle, name, bio and the numeric id of an account row', () => {
    document.body.innerHTML = xPage(userCell(account));
    const seen = x.readAccount(document.querySelector(X_SELECTORS.userCell)!)!;
    expect(seen.kind).toBe('user-cell');
    expect(seen.account).toMatchObject({ handle: 'FranceinUSA', name: 'French Embassy in the U.S.🇫🇷', bio: account.bio, userId: '24183656', badge: 'grey' });
    expect(seen.badgeSlot.textContent).toContain('French Embassy');
  });

  it('hoverCard: reads the account a hover card shows', () => {
    document.body.innerHTML = xPage(hoverCard({ ...account, badge: 'none' }));
    const seen = x.readAccount(document.querySelector(X_SELECTORS.hoverCard)!)!;
    expect(seen.kind).toBe('hover-card');
    expect(seen.account).toMatchObject({ handle: 'FranceinUSA', bio: account.bio, badge: 'none', userId: '24183656' });
  });

  it('an account row without a bio or id still reads', () => {
    document.body.innerHTML = xPage(userCell({ handle: 'UN', name: 'United Nations' }));
    const seen = x.readAccount(document.querySelector(X_SELECTORS.userCell)!)!;
    expect(seen.account.handle).toBe('UN');
    expect(seen.account.bio).toBeUndefined();
    expect(seen.account.userId).toBeUndefined();
  });

  it('accountSelector covers the three surfaces and nothing else', () => {
    document.body.innerHTML = xPage(profileHeader(account) + userCell(account) + hoverCard(account) + postArticle(base));
    expect([...document.querySelectorAll(x.accountSelector)].map((el) => el.getAttribute('data-testid'))).toEqual([
      'UserName',
      'UserCell',
      'HoverCard',
    ]);
  });

  it('socialContext: a repost line is there but is not an author', () => {
    mount(postArticle({ ...base, repostedBy: 'UN' }));
    expect(document.querySelector(X_SELECTORS.socialContext)!.textContent).toContain('UN');
  });

  it('names the surface of every X path', () => {
    const cases: [string, string][] = [
      ['/home', 'home'],
      ['/StateDept', 'profile'],
      ['/StateDept/with_replies', 'profile'],
      ['/StateDept/followers', 'profile'],
      ['/StateDept/status/1858000000000000001', 'post'],
      ['/search', 'search'],
      ['/i/lists/123', 'lists'],
      ['/i/bookmarks', 'bookmarks'],
      ['/notifications/mentions', 'notifications'],
      ['/settings/account/details/extra', 'other'],
    ];
    for (const [path, surface] of cases) expect([path, x.surfaceOf(path)]).toEqual([path, surface]);
  });
});
