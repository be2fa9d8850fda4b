import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from '../utils/content/lens';
import { x } from '../utils/sites/x';

export default defineContentScript({
  matches: x.matches as string[],
  runAt: 'document_idle',
  // WXT's default also announces the script to the page with window.postMessage: the site's own
  // scripts would see a message naming this extension's id (a way to fingerprint its users), and
  // the browser captures a stack trace for it, about 20 ms at every page load. The DOM event WXT
  // dispatches instead still lets a newer copy of this script stop an older one.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLens(x, ctx).catch((error) => console.debug('[DiploLens] could not start', error));
  },
});
