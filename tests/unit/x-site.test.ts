// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readBadge, x, X_SELECTORS } from '../../utils/sites/x';
import { postArticle, timelinePage, type FixturePost } from '../fixtures/x-markup';

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
