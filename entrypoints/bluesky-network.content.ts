import { defineContentScript } from 'wxt/utils/define-content-script';
import { blueskyNetwork } from '../utils/sites/bluesky/network';
import { BLUESKY_MATCHES } from '../utils/sites/bluesky/urls';
import { observePageNetwork } from '../utils/sites/page-world-observer';

/** Bluesky's XRPC responses, observed in the page's world (utils/sites/page-world-observer.ts). */
export default defineContentScript({
  matches: BLUESKY_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    observePageNetwork('bluesky', blueskyNetwork);
  },
});
