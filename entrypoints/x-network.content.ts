import { defineContentScript } from 'wxt/utils/define-content-script';
import { observePageNetwork } from '../utils/sites/page-world-observer';
import { xNetwork } from '../utils/sites/x/network';
import { X_MATCHES } from '../utils/sites/x/urls';

/** X's GraphQL responses, observed in the page's world (utils/sites/page-world-observer.ts). */
export default defineContentScript({
  matches: X_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    observePageNetwork('x', xNetwork);
  },
});
