import type { AccountInput } from '../../core/model';
import { readableText } from '../readable-text';
import type { SeenAccount, SeenPost } from '../types';
import { MASTODON_SELECTORS as S } from './selectors';
import { handleFromAccountLine, homeDomainOf, hostOfLink, parseMastodonLink, postKeyOf, timeOfStatusId } from './urls';

const MAX_TEXT = 20_000;

/** The instance's host, read once per document: `location` is slow to reach from a content script's world. */
const hosts = new WeakMap<Document, string>();
function pageHostOf(el: Element): string {
  const doc = el.ownerDocument;
  let host = hosts.get(doc);
  if (host === undefined) hosts.set(doc, (host = doc.location?.hostname?.toLowerCase() ?? ''));
  return host;
}

const textOf = (el: Element | null | undefined, max = 2_000): string | undefined =>
  el ? readableText(el, max).replace(/\s+/g, ' ').trim() || undefined : undefined;

/**
 * The account an author link names. The link (`/@user[@domain]`, or an older UI's absolute profile
 * URL) decides; the "@user@domain" line under the name is read only when the link says nothing.
 * The display name is never read for the handle: anyone can call themselves "@AuswaertigesAmt".
 */
function handleOf(link: Element, host: string): string | null {
  const fromLink = parseMastodonLink(link.getAttribute('href'), host);
  if (fromLink && !fromLink.postId) return fromLink.handle;
  const line = link.querySelector(S.accountLine);
  return line ? handleFromAccountLine(readableText(line, 200), host) : null;
}

/**
 * Hosts of profile links that Mastodon verified (rel="me" found on the linked page; the API's
 * `fields[].verified_at`), shown with a check. A domain merely written in the bio never counts.
 */
export function verifiedLinkHosts(root: Element): string[] {
  const hosts = new Set<string>();
  const add = (a: Element | null) => {
    const host = hostOfLink(a?.getAttribute('href'));
    if (host) hosts.add(host);
  };
  for (const a of root.querySelectorAll(`${S.verifiedFieldLink}, ${S.verifiedBadgeLink}`)) add(a);
  // Newer headers style fields with generated class names: the check icon is the stable part, and
  // its field is the nearest enclosing element that holds a link.
  for (const mark of root.querySelectorAll(S.verifiedMark)) {
    let at = mark.parentElement;
    for (let depth = 0; at && depth < 4; depth++, at = at === root ? null : at.parentElement) {
      const link = at.querySelector('a[href]');
      if (link) {
        add(link);
        break;
      }
    }
  }
  return [...hosts];
}

/**
 * What the platform proves about an account's domains: its home domain (an instance serves only
 * its own accounts, and another instance shows a remote account only after asking that domain)
 * and the hosts of its verified links. Whether a domain is a government's is the core's call.
 */
function withProof(account: AccountInput, verifiedHosts: string[]): AccountInput {
  const home = homeDomainOf(account.handle);
  account.provenDomains = verifiedHosts.length ? [...new Set([home, ...verifiedHosts])] : [home];
  return account;
}

/** The quoted post an element belongs to, within one post (walking up to the post only); null for the post's own parts. */
function quoteOf(el: Element, post: Element): Element | null {
  for (let at = el.parentElement; at && at !== post; at = at.parentElement) if (at.matches(S.quote)) return at;
  return null;
}

function readOne(post: Element, root: Element, isQuote: boolean): SeenPost | null {
  const host = pageHostOf(post);
  // A quoted post's parts belong to it alone (its own author link, text and permalink), and the
  // quoting post's parts are those outside every quote. Most posts quote nothing: one query each.
  const quoted = root.querySelector(S.quote);
  const pick = (selector: string): Element | null =>
    quoted ? ([...root.querySelectorAll(selector)].find((el) => quoteOf(el, post) === (isQuote ? root : null)) ?? null) : root.querySelector(selector);
  const authorLink = pick(S.authorLink);
  if (!authorLink) return null;
  const handle = handleOf(authorLink, host);
  if (!handle) return null;
  const permalink = pick(S.permalink);
  const local = parseMastodonLink(permalink?.getAttribute('href'), host);
  const localId = local?.postId ?? (root.getAttribute('data-id') && /^\d{1,20}$/.test(root.getAttribute('data-id')!) ? root.getAttribute('data-id') : null);
  const nameEl = authorLink.querySelector(S.displayName);
  const name = textOf(nameEl, 400) ?? '';
  const textEl = pick(S.postText);
  const text = textEl ? readableText(textEl, MAX_TEXT).trim() : '';
  if (!name && !text) return null;
  const permalinkPath = permalink?.getAttribute('href');
  return {
    platform: 'mastodon',
    postId: localId ? postKeyOf(host, localId) : null,
    url: localId && permalinkPath ? new URL(permalinkPath, `https://${host}/`).href : null,
    postedAt: pick(S.time)?.getAttribute('datetime') ?? (localId ? timeOfStatusId(localId) : null),
    text,
    lang: textEl?.getAttribute('lang') || undefined,
    author: withProof({ platform: 'mastodon', handle, name, badge: 'none' }, []),
    isQuote,
    container: root,
    badgeSlot: nameEl?.parentElement ?? authorLink,
  };
}

/** The posts an outer post element shows: itself and any post it quotes. */
export function readPosts(post: Element): SeenPost[] {
  const posts: SeenPost[] = [];
  const main = readOne(post, post, false);
  if (main) posts.push(main);
  for (const quote of post.querySelectorAll(S.quote)) {
    const quoted = readOne(post, quote, true);
    if (quoted) posts.push(quoted);
  }
  return posts;
}

/** Profile header: the handle is the "@user@domain" line under the name; the fields carry the verified links. */
export function readProfile(header: Element): SeenAccount | null {
  const host = pageHostOf(header);
  const nameBlock = header.querySelector(S.profileName);
  const h1 = nameBlock?.querySelector('h1');
  if (!nameBlock || !h1) return null;
  const handle = profileHandle(nameBlock, h1, host);
  if (!handle) return null;
  const nameEl = h1.querySelector(S.displayName) ?? h1.firstElementChild ?? h1;
  return {
    kind: 'profile-header',
    account: withProof({ platform: 'mastodon', handle, name: textOf(nameEl, 400), bio: textOf(header.querySelector(S.profileBio)), badge: 'none' }, verifiedLinkHosts(header)),
    container: header,
    badgeSlot: h1,
  };
}

/**
 * The header's handle: the element whose whole text is "@user@domain" (a `small > span` in the h1,
 * or the handle button beside it in newer headers), never the display name, which anyone can set
 * to "@AuswaertigesAmt@social.bund.de".
 */
function profileHandle(nameBlock: Element, h1: Element, host: string): string | null {
  for (const el of nameBlock.querySelectorAll('small > span, button, span')) {
    // Inside the h1 only the small line under the name is the handle.
    if (h1.contains(el) && !el.parentElement?.matches('small')) continue;
    const handle = handleFromAccountLine(readableText(el, 300).replace(/\s+/g, ''), host);
    if (handle) return handle;
  }
  return null;
}

/** Account lists and hover cards: the account link names the account; the bio and verified link sit beside it. */
export function readCard(card: Element, kind: 'user-cell' | 'hover-card'): SeenAccount | null {
  const host = pageHostOf(card);
  const link = card.querySelector(kind === 'hover-card' ? S.hoverCardLink : S.accountCellLink);
  if (!link) return null;
  const handle = handleOf(link, host);
  if (!handle) return null;
  const nameEl = link.querySelector(S.displayName);
  return {
    kind,
    account: withProof(
      { platform: 'mastodon', handle, name: textOf(nameEl, 400), bio: textOf(card.querySelector(kind === 'hover-card' ? S.hoverCardBio : S.accountCellBio)), badge: 'none' },
      verifiedLinkHosts(card),
    ),
    container: card,
    badgeSlot: nameEl?.parentElement ?? link,
  };
}
