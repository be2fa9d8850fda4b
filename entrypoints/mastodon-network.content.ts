import { defineContentScript } from 'wxt/utils/define-content-script';
import { observePageNetwork } from '../utils/sites/page-world-observer';
import { mastodonNetwork } from '../utils/sites/mastodon/network';

/** The instance's REST API responses, observed in the page's world; registered at run time with the content script. */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    observePageNetwork('mastodon', mastodonNetwork);
  },
});
