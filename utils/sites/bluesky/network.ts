import type { AccountInput } from '../../core/model';
import { collectRecords, isObject, pageWorldRecords, type Json } from '../json-records';
import type { DeclaredPost, NetworkFindings, SiteNetwork } from '../types';
import { blueskyAccount } from './read';
import { BLUESKY_DID, BLUESKY_HANDLE, BLUESKY_RKEY } from './urls';

/**
 * Bluesky's XRPC responses (app.bsky.feed.getTimeline, getAuthorFeed, getPostThread, getFeed,
 * getListFeed, searchPosts, app.bsky.actor.getProfile(s), searchActors,
 * app.bsky.notification.listNotifications, ...) carry every account a page shows as a profile view:
 * its DID (the stable id, which survives handle changes), handle, display name and, in fuller views,
 * its description. Bluesky has no government label, and its verification checks and moderation
 * labels say nothing about office, so they are not read. They also carry each post's record, whose
 * `langs` are the languages its author declared (the markup shows none). Pure: runs in the page's
 * world and in Node.
 */

const MAX_NODES = 200_000;
const MAX_ACCOUNTS = 500;
const MAX_POSTS = 500;
const MAX_TEXT = 2_000;
/** app.bsky.feed.post's lexicon allows 3 languages; a longer list is no post record's. */
const MAX_LANGS = 3;
/**
 * A BCP-47 language tag as far as it matters here: a primary subtag of 2 or 3 letters, then subtags of
 * letters and digits (en, en-US, zh-Hant-TW, sr-Latn). 35 characters is BCP-47's practical maximum.
 */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,5}$/i;
const POST_URI = /^at:\/\/([^/]{1,300})\/app\.bsky\.feed\.post\/([^/]{1,512})$/;

const str = (v: unknown, max = MAX_TEXT): string | undefined => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : undefined);

/** An account from what it says of itself; null unless the handle and DID are well formed (never "handle.invalid"). */
function accountOf(handleValue: unknown, didValue: unknown, name: unknown, bio: unknown): AccountInput | null {
  const handle = typeof handleValue === 'string' && handleValue.length <= 253 ? handleValue.toLowerCase() : '';
  const did = typeof didValue === 'string' && didValue.length <= 300 ? didValue : '';
  if (!BLUESKY_HANDLE.test(handle) || handle.endsWith('.invalid') || !BLUESKY_DID.test(did)) return null;
  return blueskyAccount(handle, { userId: did, name: str(name, 400), bio: str(bio) });
}

/** A post's declared languages: null unless a list of at most 3 language tags (absent is an empty list). */
function langsOf(value: unknown): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_LANGS) return null;
  return value.every((tag) => typeof tag === 'string' && tag.length <= 35 && LANGUAGE_TAG.test(tag)) ? (value as string[]) : null;
}

/** A post record for the content script; null unless its author's handle, its record key and its languages are well formed. */
function declaredPostOf(handleValue: unknown, rkeyValue: unknown, langsValue: unknown): DeclaredPost | null {
  const handle = typeof handleValue === 'string' && handleValue.length <= 253 ? handleValue.toLowerCase() : '';
  const langs = langsOf(langsValue);
  if (!BLUESKY_HANDLE.test(handle) || handle.endsWith('.invalid') || typeof rkeyValue !== 'string' || !BLUESKY_RKEY.test(rkeyValue) || !langs) return null;
  return { platform: 'bluesky', handle, postId: rkeyValue, langs: [...langs] };
}

/** A profile view (ProfileViewBasic, ProfileView, ProfileViewDetailed) anywhere in a response. */
const fromProfileView = (node: Record<string, Json>): AccountInput | null =>
  'did' in node && 'handle' in node ? accountOf(node.handle, node.did, node.displayName, node.description) : null;

/**
 * A post anywhere in a response: a post view (feed items, threads, search, getPosts), a quoted
 * post's view record (`value` rather than `record`), or a reply, mention or quote notification.
 * Its URI names the repository it is in, which must be its author's.
 */
function fromPostView(node: Record<string, Json>): DeclaredPost | null {
  if (typeof node.uri !== 'string' || !isObject(node.author)) return null;
  const record = isObject(node.record) ? node.record : isObject(node.value) ? node.value : null;
  const uri = node.uri.match(POST_URI);
  if (!record || !uri || uri[1] !== node.author.did) return null;
  return declaredPostOf(node.author.handle, uri[2], record.langs);
}

type Found = { account: AccountInput } | { post: DeclaredPost };

/**
 * Every profile view, deduplicated by DID (fuller views, with a description, winning), and every
 * post with its declared languages, in one bounded walk of the response.
 */
export function extract(response: unknown): NetworkFindings {
  const found = collectRecords<Found>(
    response,
    (node) => {
      const account = fromProfileView(node);
      if (account) return { account };
      const post = fromPostView(node);
      return post ? { post } : null;
    },
    (f) => ('account' in f ? `a ${f.account.userId}` : `p ${f.post.handle}/${f.post.postId}`),
    {
      maxNodes: MAX_NODES,
      maxRecords: MAX_ACCOUNTS + MAX_POSTS,
      descend: true,
      merge: (kept, again) => ('account' in kept && 'account' in again && !kept.account.bio && again.account.bio ? { account: { ...kept.account, ...again.account } } : kept),
    },
  );
  const accounts: AccountInput[] = [];
  const posts: DeclaredPost[] = [];
  for (const f of found) {
    if (!('account' in f)) {
      if (posts.length < MAX_POSTS) posts.push(f.post);
    } else if (accounts.length < MAX_ACCOUNTS) accounts.push(f.account);
  }
  return { accounts, posts };
}

export const extractAccounts = (response: unknown): AccountInput[] => extract(response).accounts;

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

/**
 * Validates post records arriving from the page world, as the accounts: each is rebuilt from its
 * handle, record key and languages, and refused whole if one of them is malformed (a tag that is no
 * language tag, more than 3 of them, a value that is no string).
 */
export function parsePostEvent(detail: unknown): DeclaredPost[] {
  const posts: DeclaredPost[] = [];
  for (const item of pageWorldRecords(detail, 'bluesky', MAX_POSTS)) {
    const post = declaredPostOf(item.handle, item.postId, item.langs);
    if (post) posts.push(post);
  }
  return posts;
}

/** Bluesky's part in the page's world: which responses to read, and how (entrypoints/bluesky-network.content.ts). */
export const blueskyNetwork: SiteNetwork = { isApiUrl: isXrpcReadUrl, extract, parseAccounts: parseAccountEvent, parsePosts: parsePostEvent, readBeforeRender: true };
