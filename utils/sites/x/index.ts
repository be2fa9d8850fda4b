import type { SiteModule } from '../types';
import { xNetwork } from './network';
import { readCard, readPosts, readProfile } from './read';
import { X_SELECTORS } from './selectors';
import { accountOfLink, statusOf, surfaceOf, X_MATCHES } from './urls';

export { readBadge } from './read';
export { X_SELECTORS } from './selectors';
export { X_MATCHES } from './urls';

/** X (x.com, twitter.com): everything DiploLens knows of X is in this folder. */
export const x: SiteModule = {
  platform: 'x',
  matches: X_MATCHES,
  postLinkPatterns: X_MATCHES.map((m) => m.replace('/*', '/*/status/*')),
  postSelector: X_SELECTORS.post,
  accountSelector: [X_SELECTORS.profileName, X_SELECTORS.userCell, X_SELECTORS.hoverCard].join(', '),
  inertSelector: X_SELECTORS.inert,
  readPosts,
  readAccount(element) {
    if (element.matches(X_SELECTORS.profileName)) return readProfile(element);
    if (element.matches(X_SELECTORS.userCell)) return readCard(element, 'user-cell');
    if (element.matches(X_SELECTORS.hoverCard)) return readCard(element, 'hover-card');
    return null;
  },
  surfaceOf,
  accountOfLink,
  postIdOf: (url) => statusOf(url)?.postId ?? null,
  network: xNetwork,
};
