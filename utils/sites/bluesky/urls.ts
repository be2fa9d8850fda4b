import { BLUESKY_DID } from '../../core/accounts/account-ids';
import type { Surface } from '../types';

/** Bluesky's web app; the content script runs here alone (a match, not a host permission). */
export const BLUESKY_MATCHES = ['https://bsky.app/*'];
const BLUESKY_HOST = /^(www\.)?bsky\.app$/;

/**
 * An atproto handle is a domain name (https://atproto.com/specs/handle): labels of letters, digits
 * and hyphens, at least two, the last starting with a letter, 253 characters at most.
 */
export const BLUESKY_HANDLE = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/i;
/** A DID: the account's stable id, which survives handle changes (did:plc, did:web). */
export { BLUESKY_DID } from '../../core/accounts/account-ids';
/** A record key of a post: a TID (13 base32-sortable characters), or any record key the spec allows. */
const RKEY = '[A-Za-z0-9._:~-]{1,512}';
export const BLUESKY_RKEY = new RegExp(`^${RKEY}$`);
const ACTOR = '[A-Za-z0-9._:%-]{1,253}';

const PROFILE_PATH = new RegExp(`^/profile/(${ACTOR})(/(followers|follows|known-followers|lists|feeds|starter-packs|media|likes|videos|replies))?/?$`);
const POST_PATH = new RegExp(`^/profile/(${ACTOR})/post/(${RKEY})(/(quotes|reposted-by|liked-by))?/?$`);
const LIST_PATH = new RegExp(`^/profile/${ACTOR}/(lists|feed)/${RKEY}`);

/**
 * Hosts that give their users a handle under their own domain: such a handle proves only an account
 * with that host, never a domain of the account's own (a custom domain is proven by DNS or HTTPS).
 */
const HOSTED_HANDLE_SUFFIXES = ['bsky.social', 'bsky.app', 'bsky.team', 'brid.gy'];

export function safePath(url: string): string | null {
  // The app's own links are paths: read without building a URL (this runs for every link of every post).
  if (url.startsWith('/') && !url.startsWith('//')) return url.split(/[?#]/, 1)[0]!;
  try {
    return new URL(url, 'https://bsky.app').pathname;
  } catch {
    return null;
  }
}

/** A handle or DID in a path segment, or null; handles are case-insensitive and read lower-cased. */
function actorOf(segment: string): { handle: string | null; did: string | null } | null {
  const decoded = (() => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return '';
    }
  })();
  if (BLUESKY_DID.test(decoded)) return { handle: null, did: decoded };
  if (BLUESKY_HANDLE.test(decoded) && !decoded.endsWith('.invalid')) return { handle: decoded.toLowerCase(), did: null };
  return null;
}

/**
 * The account a profile link (/profile/<handle or DID>) points to, relative or on bsky.app; with
 * `anySection`, also its followers, follows, lists... pages (a profile header's own links).
 */
export function profileOf(href: string | null, anySection = false): { handle: string | null; did: string | null } | null {
  if (!href || !isAppLink(href)) return null;
  const match = safePath(href)?.match(PROFILE_PATH);
  return match && (anySection || !match[2]) ? actorOf(match[1]!) : null;
}

/** Author and record key of a permalink (/profile/<actor>/post/<rkey>, and its quotes and likes pages). */
export function postOf(href: string | null): { handle: string | null; did: string | null; rkey: string } | null {
  if (!href || !isAppLink(href)) return null;
  const match = safePath(href)?.match(POST_PATH);
  const actor = match ? actorOf(match[1]!) : null;
  return actor ? { ...actor, rkey: match![2]! } : null;
}

/** Paths of the app itself, or absolute links to bsky.app: a post's text may link anywhere else. */
function isAppLink(href: string): boolean {
  if (href.startsWith('/')) return !href.startsWith('//');
  try {
    return BLUESKY_HOST.test(new URL(href).hostname);
  } catch {
    return false;
  }
}

export const postUrl = (handle: string, rkey: string): string => `https://bsky.app/profile/${handle}/post/${rkey}`;

/** Whether a handle is a domain of the account's own, proven by DNS or HTTPS, rather than a host's subdomain. */
export function isOwnDomainHandle(handle: string): boolean {
  const lower = handle.toLowerCase();
  return BLUESKY_HANDLE.test(lower) && !HOSTED_HANDLE_SUFFIXES.some((suffix) => lower === suffix || lower.endsWith('.' + suffix));
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * When a post was written, from its record key: a TID is the microseconds since 1970 (53 bits)
 * and a clock id (10 bits), in sortable base32 (https://atproto.com/specs/tid). Bluesky shows only a
 * relative, localised time, so this is the machine-readable one. Null for a key that is not a TID.
 */
export function timeOfRkey(rkey: string): string | null {
  if (!/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(rkey)) return null;
  let value = 0n;
  for (const char of rkey) value = value * 32n + BigInt(TID_ALPHABET.indexOf(char));
  const ms = Number(value >> 10n) / 1000;
  if (!Number.isFinite(ms) || ms < Date.UTC(2022, 0, 1) || ms > Date.UTC(2100, 0, 1)) return null;
  return new Date(Math.floor(ms)).toISOString();
}

/** The account a link on Bluesky points to (a profile, or a post's author): the context menu's target. */
export function accountOfLink(url: string): string | null {
  try {
    if (!BLUESKY_HOST.test(new URL(url).hostname)) return null;
  } catch {
    return null;
  }
  const path = safePath(url) ?? '';
  const match = path.match(/^\/profile\/([^/]+)/);
  return match ? actorOf(match[1]!)?.handle ?? null : null;
}

export function surfaceOf(pathname: string): Surface {
  if (pathname === '/' || pathname === '/following' || pathname === '/home') return 'home';
  if (pathname.startsWith('/search') || pathname.startsWith('/hashtag/')) return 'search';
  if (pathname.startsWith('/notifications')) return 'notifications';
  if (pathname.startsWith('/saved')) return 'bookmarks';
  if (pathname === '/lists' || pathname === '/feeds' || LIST_PATH.test(pathname)) return 'lists';
  if (POST_PATH.test(pathname)) return 'post';
  if (PROFILE_PATH.test(pathname)) return 'profile';
  return 'other';
}
