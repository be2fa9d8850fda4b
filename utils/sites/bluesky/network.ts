import type { AccountInput } from '../../core/model';
import { collectRecords, pageWorldRecords } from '../json-records';
import type { SiteNetwork } from '../types';
import { blueskyAccount } from './read';
import { BLUESKY_DID, BLUESKY_HANDLE } from './urls';

/**
 * Bluesky's XRPC responses (app.bsky.feed.getTimeline, getAuthorFeed, getPostThread, getFeed,
 * getListFeed, searchPosts, app.bsky.actor.getProfile(s), searchActors,
 * app.bsky.notification.listNotifications, ...) carry every account a page shows as a profile view:
 * its DID (the stable id, which survives handle changes), handle, display name and, in fuller views,
 * its description. Bluesky has no government label, and its verification checks and moderation
 * labels say nothing about office, so they are not read. Pure: runs in the page's world and in Node.
 */

const MAX_NODES = 200_000;
const MAX_ACCOUNTS = 500;
const MAX_TEXT = 2_000;

const str = (v: unknown, max = MAX_TEXT): string | undefined => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : undefined);

/** An account from what it says of itself; null unless the handle and DID are well formed (never "handle.invalid"). */
function accountOf(handleValue: unknown, didValue: unknown, name: unknown, bio: unknown): AccountInput | null {
  const handle = typeof handleValue === 'string' && handleValue.length <= 253 ? handleValue.toLowerCase() : '';
  const did = typeof didValue === 'string' && didValue.length <= 300 ? didValue : '';
  if (!BLUESKY_HANDLE.test(handle) || handle.endsWith('.invalid') || !BLUESKY_DID.test(did)) return null;
  return blueskyAccount(handle, { userId: did, name: str(name, 400), bio: str(bio) });
}

/** A profile view (ProfileViewBasic, ProfileView, ProfileViewDetailed) anywhere in a response. */
const fromProfileView = (node: Record<string, unknown>): AccountInput | null =>
  'did' in node && 'handle' in node ? accountOf(node.handle, node.did, node.displayName, node.description) : null;

/** Every profile view in a response, deduplicated by DID, fuller views (with a description) winning. */
export function extractAccounts(response: unknown): AccountInput[] {
  return collectRecords(response, fromProfileView, (account) => account.userId!, {
    maxNodes: MAX_NODES,
    maxRecords: MAX_ACCOUNTS,
    descend: true,
    merge: (kept, again) => (!kept.bio && again.bio ? { ...kept, ...again } : kept),
  });
}

/** The XRPC methods that return posts or accounts; the page's own PDS or Bluesky's AppView may serve them. */
const READ_METHOD = /^\/xrpc\/app\.bsky\.(feed|actor|graph|notification|unspecced)\.(get|search|list)[A-Za-z0-9]{1,60}$/;

export function isXrpcReadUrl(url: string): boolean {
  try {
    const parsed = new URL(url, 'https://bsky.app');
    return parsed.protocol === 'https:' && READ_METHOD.test(parsed.pathname);
  } catch {
    return false;
  }
}

/**
 * Validates records arriving from the page world: any script on the page could dispatch this event.
 * Each record is rebuilt from its handle and DID alone; a proven domain is always derived from the
 * handle here, never taken from the event.
 */
export function parseAccountEvent(detail: unknown): AccountInput[] {
  const accounts: AccountInput[] = [];
  for (const item of pageWorldRecords(detail, 'bluesky', MAX_ACCOUNTS)) {
    const account = accountOf(item.handle, item.userId, item.name, item.bio);
    if (account) accounts.push(account);
  }
  return accounts;
}

/** Bluesky's part in the page's world: which responses to read, and how (entrypoints/bluesky-network.content.ts). */
export const blueskyNetwork: SiteNetwork = { isApiUrl: isXrpcReadUrl, extractAccounts, parseAccounts: parseAccountEvent };
