import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from '../utils/content/lens';
import { bluesky } from '../utils/sites/bluesky';

export default defineContentScript({
  matches: bluesky.matches as string[],
  runAt: 'document_idle',
  // As on X (entrypoints/x.content.ts): no postMessage announcing the extension to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLens(bluesky, ctx).catch((error) => console.debug('[DiploLens] could not start', error));
  },
});
