import type { AccountInput } from '../../core/model';
import { readableText } from '../readable-text';
import type { SeenAccount, SeenPost } from '../types';
import { postLanguage } from './post-language';
import { BLUESKY_SELECTORS as S } from './selectors';
import { BLUESKY_HANDLE, isOwnDomainHandle, postOf, postUrl, profileOf, timeOfRkey } from './urls';

const MAX_TEXT = 20_000;
const TESTID_HANDLE = /^(?:feedItem|postThreadItem)-by-(.+)$/;

const textOf = (el: Element | null | undefined, max = 2_000): string | undefined =>
  el ? readableText(el, max).replace(/\s+/g, ' ').trim() || undefined : undefined;

/**
 * The account as Bluesky shows it. A handle that is a domain of the account's own was verified by
 * Bluesky (DNS or HTTPS; a failed one is shown as "handle.invalid", and links then use the DID), so
 * it is a proven domain: utils/core/accounts/proven-domain.ts decides what that domain is worth.
 */
export function blueskyAccount(handle: string, fields: Omit<AccountInput, 'platform' | 'handle'> = {}): AccountInput {
  const account: AccountInput = { platform: 'bluesky', handle, badge: 'none' };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== '') (account as unknown as Record<string, unknown>)[key] = value;
  if (isOwnDomainHandle(handle)) account.provenDomains = [handle];
  return account;
}

/** The handle a post element's test id names (the app sets it from the post's author). */
function testIdHandle(post: Element): string | null {
  const handle = post.getAttribute('data-testid')?.match(TESTID_HANDLE)?.[1]?.toLowerCase();
  return handle && BLUESKY_HANDLE.test(handle) && !handle.endsWith('.invalid') ? handle : null;
}

/** A quoted post: a role="link" block inside the post that holds a permalink of its own. */
const isQuoteBlock = (el: Element): boolean => el.matches(S.quoteBlock) && el.querySelector(S.permalink) !== null;

/** The quote block an element belongs to, within one post; null for the post's own parts. */
function quoteScopeOf(el: Element, post: Element): Element | null {
  for (let at = el.parentElement; at && at !== post; at = at.parentElement) if (isQuoteBlock(at)) return at;
  return null;
}

/** Elements of `selector` in a post that belong to `scope` (the post itself when null), in document order. */
function ownParts(post: Element, scope: Element | null, selector: string): Element[] {
  return [...(scope ?? post).querySelectorAll(selector)].filter((el) => quoteScopeOf(el, post) === scope);
}

const follows = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & 4) !== 0;

/**
 * The post's text: the RichText after the author's link, outside buttons and outside any link but the
 * post itself (the author's link, a repost line, a quote's own block).
 */
function postTextOf(post: Element, scope: Element | null, authorLink: Element): Element | null {
  const tagged = ownParts(post, scope, S.postText)[0];
  if (tagged) return tagged;
  const own = scope ?? post;
  return (
    ownParts(post, scope, S.textBlock).find((el) => {
      if (!follows(authorLink, el) || authorLink.contains(el) || el.closest('button, [role="button"]')) return false;
      const link = el.closest('a, [role="link"]');
      return (!link || link === own || link.contains(own)) && !el.parentElement?.closest(S.textBlock) && readableText(el, 1).length > 0;
    }) ?? null
  );
}

function readOne(post: Element, scope: Element | null): SeenPost | null {
  const outerHandle = scope ? null : testIdHandle(post);
  if (!scope && !outerHandle) return null;
  const permalinks = ownParts(post, scope, S.permalink)
    .filter((a) => !a.closest(S.postText))
    .map((a) => postOf(a.getAttribute('href')))
    .filter((p): p is NonNullable<typeof p> => p !== null && p.handle !== null);
  // The outer post's author is the one its test id names: a repost line links to the reposter first.
  const permalink = outerHandle ? permalinks.find((p) => p.handle === outerHandle) : permalinks[0];
  const handle = outerHandle ?? permalink?.handle;
  if (!handle) return null;

  const profileLinks = ownParts(post, scope, S.profileLink).filter((a) => profileOf(a.getAttribute('href'))?.handle === handle && !a.closest(S.postText));
  // The avatar link has no text and the handle link says "@handle": the name link is the other one.
  const named = profileLinks.find((a) => {
    const text = textOf(a, 400);
    return text && text !== '@' + handle;
  });
  // Without a named link (a layout that draws the name outside it), the avatar's link still places the badge.
  const nameLink = named ?? profileLinks[0];
  if (!nameLink) return null;
  const name = named ? (textOf(named.querySelector(S.textBlock) ?? named, 400) ?? '') : '';
  const authorRow = nameLink.parentElement ?? nameLink;
  const textEl = postTextOf(post, scope, nameLink);
  const text = textEl ? readableText(textEl, MAX_TEXT).trim() : '';

  // The thread's own post shows no link to itself: its id is the page's.
  const rkey = permalink?.rkey ?? (!scope && post.matches(S.threadPost) ? ownPagePost(post, handle) : null);
  // A notification that someone liked, reposted or followed is no post of theirs: it links to none.
  if (!rkey) return null;
  return withLanguage({
    platform: 'bluesky',
    postId: rkey,
    url: postUrl(handle, rkey),
    postedAt: timeOfRkey(rkey),
    text,
    lang: undefined,
    author: blueskyAccount(handle, { name }),
    isQuote: scope !== null,
    container: scope ?? post,
    badgeSlot: authorRow,
  }, handle, rkey);
}

/**
 * Bluesky's markup declares no language (X's text carries lang=""), and tone needs one: it is taken
 * from the post's record or detected from its text (./post-language.ts), once, and only when read, so
 * only the posts whose tone is classified (official ones) pay for it.
 */
function withLanguage(seen: SeenPost, handle: string, rkey: string): SeenPost {
  let lang: string | undefined | null = null;
  return Object.defineProperty(seen, 'lang', {
    enumerable: true,
    get: () => (lang === null ? (lang = postLanguage(handle, rkey, seen.text)) : lang),
  });
}

function ownPagePost(post: Element, handle: string): string | null {
  const page = postOf(post.ownerDocument.defaultView?.location.pathname ?? null);
  return page && page.handle === handle ? page.rkey : null;
}

/** The posts an outer post element shows: itself and any post it quotes. Never throws on odd markup. */
export function readPosts(post: Element): SeenPost[] {
  const posts: SeenPost[] = [];
  const own = readOne(post, null);
  if (own) posts.push(own);
  for (const block of post.querySelectorAll(S.quoteBlock)) {
    if (!isQuoteBlock(block)) continue;
    const quoted = readOne(post, block);
    if (quoted) posts.push(quoted);
  }
  return posts;
}

/** The handle in a block's own profile links (a profile header's followers and follows links). */
function handleOfLinks(root: Element, anySection: boolean): string | null {
  for (const a of root.querySelectorAll(S.profileLink)) {
    const handle = profileOf(a.getAttribute('href'), anySection)?.handle;
    if (handle) return handle;
  }
  return null;
}

/**
 * Profile header: the name by test id; the handle from the header's own links (followers,
 * follows), else from the page's address. Never from the name, which anyone can set to anything.
 */
export function readProfile(nameEl: Element): SeenAccount | null {
  let scope: Element = nameEl;
  let handle: string | null = null;
  for (let at: Element | null = nameEl, depth = 0; at && depth < 8 && !handle; at = at.parentElement, depth++) {
    scope = at;
    if (at.querySelector(S.profileBio) || at.querySelector(S.profileLink)) handle = handleOfLinks(at, true);
  }
  handle ??= profileOf(nameEl.ownerDocument.defaultView?.location.pathname ?? null, true)?.handle ?? null;
  if (!handle) return null;
  return {
    kind: 'profile-header',
    account: blueskyAccount(handle, { name: textOf(nameEl, 400), bio: textOf(scope.querySelector(S.profileBio)) }),
    container: nameEl,
    badgeSlot: nameEl.parentElement ?? nameEl,
  };
}

/** Top-level text blocks of a card, outside buttons (follow) and label pills. */
const textBlocks = (root: Element): Element[] =>
  [...root.querySelectorAll(S.textBlock)].filter((el) => !el.parentElement?.closest(S.textBlock) && !el.closest('button, [role="button"]'));

/** Account lists: a ProfileCard is one link to the profile, with name, handle and bio inside. */
export function readProfileCard(card: Element): SeenAccount | null {
  const handle = profileOf(card.getAttribute('href'))?.handle;
  const named = card.getAttribute('data-testid')?.match(/^profileCard-(.+)-link$/)?.[1]?.toLowerCase();
  if (!handle || (named && named !== handle)) return null;
  const blocks = textBlocks(card);
  const nameEl = blocks[0];
  if (!nameEl) return null;
  const rest = blocks.slice(1);
  if (rest[0] && textOf(rest[0], 300)?.replace(/^@/, '').toLowerCase() === handle) rest.shift();
  return {
    kind: 'user-cell',
    account: blueskyAccount(handle, { name: textOf(nameEl, 400), bio: textOf(rest[rest.length - 1]) }),
    container: card,
    badgeSlot: nameEl.parentElement ?? card,
  };
}

/** The hover card: a link to the profile holds the name; the bio is the text outside any link. */
export function readHoverCard(card: Element): SeenAccount | null {
  const handle = handleOfLinks(card, false);
  if (!handle || !card.querySelector('a[href$="/followers"]')) return null;
  const nameLink = [...card.querySelectorAll(S.profileLink)].find((a) => profileOf(a.getAttribute('href'))?.handle === handle && textOf(a, 400));
  const nameEl = nameLink?.querySelector(S.textBlock) ?? nameLink;
  if (!nameEl) return null;
  const bioEl = textBlocks(card).filter((el) => !el.closest('a')).pop();
  return {
    kind: 'hover-card',
    account: blueskyAccount(handle, { name: textOf(nameEl, 400), bio: textOf(bioEl) }),
    container: card,
    badgeSlot: nameEl.parentElement ?? card,
  };
}
