import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from '../utils/page/lens';
import { X_MATCHES, x } from '../utils/sites/x';

export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_idle',
  main() {
    startLens(x).catch((error) => console.debug('[DiploLens] could not start', error));
  },
});
