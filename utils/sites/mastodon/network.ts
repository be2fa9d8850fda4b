import type { AccountInput } from '../../core/model';
import { collectRecords, isObject, pageWorldRecords, str as text, type Json } from '../json-records';
import type { SiteNetwork } from '../types';
import { ACCOUNT_URI, accountHandle, homeDomainOf, hostOfLink, MASTODON_HANDLE } from './urls';

/**
 * Mastodon's REST API responses (timelines, statuses and their context, accounts, search,
 * notifications) carry what the DOM hides: the account URI (the stable id), the bio, the bot and
 * group flags, and which profile links Mastodon verified (`fields[].verified_at`). This reads
 * them into compact, validated account records. Pure: runs in Node for tests.
 */

const MAX_NODES = 100_000;
const MAX_ACCOUNTS = 500;
const MAX_TEXT = 2_000;
const MAX_DOMAINS = 8;

const str = (v: Json, max = MAX_TEXT): string | undefined => text(v, max);

/** The text of the bio's HTML (Mastodon sends `note` as HTML): tags dropped, paragraphs and breaks as spaces. */
export function plainNote(html: string): string {
  return html
    .replace(/<(br|\/p)\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' })[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Hosts of the verified links among an account's profile fields. */
function verifiedHosts(fields: Json): string[] {
  if (!Array.isArray(fields)) return [];
  const hosts: string[] = [];
  for (const field of fields.slice(0, 16)) {
    if (!isObject(field) || !str(field.verified_at, 40)) continue;
    const href = str(field.value, 4_000)?.match(/href="([^"]{1,2000})"/)?.[1];
    const host = hostOfLink(href?.replace(/&amp;/g, '&'));
    if (host) hosts.push(host);
  }
  return hosts;
}

/** One Mastodon account object; `localHost` completes local accounts' `acct` (which has no domain). */
export function accountFromApi(account: Record<string, Json>, localHost: string): AccountInput | null {
  const acct = str(account.acct, 400);
  const uri = str(account.uri, 600);
  if (!acct || typeof account.username !== 'string') return null;
  const at = acct.indexOf('@');
  const handle = at < 0 ? accountHandle(acct, localHost) : accountHandle(acct.slice(0, at), acct.slice(at + 1));
  if (!MASTODON_HANDLE.test(handle)) return null;
  const record: AccountInput = { platform: 'mastodon', handle, badge: 'none' };
  if (uri && ACCOUNT_URI.test(uri)) record.userId = uri;
  const name = str(account.display_name, 400);
  if (name) record.name = name;
  const note = str(account.note, 20_000);
  const bio = note ? plainNote(note).slice(0, MAX_TEXT) : '';
  if (bio) record.bio = bio;
  if (account.bot === true) record.accountType = 'bot';
  else if (account.group === true) record.accountType = 'group';
  record.provenDomains = [...new Set([homeDomainOf(handle), ...verifiedHosts(account.fields)])].slice(0, MAX_DOMAINS);
  return record;
}

/**
 * Every account object in a response (statuses, their reblogs and quotes, notifications, search
 * results, a single account), deduplicated by handle. An account object is recognised by its
 * shape: `acct`, `username` and `uri` strings, as Mastodon's REST::AccountSerializer writes them.
 */
export function extractAccounts(response: Json, localHost: string): AccountInput[] {
  const isAccount = (node: Record<string, Json>) => typeof node.acct === 'string' && typeof node.username === 'string' && typeof node.uri === 'string';
  return collectRecords(response, (node) => (isAccount(node) ? accountFromApi(node, localHost) : null), (account) => account.handle.toLowerCase(), {
    maxNodes: MAX_NODES,
    maxRecords: MAX_ACCOUNTS,
    // Not inside an account: its `moved` target is another account, read where it is shown itself.
    descend: false,
  });
}

/** The API paths read; everything else the page fetches is left alone. */
const API_PATH = /^\/api\/v[12]\/(timelines\/|statuses(\/|\?|$)|accounts(\/|\?|$)|notifications|search|trends\/statuses|bookmarks|favourites|lists\/)/;

export function isMastodonApiUrl(url: string, pageOrigin: string): boolean {
  try {
    const parsed = new URL(url, pageOrigin);
    return parsed.origin === pageOrigin && API_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Validates records arriving from the page world: any script on the page can dispatch the event.
 * A record speaks for the handle it names only: its home domain must be the handle's, and every
 * other field is checked for shape and length.
 */
export function parseAccountEvent(detail: unknown): AccountInput[] {
  const accounts: AccountInput[] = [];
  for (const item of pageWorldRecords(detail, 'mastodon', MAX_ACCOUNTS)) {
    const handle = str(item.handle, 400);
    if (!handle || !MASTODON_HANDLE.test(handle)) continue;
    const home = homeDomainOf(handle).toLowerCase();
    const domains = Array.isArray(item.provenDomains) ? item.provenDomains.slice(0, MAX_DOMAINS) : [];
    if (!domains.every((d): d is string => typeof d === 'string' && HOSTNAME.test(d)) || (domains.length && domains[0] !== home)) continue;
    const record: AccountInput = { platform: 'mastodon', handle, badge: 'none' };
    const userId = str(item.userId, 600);
    if (userId && ACCOUNT_URI.test(userId)) record.userId = userId;
    const name = str(item.name, 400);
    if (name) record.name = name;
    const bio = str(item.bio);
    if (bio) record.bio = bio;
    if (item.accountType === 'bot' || item.accountType === 'group') record.accountType = item.accountType;
    if (domains.length) record.provenDomains = domains;
    accounts.push(record);
  }
  return accounts;
}

/** Mastodon's part in the page's world (entrypoints/mastodon-network.content.ts). */
export const mastodonNetwork: SiteNetwork = {
  isApiUrl: (url) => isMastodonApiUrl(url, location.origin),
  extract: (json) => ({ accounts: extractAccounts(json, location.hostname), posts: [] }),
  parseAccounts: parseAccountEvent,
};
