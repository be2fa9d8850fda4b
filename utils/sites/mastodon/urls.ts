import type { Surface } from '../types';

/**
 * Mastodon runs on thousands of servers: the content script runs only on the instances the user
 * added in the options page (utils/background/mastodon-instances.ts), so there are no fixed
 * match patterns. Accounts are `user@domain`; a local account's link shows `user` alone, and gets
 * the instance's host appended.
 */

/** Mastodon usernames: letters, digits and underscores (Account::USERNAME_RE), 30 at most locally. */
const USER = '[A-Za-z0-9_]{1,64}';
/** A DNS name with at least one dot, as Mastodon's WebFinger domains are. */
const DOMAIN = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}';
export const MASTODON_HANDLE = new RegExp(`^${USER}@${DOMAIN}$`);
/** The account URI Mastodon's API gives as `uri`: the stable id of an account across renames of its display. */
export const ACCOUNT_URI = /^https:\/\/[^\s/?#]{1,253}\/[^\s]{1,500}$/;
const ACCT_PATH = new RegExp(`^/@(${USER})(?:@(${DOMAIN}))?(?:/([0-9]{1,20}))?/?$`);
const PROFILE_TAB = new RegExp(`^/@${USER}(?:@${DOMAIN})?/(?:with_replies|media|following|followers|featured|tagged/[^/]+)/?$`);
const HOST = new RegExp(`^${DOMAIN}$`);

/** The match pattern of an instance: what the user grants and the content script is registered on. */
export const instancePattern = (host: string): string => `https://${host}/*`;

/**
 * The host of an instance the user typed ("social.bund.de", "https://social.bund.de/home",
 * "@user@social.bund.de"), lower-cased; null when it is not a public DNS name served over https.
 */
export function normalizeInstanceHost(input: string): string | null {
  const text = input.trim().replace(/^@?[A-Za-z0-9_]+@(?=[^/@]+$)/, '');
  if (!text || text.length > 253) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port || url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return HOST.test(host) ? host : null;
}

/** The host of a profile link (http or https), without a leading www. */
export function hostOfLink(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** `user@domain` with the domain lower-cased (domains are case-insensitive; user names keep their case). */
export function accountHandle(user: string, domain: string): string {
  return `${user}@${domain.toLowerCase()}`;
}

/**
 * The account and post a Mastodon link points to: `/@user`, `/@user@domain`, `/@user[@domain]/<id>`,
 * relative or absolute. An absolute link to another host names an account of that host.
 */
export function parseMastodonLink(href: string | null | undefined, pageHost: string): { handle: string; postId: string | null } | null {
  if (!href) return null;
  let host = pageHost;
  let path = href;
  if (!href.startsWith('/')) {
    try {
      const url = new URL(href);
      if (url.protocol !== 'https:') return null;
      host = url.hostname;
      path = url.pathname;
    } catch {
      return null;
    }
  }
  const match = path.match(ACCT_PATH);
  if (!match) return null;
  return { handle: accountHandle(match[1]!, match[2] ?? host), postId: match[3] ?? null };
}

/** The handle in an account line ("@user@domain", or "@user" for a local account). */
export function handleFromAccountLine(text: string, pageHost: string): string | null {
  const match = text.trim().match(new RegExp(`^@(${USER})(?:@(${DOMAIN}))?$`));
  return match ? accountHandle(match[1]!, match[2] ?? pageHost) : null;
}

/**
 * A post's id in the library: the instance that showed it and its id there. The same post seen
 * from another instance has another local id there, so the instance is part of the key.
 */
export const postKeyOf = (host: string, localId: string): string => `${host.toLowerCase()}/${localId}`;

export function surfaceOf(pathname: string): Surface {
  if (pathname === '/' || pathname === '/home' || pathname.startsWith('/public') || pathname.startsWith('/deck')) return 'home';
  if (pathname.startsWith('/explore') || pathname.startsWith('/search') || pathname.startsWith('/tags/') || pathname.startsWith('/links/')) return 'search';
  if (pathname.startsWith('/lists/')) return 'lists';
  if (pathname.startsWith('/bookmarks') || pathname.startsWith('/favourites')) return 'bookmarks';
  if (pathname.startsWith('/notifications')) return 'notifications';
  const acct = pathname.match(ACCT_PATH);
  if (acct) return acct[3] ? 'post' : 'profile';
  if (PROFILE_TAB.test(pathname)) return 'profile';
  return 'other';
}

/** The account a link on an instance points to: the context menu's target. */
export function accountOfLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parseMastodonLink(parsed.pathname, parsed.hostname)?.handle ?? null;
  } catch {
    return null;
  }
}

/** Mastodon's ids from 2.0 on: the creation time in milliseconds, shifted 16 bits (Mastodon::Snowflake). */
const SNOWFLAKE_SINCE = Date.UTC(2017, 0, 1);

/**
 * When a post was written, from its id: Mastodon makes a status's id from its creation time (a remote
 * post's too, from the time its server gives), so a page that shows no `<time>` (a post's own page)
 * still dates it. Null for an id from before such ids, or one that would be in the future.
 */
export function timeOfStatusId(id: string, now = Date.now()): string | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  const ms = Number(BigInt(id) >> 16n);
  return ms >= SNOWFLAKE_SINCE && ms <= now + 86_400_000 ? new Date(ms).toISOString() : null;
}

/** The library's post id of a permalink (`https://instance/@acct/<id>`), or null. */
export function postIdOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    const id = parseMastodonLink(parsed.pathname, parsed.hostname)?.postId;
    return id ? postKeyOf(parsed.hostname, id) : null;
  } catch {
    return null;
  }
}

/** The domain of a `user@domain` handle: the instance that serves the account. */
export const homeDomainOf = (handle: string): string => handle.slice(handle.indexOf('@') + 1);
