/**
 * Every selector DiploLens uses on X, in one place. X renders with React and localises
 * its UI into 40+ languages, so only data-testid hooks, hrefs and time[datetime] are used,
 * never English UI text or X's generated class names.
 */
export const X_SELECTORS = {
  post: 'article[data-testid="tweet"]',
  authorBlock: '[data-testid="User-Name"]',
  postText: '[data-testid="tweetText"]',
  permalinkTime: 'a[href*="/status/"] > time[datetime]',
  verifiedBadge: 'svg[data-testid="icon-verified"], svg[data-testid="verificationBadge"]',
  /** A quoted post is a clickable block inside the post that has an author block of its own. */
  quoteBlock: 'div[role="link"]',
  socialContext: '[data-testid="socialContext"]',
  /** Profile header: name and @handle; bio and location are its siblings in the header. */
  profileName: '[data-testid="UserName"]',
  profileBio: '[data-testid="UserDescription"]',
  profileLocation: '[data-testid="UserLocation"]',
  /** Who-to-follow, followers, following, list members, search people. */
  userCell: '[data-testid="UserCell"]',
  hoverCard: '[data-testid="HoverCard"]',
  /** X's follow button is tested as "<numeric user id>-follow" (or -unfollow): the id survives renames. */
  followButton: '[data-testid$="-follow"], [data-testid$="-unfollow"]',
  /** The profile header's action row, which holds its follow button (and so the numeric id). */
  profileActions: '[data-testid="placementTracking"]',
  /** The primary column holds the profile being viewed (the sidebar may show other accounts). */
  primaryColumn: '[data-testid="primaryColumn"]',
  /** Inside a post, the action bar (reply, repost, like and view counts) and the relative time ("5m"). */
  inert: '[role="group"], time',
} as const;
