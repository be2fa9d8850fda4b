import type { AccountInput, Platform } from '../core/model';

/**
 * One post as a page shows it, read by a platform module (utils/sites/<platform>/).
 * Every platform module returns this same shape, so the content script knows no site's markup.
 */
export interface SeenPost {
  platform: Platform;
  /** The platform's own id of the post; null when the page does not show a permalink (some quoted posts). */
  postId: string | null;
  url: string | null;
  /** ISO 8601, from the page's machine-readable time. */
  postedAt: string | null;
  text: string;
  /** BCP-47 tag the platform declares for the text, if any. */
  lang: string | undefined;
  author: AccountInput;
  /** A post quoted inside another post. */
  isQuote: boolean;
  /** The element that carries the post's processing state (data-dl-state). */
  container: Element;
  /** The element the badge is appended to: the row that holds the author's name. */
  badgeSlot: Element;
}

/** Where on a site something was seen; diagnostics count per surface. */
export type Surface =
  | 'home'
  | 'profile'
  | 'post'
  | 'search'
  | 'lists'
  | 'bookmarks'
  | 'notifications'
  | 'other';

/** An account shown on its own (profile header, account list cell, hover card): often with its bio. */
export interface SeenAccount {
  account: AccountInput;
  kind: 'profile-header' | 'user-cell' | 'hover-card';
  /** The element that carries the processing state (data-dl-state). */
  container: Element;
  badgeSlot: Element;
}

/**
 * What a post's own record declares and its markup does not show (Bluesky: the languages its author
 * chose, `app.bsky.feed.post` `langs`), matched to the post on the page by author and post id.
 */
export interface DeclaredPost {
  platform: Platform;
  /** Lower-cased handle of the author. */
  handle: string;
  /** The platform's own id of the post, as SeenPost.postId (Bluesky: the record key). */
  postId: string;
  /** BCP-47 tags, as the author declared them; empty when the record declares none. */
  langs: string[];
}

/** What one API response tells, read in one walk of it. */
export interface NetworkFindings {
  accounts: AccountInput[];
  posts: DeclaredPost[];
}

/**
 * A platform's own API responses, read in the page's world (utils/sites/page-world-observer.ts):
 * they carry what the DOM hides (stable account ids, bios, the platform's government labels, a
 * post's declared languages).
 */
export interface SiteNetwork {
  /** Whether the page-world observer reads this response; everything else is left alone. */
  isApiUrl(url: string): boolean;
  /** Account records (and, where the platform has them, post records) in one response, in one bounded walk. Pure: it runs in the page's world. */
  extract(json: unknown): NetworkFindings;
  /** Validates account records arriving from the page world: any script on the page can dispatch the event. */
  parseAccounts(detail: unknown): AccountInput[];
  /** Validates post records arriving from the page world, likewise; absent where `extract` finds none. */
  parsePosts?(detail: unknown): DeclaredPost[];
  /**
   * Keeps post records for the content script's next reads of those posts; returns the (lower-cased)
   * handles whose posts were read before their record came and must be read again.
   */
  rememberPosts?(posts: DeclaredPost[]): Set<string>;
  /**
   * Read each response as soon as the page has it rather than in idle time, because its records are
   * worth something only if they reach the content script before the app draws what it fetched.
   */
  readBeforeRender?: boolean;
}

/**
 * Everything DiploLens knows of one platform (utils/sites/<platform>/), registered in
 * utils/sites/registry.ts. Nothing outside a platform's folder knows its markup, hosts or URLs.
 */
export interface SiteModule {
  platform: Platform;
  /** Content-script match patterns: the pages this platform's content script runs on. */
  matches: readonly string[];
  /** Match patterns of a post's permalink (the "save this post" context menu). */
  postLinkPatterns: readonly string[];
  /** Selector of a post's outer element; the content script observes these. */
  postSelector: string;
  /** The posts an outer post element shows: itself and any post it quotes. Never throws on odd markup. */
  readPosts(postElement: Element): SeenPost[];
  /** Selector of elements that show one account on its own. */
  accountSelector: string;
  readAccount(element: Element): SeenAccount | null;
  /** Which surface a URL path is (home timeline, profile, post detail, ...). */
  surfaceOf(pathname: string): Surface;
  /**
   * Parts of a post whose changes never change what is read from it (counts, relative
   * timestamps): the site updates them all the time, and the post need not be read again.
   */
  inertSelector?: string;
  /** The account a link points to (the "correct this account" context menu), or null. */
  accountOfLink(url: string): string | null;
  /** The post id of a permalink, or null. */
  postIdOf(url: string): string | null;
  /**
   * Domains the platform proves an account controls from its handle alone (a Bluesky handle is a
   * DNS- or HTTPS-verified domain; a Mastodon handle names the instance that serves the account), for
   * identifying an account known only by its handle.
   */
  provenDomainsOf?(handle: string): string[];
  network?: SiteNetwork;
}
