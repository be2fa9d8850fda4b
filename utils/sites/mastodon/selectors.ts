/**
 * Every selector DiploLens uses on a Mastodon instance, in one place. Mastodon's web UI
 * (mastodon/mastodon, app/javascript/mastodon/) names its parts with stable BEM class names
 * (`status__display-name`, `display-name__account`, ...) and links accounts as `/@user[@domain]`;
 * it is translated into 100+ languages, so UI text is never read. Each selector is tested against
 * fixtures built from the components named beside it (scripts/demo/mastodon-markup.ts, indexed in tests/fixtures/mastodon/).
 */
export const MASTODON_SELECTORS = {
  /** components/status.jsx (`div.status[data-id]`) and features/status/components/detailed_status.tsx. */
  post: '.status[data-id]:not(.status--is-quote), .detailed-status',
  /** A quoted post is a Status rendered with isQuotedPost inside the quoting one. */
  quote: '.status--is-quote',
  /** status.jsx: the author link (`/@acct`, title = acct) holding avatar and DisplayName. */
  authorLink: 'a.status__display-name, a.detailed-status__display-name',
  /** display_name/: `<bdi><strong class="display-name__html">` then `<span class="display-name__account">@acct</span>`. */
  displayName: '.display-name__html',
  accountLine: '.display-name__account',
  /** status_content.jsx: the text, with the language Mastodon knows for it. */
  postText: '.status__content__text',
  /** status.jsx: the permalink `/@acct/<id>` around RelativeTimestamp's `<time datetime>`. */
  permalink: 'a.status__relative-time, a.detailed-status__datetime',
  time: 'time[datetime]',
  /** Profile header (features/account_timeline/components/account_header.tsx). */
  profileHeader: '.account__header',
  profileName: '.account__header__tabs__name',
  profileBio: '.account__header__content',
  /** Profile fields: `dl.verified` (account_fields.tsx) or `dd.verified` (older headers) mark a link verified by rel="me". */
  verifiedFieldLink: 'dl.verified dd a[href], dd.verified a[href]',
  /** The check Mastodon draws beside a verified field: `verified__mark` (account_fields.tsx), Icon id "verified" (account_header/fields.tsx). */
  verifiedMark: '.verified__mark, .icon-verified',
  /** Account lists (components/account/index.tsx): follows, followers, search, directory, who to follow. */
  accountCell: '.account',
  accountCellLink: 'a.account__display-name',
  accountCellBio: '.account__note',
  /** account/index.tsx shows an account's first verified link as a VerifiedBadge. */
  verifiedBadgeLink: '.verified-badge a[href]',
  /** components/hover_card_account.tsx. */
  hoverCard: '.hover-card',
  hoverCardLink: 'a.hover-card__name',
  hoverCardBio: '.hover-card__bio',
  /** Inside a post, the action bar (counts) and the relative time ("5m"), which Mastodon updates all the time. */
  inert: '.status__action-bar, .detailed-status__meta, time',
} as const;
