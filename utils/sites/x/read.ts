import type { VerificationBadge } from '../../core/model';
import { readableText } from '../readable-text';
import type { SeenAccount, SeenPost } from '../types';
import { X_SELECTORS } from './selectors';
import { handleFromHref, statusOf, X_AT_HANDLE } from './urls';

const MAX_TEXT = 20_000;

/**
 * X draws all three check marks with the same icon and the same label: gold is a gradient,
 * grey (government and multilateral organisations) is a grey fill, blue is X's brand colour.
 */
export function readBadge(svg: Element | null): VerificationBadge {
  if (!svg) return 'none';
  if (svg.querySelector('linearGradient')) return 'gold';
  const fillOf = (el: Element) => (el.getAttribute('fill') || (el as SVGElement).style?.fill || '').toLowerCase();
  if (isGrey(fillOf(svg))) return 'grey';
  for (const part of svg.querySelectorAll('path, g')) if (isGrey(fillOf(part))) return 'grey';
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
  // Walks up to the post only, not to the document's root as closest() would: this runs for
  // every author block and text of every post.
  for (let at = el.parentElement; at && at !== post; at = at.parentElement) if (at.matches(X_SELECTORS.quoteBlock)) return at;
  return null;
}

function readOne(post: Element, authorBlock: Element, scope: Element | null): SeenPost | null {
  const links = [...authorBlock.querySelectorAll('a[href]')];
  const profileLink = links.find((a) => handleFromHref(a.getAttribute('href')));
  const timeEl = authorBlock.querySelector(X_SELECTORS.permalinkTime) ?? (scope ?? post).querySelector(X_SELECTORS.permalinkTime);
  const permalink = timeEl?.parentElement?.getAttribute('href') ?? null;
  const status = permalink ? statusOf(permalink) : null;

  // A quoted post often has no profile link: its handle is then only in its "@handle" line, which
  // is never the display name (a name saying "@StateDept" must not make the post @StateDept's).
  const handle = handleFromHref(profileLink?.getAttribute('href') ?? null) ?? status?.handle ?? handleLine(authorBlock);
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
    postId: status?.postId ?? null,
    url: status ? `https://x.com/${status.handle}/status/${status.postId}` : null,
    postedAt: timeEl?.getAttribute('datetime') ?? null,
    text,
    lang: textEl?.getAttribute('lang') || undefined,
    author: { platform: 'x', handle, name, badge: readBadge(authorBlock.querySelector(X_SELECTORS.verifiedBadge)) },
    isQuote: scope !== null,
    container: scope ?? post,
    badgeSlot: authorBlock.firstElementChild ?? authorBlock,
  };
}

/**
 * The handle of an author block's "@handle" line: a span whose whole text is one @handle. X draws
 * the display name first, and anyone can name themselves "@StateDept", so the first text in the
 * block (the name, with everything inside it) is never taken for the handle.
 */
function handleLine(block: Element): string | null {
  let name: Element | null = null;
  for (const span of block.querySelectorAll('span')) {
    const text = readableText(span, 40).trim();
    if (!text) continue;
    if (!name) {
      name = span;
      continue;
    }
    if (name.contains(span)) continue;
    const match = text.match(X_AT_HANDLE);
    if (match && match[0] === text) return match[1]!;
  }
  return null;
}

const userIdOf = (root: Element): string | undefined =>
  root.querySelector(X_SELECTORS.followButton)?.getAttribute('data-testid')?.match(/^(\d{1,25})-/)?.[1];

const textOf = (el: Element | null | undefined, max = 2_000): string | undefined =>
  el ? readableText(el, max).replace(/\s+/g, ' ').trim() || undefined : undefined;

/** Profile header: the handle is in the "@handle" line (the page is the profile, so no link to it). */
export function readProfile(header: Element): SeenAccount | null {
  const nameRow = header.querySelector('div > div') ?? header.firstElementChild ?? header;
  const handle = handleLine(header);
  if (!handle) return null;
  const nameText = nameRow.querySelector('span') ?? nameRow;
  const scope = header.closest(X_SELECTORS.primaryColumn) ?? header.ownerDocument;
  return {
    kind: 'profile-header',
    account: {
      platform: 'x',
      handle,
      name: textOf(nameText, 400)?.replace(/@[A-Za-z0-9_]+.*$/, '').trim(),
      bio: textOf(scope.querySelector(X_SELECTORS.profileBio)),
      location: textOf(scope.querySelector(X_SELECTORS.profileLocation), 200),
      badge: readBadge(header.querySelector(X_SELECTORS.verifiedBadge)),
      userId: userIdOf(scope.querySelector(X_SELECTORS.profileActions) ?? header.parentElement ?? header),
    },
    container: header,
    badgeSlot: nameRow,
  };
}

/**
 * User cells and hover cards: a link to the profile holds the name; the bio is the
 * described text block outside the links and buttons.
 */
export function readCard(card: Element, kind: 'user-cell' | 'hover-card'): SeenAccount | null {
  const links = [...card.querySelectorAll('a[href]')].filter((a) => handleFromHref(a.getAttribute('href')));
  const nameLink = links.find((a) => !/^@/.test(readableText(a, 50).trim()) && readableText(a, 50).trim()) ?? links[0];
  const handle = handleFromHref(nameLink?.getAttribute('href') ?? null);
  if (!nameLink || !handle) return null;
  const bioEl =
    card.querySelector(X_SELECTORS.profileBio) ??
    [...card.querySelectorAll('div[dir="auto"]')].reverse().find((el) => {
      const control = el.closest('a, button, [role="button"]');
      return !control || control === card;
    });
  return {
    kind,
    account: {
      platform: 'x',
      handle,
      name: textOf(nameLink, 400),
      bio: textOf(bioEl),
      badge: readBadge(card.querySelector(X_SELECTORS.verifiedBadge)),
      userId: userIdOf(card),
    },
    container: card,
    badgeSlot: nameLink.parentElement ?? card,
  };
}

/** The posts an outer post element shows: itself and any post it quotes. */
export function readPosts(post: Element): SeenPost[] {
  const posts: SeenPost[] = [];
  for (const authorBlock of post.querySelectorAll(X_SELECTORS.authorBlock)) {
    const seen = readOne(post, authorBlock, quoteScopeOf(authorBlock, post));
    if (seen) posts.push(seen);
  }
  return posts;
}
