/**
 * Every selector DiploLens uses on Bluesky (bsky.app), in one place. The web app is React Native
 * for Web (bluesky-social/social-app): a component's testID becomes data-testid, accessibilityRole
 * becomes role, and class names are generated. Only test ids, roles, links (/profile/<handle>,
 * /profile/<handle>/post/<rkey>) and dir="auto" text blocks are used, never UI text (the app is
 * translated into 40+ languages) or classes. Each selector names the component it comes from.
 */
export const BLUESKY_SELECTORS = {
  /**
   * A post in a feed (PostFeedItem: `feedItem-by-<handle>`, also each notification), or in a thread
   * (ThreadItemPost, ThreadItemTreePost, ThreadItemAnchor: `postThreadItem-by-<handle>`).
   */
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  /** A post in a thread: the thread's own post shows no link to itself. */
  threadPost: '[data-testid^="postThreadItem-by-"]',
  /** The post's text in feeds (RichText testID="postText"); threads and quotes draw it without one. */
  postText: '[data-testid="postText"]',
  /** RN-Web's Text: any text block, the post's text among them where it has no test id. */
  textBlock: 'div[dir="auto"]',
  /** Links: a profile (PostMeta's name and handle, avatars) and a post's permalink (PostMeta's time). */
  profileLink: 'a[href^="/profile/"], a[href^="https://bsky.app/profile/"]',
  permalink: 'a[href*="/post/"]',
  /**
   * A quoted post (Post/Embed's QuoteEmbed): a Link, so role="link", with a PostMeta of its own
   * inside the outer post. The outer feed item is itself role="link".
   */
  quoteBlock: '[role="link"]:not(a)',
  /** Profile header (ProfileHeaderStandard): name by test id; handle from its own links (followers, follows). */
  profileName: '[data-testid="profileHeaderDisplayName"]',
  profileBio: '[data-testid="profileHeaderDescription"]',
  /** Account lists (ProfileCard.Link: `profileCard-<handle>-link`): followers, follows, search, list members. */
  profileCard: 'a[data-testid^="profileCard-"][data-testid$="-link"], [data-testid^="profileCard-"][data-testid$="-link"]',
  /**
   * The hover card (ProfileHoverCard/index.web.tsx) has no test id: it is a portal's floating div
   * whose inner div animates with will-change; readAccount requires a profile link and a followers
   * link inside before reading it.
   */
  hoverCard: 'div[style*="will-change: transform"]',
  /** Inside a post, the action bar (PostControls: reply, repost, like counts); its changes need no re-read. */
  inert: '[data-testid="replyBtn"], [data-testid="repostCount"], [data-testid="likeCount"], [data-testid="likeBtn"], [data-testid="repostBtn"], [data-testid="postDropdownBtn"]',
} as const;
