import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from '../utils/content/lens';
import { claimPage, stopWhenInstanceRemoved } from '../utils/content/features/instance-membership';
import { mastodon } from '../utils/sites/mastodon';

/**
 * The content script on the Mastodon instances the user added: registered at run time
 * (utils/background/mastodon-instances.ts), so the manifest names no Mastodon host, and injected
 * into the instance's tabs already open when it is added.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!claimPage(ctx)) return;
    startLens(mastodon, ctx)
      .then((lens) => stopWhenInstanceRemoved(ctx, lens.stop))
      .catch((error) => console.debug('[DiploLens] could not start', error));
  },
});
