import type { SiteModule } from '../types';
import { mastodonNetwork } from './network';
import { readCard, readPosts, readProfile } from './read';
import { MASTODON_SELECTORS } from './selectors';
import { accountOfLink, homeDomainOf, postIdOf, surfaceOf } from './urls';

export { MASTODON_SELECTORS } from './selectors';

/**
 * Mastodon (any instance): everything DiploLens knows of Mastodon's web UI is in this folder. It
 * has no fixed match patterns: the content script is registered at run time on the instances the
 * user adds (utils/background/mastodon-instances.ts).
 */
export const mastodon: SiteModule = {
  platform: 'mastodon',
  matches: [],
  postLinkPatterns: [],
  postSelector: MASTODON_SELECTORS.post,
  accountSelector: [MASTODON_SELECTORS.profileHeader, MASTODON_SELECTORS.accountCell, MASTODON_SELECTORS.hoverCard].join(', '),
  inertSelector: MASTODON_SELECTORS.inert,
  readPosts,
  readAccount(element) {
    if (element.matches(MASTODON_SELECTORS.profileHeader)) return readProfile(element);
    if (element.matches(MASTODON_SELECTORS.hoverCard)) return readCard(element, 'hover-card');
    if (element.matches(MASTODON_SELECTORS.accountCell)) return readCard(element, 'user-cell');
    return null;
  },
  surfaceOf,
  accountOfLink,
  postIdOf,
  provenDomainsOf: (handle) => [homeDomainOf(handle)],
  network: mastodonNetwork,
};
