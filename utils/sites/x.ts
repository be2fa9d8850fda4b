import type { VerificationBadge } from '../types';
import { readableText } from './readable-text';
import type { SeenPost, SiteModule } from './types';

/** X serves the same app under three hosts; the content script runs on these alone. */
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'];

/**
 * Every selector DiploLens uses on X, in one place. X renders with React and localises
 * its UI into 40+ languages, so only data-testid hooks, hrefs and time[datetime] are used,
 * never English UI text or X's generated class names.
 */
export const X_SELECTORS = {
  post: 'article[data-testid="tweet"]',
  authorBlock: '[data-testid="User-Name"]',
  postText: '[data-testid="tweetText"]',
  permalinkTime: 'a[href*="/status/"] > time[datetime]',
  verifiedBadge: 'svg[data-testid="icon-verified"], svg[data-testid="verificationBadge"]',
  /** A quoted post is a clickable block inside the post that has an author block of its own. */
  quoteBlock: 'div[role="link"]',
} as const;

/** X handles: 1-15 letters, digits or underscores (older accounts may have up to 20). */
const HANDLE_PATH = /^\/([A-Za-z0-9_]{1,20})\/?$/;
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d{1,25})/;
const MAX_TEXT = 20_000;

function handleFromHref(href: string | null): string | null {
  if (!href) return null;
  const path = href.startsWith('http') ? safePath(href) : href;
  return path?.match(HANDLE_PATH)?.[1] ?? null;
}

function safePath(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/**
 * X draws all three check marks with the same icon and the same label: gold is a gradient,
 * grey (government and multilateral organisations) is a grey fill, blue is X's brand colour.
 */
export function readBadge(svg: Element | null): VerificationBadge {
  if (!svg) return 'none';
  if (svg.querySelector('linearGradient')) return 'gold';
  const fills = [svg, ...svg.querySelectorAll('path, g')]
    .map((el) => (el.getAttribute('fill') || (el as HTMLElement).style?.fill || '').toLowerCase())
    .filter(Boolean);
  if (fills.some(isGrey)) return 'grey';
  return 'blue';
}

function isGrey(color: string): boolean {
  const hex = color.match(/^#([0-9a-f]{6})$/);
  const rgb = color.match(/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/);
  const [r, g, b] = hex
    ? [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16))
    : rgb
      ? [rgb[1], rgb[2], rgb[3]].map(Number)
      : [NaN, NaN, NaN];
  if ([r, g, b].some((v) => Number.isNaN(v))) return false;
  // Grey-blue (#829aab): channels within a narrow band, unlike X blue (#1d9bf0).
  return Math.max(r!, g!, b!) - Math.min(r!, g!, b!) < 60 && Math.max(r!, g!, b!) > 60;
}

/** The quote block an element belongs to, within one post; null for the post's own parts. */
function quoteScopeOf(el: Element, post: Element): Element | null {
  const block = el.parentElement?.closest(X_SELECTORS.quoteBlock);
  return block && post.contains(block) && block !== post ? block : null;
}

function readOne(post: Element, authorBlock: Element, scope: Element | null): SeenPost | null {
  const links = [...authorBlock.querySelectorAll('a[href]')];
  const profileLink = links.find((a) => handleFromHref(a.getAttribute('href')));
  const timeEl = authorBlock.querySelector(X_SELECTORS.permalinkTime) ?? (scope ?? post).querySelector(X_SELECTORS.permalinkTime);
  const permalink = timeEl?.parentElement?.getAttribute('href') ?? null;
  const status = permalink ? (permalink.startsWith('http') ? safePath(permalink) : permalink)?.match(STATUS_PATH) : null;

  // A quoted post often has no profile link: its handle is then only in its "@handle" text.
  let handle = handleFromHref(profileLink?.getAttribute('href') ?? null) ?? status?.[1] ?? null;
  if (!handle) {
    const at = readableText(authorBlock, 400).match(/@([A-Za-z0-9_]{1,20})/);
    handle = at?.[1] ?? null;
  }
  if (!handle) return null;

  const nameEl = profileLink ?? authorBlock.firstElementChild;
  const name = nameEl ? readableText(nameEl, 400).replace(/\s+/g, ' ').trim() : '';
  const textEl = [...(scope ?? post).querySelectorAll(X_SELECTORS.postText)].find(
    (el) => quoteScopeOf(el, post) === scope,
  );
  const text = textEl ? readableText(textEl, MAX_TEXT) : '';
  if (!name && !text) return null;

  return {
    platform: 'x',
    postId: status?.[2] ?? null,
    url: status ? `https://x.com/${status[1]}/status/${status[2]}` : null,
    postedAt: timeEl?.getAttribute('datetime') ?? null,
    text,
    lang: textEl?.getAttribute('lang') || undefined,
    author: { platform: 'x', handle, name, badge: readBadge(authorBlock.querySelector(X_SELECTORS.verifiedBadge)) },
    isQuote: scope !== null,
    container: scope ?? post,
    badgeSlot: authorBlock.firstElementChild ?? authorBlock,
  };
}

export const x: SiteModule = {
  platform: 'x',
  postSelector: X_SELECTORS.post,
  readPosts(post) {
    const posts: SeenPost[] = [];
    for (const authorBlock of post.querySelectorAll(X_SELECTORS.authorBlock)) {
      const seen = readOne(post, authorBlock, quoteScopeOf(authorBlock, post));
      if (seen) posts.push(seen);
    }
    return posts;
  },
};
