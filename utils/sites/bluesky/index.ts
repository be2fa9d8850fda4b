import type { SiteModule } from '../types';
import { blueskyNetwork } from './network';
import { rememberDeclaredPosts } from './post-language';
import { blueskyAccount, readHoverCard, readPosts, readProfile, readProfileCard } from './read';
import { BLUESKY_SELECTORS as S } from './selectors';
import { accountOfLink, BLUESKY_MATCHES, postOf, surfaceOf } from './urls';

export { BLUESKY_SELECTORS } from './selectors';
export { BLUESKY_MATCHES } from './urls';

/** Bluesky (bsky.app): everything DiploLens knows of Bluesky is in this folder. */
export const bluesky: SiteModule = {
  platform: 'bluesky',
  matches: BLUESKY_MATCHES,
  postLinkPatterns: ['https://bsky.app/profile/*/post/*'],
  postSelector: S.post,
  accountSelector: [S.profileName, S.profileCard, S.hoverCard].join(', '),
  inertSelector: S.inert,
  readPosts,
  readAccount(element) {
    if (element.matches(S.profileName)) return readProfile(element);
    if (element.matches(S.profileCard)) return readProfileCard(element);
    if (element.matches(S.hoverCard)) return readHoverCard(element);
    return null;
  },
  surfaceOf,
  accountOfLink,
  postIdOf: (url) => postOf(url)?.rkey ?? null,
  provenDomainsOf: (handle) => blueskyAccount(handle).provenDomains?.slice() ?? [],
  // The page world loads network.ts alone; remembering posts (and franc, behind it) is the content script's.
  network: { ...blueskyNetwork, rememberPosts: rememberDeclaredPosts },
};
