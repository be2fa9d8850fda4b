import type { Surface } from '../types';

/** X serves the same app under three hosts; the content script runs on these alone. */
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'];
const X_HOST = /^(mobile\.)?(x|twitter)\.com$/;

/** An X handle: 1-15 letters, digits or underscores (older accounts may have up to 20). */
const HANDLE = '[A-Za-z0-9_]{1,20}';
export const X_HANDLE = new RegExp(`^${HANDLE}$`);
/** "@handle" in visible text (a profile header's handle line, a quoted post without a link). */
export const X_AT_HANDLE = new RegExp(`@(${HANDLE})`);
export { X_USER_ID } from '../../core/accounts/account-ids';
const HANDLE_PATH = new RegExp(`^/(${HANDLE})/?$`);
export const STATUS_PATH = new RegExp(`^/(${HANDLE})/status/(\\d{1,25})`);
const PROFILE_PATH = new RegExp(`^/${HANDLE}(/(with_replies|media|likes|highlights|articles|followers|following|verified_followers))?/?$`);
/** First path segments on X that are not accounts. */
const NOT_ACCOUNTS = new Set(['home', 'explore', 'search', 'notifications', 'messages', 'i', 'settings', 'compose', 'login', 'logout', 'tos', 'privacy']);

export function safePath(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The handle a profile link (/handle, relative or absolute) points to. */
export function handleFromHref(href: string | null): string | null {
  if (!href) return null;
  const path = href.startsWith('http') ? safePath(href) : href;
  return path?.match(HANDLE_PATH)?.[1] ?? null;
}

/** The account a link on X points to (/handle, /handle/status/…), if any: the context menu's target. */
export function accountOfLink(url: string): string | null {
  try {
    const { hostname, pathname } = new URL(url);
    if (!X_HOST.test(hostname)) return null;
    const first = pathname.split('/')[1] ?? '';
    return X_HANDLE.test(first) && !NOT_ACCOUNTS.has(first.toLowerCase()) ? first : null;
  } catch {
    return null;
  }
}

/** Author handle and post id of a permalink (absolute or a path), or null. */
export function statusOf(url: string): { handle: string; postId: string } | null {
  const path = url.startsWith('http') ? safePath(url) : url;
  const match = path?.match(STATUS_PATH);
  return match ? { handle: match[1]!, postId: match[2]! } : null;
}

export function surfaceOf(pathname: string): Surface {
  if (pathname === '/home' || pathname === '/') return 'home';
  if (pathname.startsWith('/search') || pathname.startsWith('/explore')) return 'search';
  if (pathname.startsWith('/i/lists/') || /^\/[^/]+\/lists/.test(pathname)) return 'lists';
  if (pathname.startsWith('/i/bookmarks')) return 'bookmarks';
  if (pathname.startsWith('/notifications')) return 'notifications';
  if (STATUS_PATH.test(pathname)) return 'post';
  if (PROFILE_PATH.test(pathname)) return 'profile';
  return 'other';
}
