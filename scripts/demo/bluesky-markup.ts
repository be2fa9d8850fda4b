// Bluesky-like markup for tests, fixtures and the offline demo. It follows what bsky.app's web build
// (bluesky-social/social-app, React Native for Web) renders: a component's testID becomes data-testid,
// accessibilityRole="link" becomes role="link", a View is a div with generated classes, a Text is a
// div[dir="auto"], an inline link text is an <a href> with dir="auto". Each function names the
// component and the commit it was read from, so the markup can be re-checked when the app changes.
// Strings are escaped here, as React would.
import { esc } from './x-markup';

/** The social-app components the markup follows, each at the commit it was read from. */
export const SOCIAL_APP_SOURCES = {
  feedItem: 'src/view/com/posts/PostFeedItem.tsx @ 8889598d6be9bd97a84eb9fdf9378afd6714c6f1',
  postMeta: 'src/view/com/util/PostMeta.tsx @ 00da368dc5437aa01bbebeda9595791e6862becc',
  link: 'src/view/com/util/Link.tsx @ 4229cadd03b8f5360e48b3558702b62d9cbc5f92',
  controls: 'src/components/PostControls/index.tsx @ cf4344424e71f4af03c5733d7255d319eac06c94',
  quote: 'src/components/Post/Embed/index.tsx @ 9e3858969eb4448c96cccec96af536864ae893b6',
  threadPost: 'src/screens/PostThread/components/ThreadItemPost.tsx @ 705760a144c5f279ea9c095344780c36d71448c8',
  threadAnchor: 'src/screens/PostThread/components/ThreadItemAnchor.tsx @ b88d50aa0c3f540b94088f65b03447dd4166bff9',
  notification: 'src/view/com/notifications/NotificationFeedItem.tsx @ 0ac15920a477a5c8090fd2b929b36ac0b6e02c34',
  profileHeader: 'src/screens/Profile/Header/ProfileHeaderStandard.tsx @ b4147736b2b41edf39a558daa4a419c23cc6c753',
  profileCard: 'src/components/ProfileCard.tsx @ f46336e34142e7f46bb1395f727e303e37b15d41',
  hoverCard: 'src/components/ProfileHoverCard/index.web.tsx @ 685211ed350da72ce3ab222ea4e50b67560f4acd',
} as const;

export interface BlueskyPost {
  /** The post's record key (a TID: it encodes when the post was written). */
  rkey: string;
  handle: string;
  name: string;
  text: string;
  quote?: Omit<BlueskyPost, 'quote' | 'repostedBy'>;
  /** Handle of whoever reposted it (PostFeedItem's reason line). */
  repostedBy?: string;
}

export interface BlueskyAccount {
  handle: string;
  name: string;
  bio?: string;
}

const VIEW = 'css-175oi2r';
const TEXT = 'css-146c3p1';
const view = (inner: string, attrs = ''): string => `<div class="${VIEW}"${attrs}>${inner}</div>`;
const text = (inner: string, attrs = ''): string => `<div dir="auto" class="${TEXT}"${attrs}>${inner}</div>`;
const profileHref = (handle: string) => `/profile/${esc(handle)}`;
const postHref = (handle: string, rkey: string) => `/profile/${esc(handle)}/post/${esc(rkey)}`;

/** Post text as RichText renders it: mentions as profile links, the rest as text. */
function richText(value: string): string {
  return value
    .split(/(@[a-z0-9.-]+\.[a-z]{2,})/i)
    .map((part, i) => (i % 2 ? `<a href="${profileHref(part.slice(1).toLowerCase())}" dir="auto" role="link" class="${TEXT}">${esc(part)}</a>` : esc(part)))
    .join('');
}

/** PreviewableUserAvatar: a link to the profile holding the image (data-testid="userAvatarImage"). */
const avatar = (handle: string, size = 42): string =>
  `<a href="${profileHref(handle)}" role="link" aria-hidden="true" tabindex="-1" class="${VIEW}" style="width: ${size}px; height: ${size}px;">${view('<img alt="" draggable="false" src="https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:demo/a@jpeg">', ' data-testid="userAvatarImage"')}</a>`;

/** PostMeta: name link, handle link ("@handle" after a no-break space), and the time as a permalink. */
function postMeta(p: Omit<BlueskyPost, 'quote' | 'repostedBy'>, showAvatar: boolean): string {
  const nameLink = `<a href="${profileHref(p.handle)}" dir="auto" role="link" aria-label="View profile" class="${TEXT}" style="font-weight: 600;">${esc(p.name)}</a>`;
  const handleLink = `<a href="${profileHref(p.handle)}" dir="auto" role="link" aria-label="View profile" class="${TEXT}">&nbsp;@${esc(p.handle)}</a>`;
  const time = `<a href="${postHref(p.handle, p.rkey)}" dir="auto" role="link" aria-label="November 20, 2026 at 2:03 PM" title="November 20, 2026 at 2:03 PM" data-tooltip="November 20, 2026 at 2:03 PM" class="${TEXT}"><span class="${TEXT}">·&nbsp;</span>2h</a>`;
  return view((showAvatar ? view(avatar(p.handle, 16)) : '') + view(view(nameLink + handleLink)) + time, ' style="flex-direction: row;"');
}

/** PostControls: reply, repost, like and the menu, each with its test id and a count. */
const controls = (): string =>
  view(
    `<button data-testid="replyBtn" role="button" class="${VIEW}">${text('12', ' data-testid="replyCount"')}</button>` +
      `<button data-testid="repostBtn" role="button" class="${VIEW}">${text('40', ' data-testid="repostCount"')}</button>` +
      `<button data-testid="likeBtn" role="button" class="${VIEW}">${text('200', ' data-testid="likeCount"')}</button>` +
      `<button data-testid="postDropdownBtn" role="button" aria-label="Open post options menu" class="${VIEW}"></button>`,
    ' style="flex-direction: row;"',
  );

/** Post/Embed's QuoteEmbed: a role="link" block with a PostMeta (with avatar) and the quoted text. */
function quoteEmbed(q: Omit<BlueskyPost, 'quote' | 'repostedBy'>): string {
  return view(view(`<div role="link" tabindex="0" aria-label="Post by ${esc(q.handle)}" title="Post by ${esc(q.handle)}" class="${VIEW}">${view(postMeta(q, true), ' style="pointer-events: none;"')}${text(richText(q.text))}</div>`), ' style="margin-top: 8px;"');
}

/** PostFeedItem: the whole item is a Link (noFeedback: a role="link" Pressable) named by its author. */
export function feedItem(p: BlueskyPost): string {
  const reason = p.repostedBy
    ? `<div role="link" tabindex="0" title="Reposted by ${esc(p.repostedBy)}" class="${VIEW}">${text(`Reposted by <a href="${profileHref(p.repostedBy)}" dir="auto" role="link" class="${TEXT}">${esc(p.repostedBy)}</a>`)}</div>`
    : '';
  const body =
    view(view(view(''), ' style="width: 42px;"') + view(reason), ' style="flex-direction: row;"') +
    view(
      view(avatar(p.handle)) +
        view(postMeta(p, false) + view(text(richText(p.text), ' data-testid="postText"'), ' data-testid="contentHider-post"') + (p.quote ? quoteEmbed(p.quote) : '') + controls()),
      ' style="flex-direction: row;"',
    );
  return `<div role="link" tabindex="0" data-testid="feedItem-by-${esc(p.handle)}" class="${VIEW}">${view(body)}</div>`;
}

/** ThreadItemPost: a reply in a thread (PostHider with `postThreadItem-by-<handle>`; RichText without a test id). */
export function threadReply(p: BlueskyPost): string {
  const inner = view(view(avatar(p.handle)) + view(postMeta(p, false) + text(richText(p.text)) + (p.quote ? quoteEmbed(p.quote) : '') + controls()), ' style="flex-direction: row;"');
  return view(`<div role="link" tabindex="0" data-testid="postThreadItem-by-${esc(p.handle)}" class="${VIEW}">${inner}</div>`);
}

/**
 * ThreadItemAnchor: the thread's own post. Its author link holds name and handle; it has no link to
 * itself, only to its reposts, quotes and likes pages.
 */
export function threadAnchor(p: BlueskyPost): string {
  const author = `<a href="${profileHref(p.handle)}" role="link" aria-label="${esc(p.name)}" class="${VIEW}">${view(view(text(esc(p.name))) + text('@' + esc(p.handle)))}</a>`;
  const metrics = view(
    `<a href="${postHref(p.handle, p.rkey)}/reposted-by" role="link" class="${VIEW}">${text('<span>40</span> reposts', ' data-testid="repostCount-expanded"')}</a>` +
      `<a href="${postHref(p.handle, p.rkey)}/liked-by" role="link" class="${VIEW}">${text('<span>200</span> likes', ' data-testid="likeCount-expanded"')}</a>`,
  );
  return `<div data-testid="postThreadItem-by-${esc(p.handle)}" class="${VIEW}">${view(view(avatar(p.handle)) + author, ' style="flex-direction: row;"')}${view(text(richText(p.text)) + (p.quote ? quoteEmbed(p.quote) : '') + view(text('November 20, 2026 at 2:03 PM')) + metrics + controls())}</div>`;
}

/** NotificationFeedItem: a reply, mention or quote is a Link named by the notification's author, around a Post. */
export function notificationPost(p: BlueskyPost): string {
  return `<div role="link" tabindex="0" data-testid="feedItem-by-${esc(p.handle)}" class="${VIEW}">${view(view(view(avatar(p.handle)) + view(postMeta(p, false) + text(richText(p.text)) + controls()), ' style="flex-direction: row;"'))}</div>`;
}

/** NotificationFeedItem for a like: names who liked, and shows the liked post's text (by the reader), with no permalink. */
export function likeNotification(liker: BlueskyAccount, likedText: string): string {
  return `<div role="link" tabindex="0" data-testid="feedItem-by-${esc(liker.handle)}" class="${VIEW}">${view(view(avatar(liker.handle, 35)) + view(text(`<a href="${profileHref(liker.handle)}" dir="auto" role="link" class="${TEXT}">${esc(liker.name)}</a> liked your post`) + text(esc(likedText))))}</div>`;
}

/** ProfileHeaderStandard: the name by test id, the "@handle" line, the metrics links and the description. */
export function profileHeader(a: BlueskyAccount): string {
  const metrics = view(
    `<a href="${profileHref(a.handle)}/followers" dir="auto" role="link" class="${TEXT}"><span>12.3K</span> followers</a>` +
      `<a href="${profileHref(a.handle)}/follows" dir="auto" role="link" class="${TEXT}"><span>80</span> following</a>`,
  );
  const actions = view(`<button data-testid="followBtn" role="button" aria-label="Follow ${esc(a.handle)}" class="${VIEW}">${text('Follow')}</button>`);
  const names = view(view(text(esc(a.name), ' data-testid="profileHeaderDisplayName"')) + view(text('@' + esc(a.handle))));
  const bio = a.bio === undefined ? '' : view(text(richText(a.bio), ' data-testid="profileHeaderDescription"'));
  return view(view(actions + names + view(metrics + bio)));
}

/**
 * ProfileCard.Default: one Link (`profileCard-<handle>-link`) with avatar, name, handle, follow button
 * and description. React nests the avatar's own link inside it; parsed HTML cannot nest anchors, so
 * the fixture draws the avatar without its link.
 */
export function profileCard(a: BlueskyAccount): string {
  const header = view(view(view('', ' data-testid="userAvatarImage"')) + view(view(text(esc(a.name))) + text('@' + esc(a.handle))) + `<button role="button" aria-label="Follow" class="${VIEW}">${text('Follow')}</button>`, ' style="flex-direction: row;"');
  const description = a.bio === undefined ? '' : view(text(esc(a.bio)));
  return `<a href="${profileHref(a.handle)}" role="link" data-testid="profileCard-${esc(a.handle)}-link" class="${VIEW}">${view(view(header + description))}</a>`;
}

/** ProfileHoverCard (web): a portal's floating div; its Inner has the avatar link, the name link and the metrics. */
export function hoverCard(a: BlueskyAccount): string {
  const top = view(`<a href="${profileHref(a.handle)}" role="link" aria-label="View profile" class="${VIEW}">${view('', ' data-testid="userAvatarImage"')}</a><button role="button" aria-label="Follow" class="${VIEW}">${text('Follow')}</button>`);
  const name = `<a href="${profileHref(a.handle)}" role="link" aria-label="View profile" class="${VIEW}">${view(view(text(esc(a.name))) + view(text('@' + esc(a.handle))))}</a>`;
  const metrics = view(`<a href="${profileHref(a.handle)}/followers" dir="auto" role="link" class="${TEXT}">12.3K followers</a><a href="${profileHref(a.handle)}/follows" dir="auto" role="link" class="${TEXT}">80 following</a>`);
  const bio = a.bio === undefined ? '' : view(text(esc(a.bio)));
  return `<div style="position: absolute; left: 0px; top: 0px; transform: translate(120px, 80px);"><div style="will-change: transform; animation: 0.1s ease 0s 1 normal both running fadeIn;">${view(view(top + name + metrics + bio))}</div></div>`;
}

const STYLE = `body{font-family:InterVariable,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;background:#fff;color:#0b0f14}main{max-width:600px;margin:0 auto;border-left:1px solid #e5e8eb;border-right:1px solid #e5e8eb}[data-testid^=feedItem-by-],[data-testid^=postThreadItem-by-]{display:block;padding:10px 16px;border-top:1px solid #e5e8eb}a{color:inherit;text-decoration:none}[data-testid=postText],div[dir=auto]{white-space:pre-wrap;overflow-wrap:anywhere;line-height:20px}div[role=link][title^="Post by"]{border:1px solid #d4dbe2;border-radius:8px;padding:8px 12px}[data-testid=userAvatarImage]{display:inline-block;width:42px;height:42px;border-radius:50%;background:#c6d0da}[data-testid=userAvatarImage] img{display:none}button{border:0;background:none;color:#42576c;margin-right:32px}[data-testid=profileHeaderDisplayName]{font-size:34px;font-weight:800}@media (prefers-color-scheme:dark){body{background:#151d28;color:#f1f3f5}main,[data-testid^=feedItem-by-],[data-testid^=postThreadItem-by-],div[role=link][title^="Post by"]{border-color:#2e4052}[data-testid=userAvatarImage]{background:#2e4052}button{color:#aebbc9}}`;

/** A whole bsky.app-like page: the app root and its main column around `body`. */
export function blueskyPage(body: string, title = 'Bluesky', sources: readonly string[] = Object.values(SOCIAL_APP_SOURCES)): string {
  const provenance = `<!-- Markup after bluesky-social/social-app (React Native for Web), built by scripts/demo/bluesky-markup.ts from:\n${sources.map((s) => `     ${s}`).join('\n')} -->`;
  return `<!DOCTYPE html>\n${provenance}\n<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body><div id="root"><main role="main">${body}</main></div></body></html>\n`;
}

/** A feed page (home, search, a custom feed or list feed) of feed items. */
export function feedPage(posts: BlueskyPost[], title = 'Home — Bluesky'): string {
  return blueskyPage(view(posts.map(feedItem).join('')), title, [SOCIAL_APP_SOURCES.feedItem, SOCIAL_APP_SOURCES.postMeta, SOCIAL_APP_SOURCES.link, SOCIAL_APP_SOURCES.quote, SOCIAL_APP_SOURCES.controls]);
}
