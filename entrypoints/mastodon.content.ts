import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from '../utils/content/lens';
import { mastodon } from '../utils/sites/mastodon';

/**
 * The content script on the Mastodon instances the user added: registered at run time
 * (utils/background/mastodon-instances.ts), so the manifest names no Mastodon host.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLens(mastodon, ctx).catch((error) => console.debug('[DiploLens] could not start', error));
  },
});
