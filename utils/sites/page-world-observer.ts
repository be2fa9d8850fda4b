import type { AccountInput, Platform } from '../core/model';
import { pageWorldEvents } from './page-world-events';
import type { SiteNetwork } from './types';

/** The last accounts seen, for a content script that starts listening after the site's first loads. */
const RECENT_LIMIT = 1000;

/**
 * Runs in the page's own world (a site's API responses are only visible there) and observes
 * fetch and XHR without changing them: the page gets the very same Response and XHR it asked
 * for. Account records go to the content script as a JSON string in a DOM event. It makes no
 * request of its own, and reads only the responses `network.isApiUrl` names.
 */
export function observePageNetwork(platform: Platform, network: SiteNetwork): void {
  const events = pageWorldEvents(platform);
  const idle: (cb: () => void) => void =
    typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 1000 }) : (cb) => setTimeout(cb, 50);

  const recent = new Map<string, AccountInput>();
  const dispatch = (accounts: AccountInput[]) => window.dispatchEvent(new CustomEvent(events.accounts, { detail: JSON.stringify(accounts) }));
  window.addEventListener(events.replay, () => {
    if (recent.size) dispatch([...recent.values()]);
  });

  const hand = (json: unknown) =>
    idle(() => {
      try {
        const accounts = network.extractAccounts(json);
        if (!accounts.length) return;
        for (const account of accounts) {
          const key = account.userId ?? account.handle;
          recent.delete(key);
          recent.set(key, account);
          if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
        }
        dispatch(accounts);
      } catch {
        /* an unknown shape is ignored */
      }
    });

  const originalFetch = window.fetch;
  if (typeof originalFetch === 'function') {
    const observedFetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const result = originalFetch.apply(this, args);
      try {
        const input = args[0];
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : (input as Request).url;
        if (network.isApiUrl(url)) {
          result
            .then((response) => (response.ok ? response.clone().json() : null))
            .then((json) => json && hand(json))
            .catch(() => {});
        }
      } catch {
        /* never disturb the page's own call */
      }
      return result;
    };
    window.fetch = observedFetch as typeof fetch;
  }

  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = String(args[1]);
      if (network.isApiUrl(url) || network.isApiUrl(new URL(url, location.href).href)) {
        this.addEventListener('load', () => {
          try {
            if (this.status !== 200) return;
            if (this.responseType === 'json') hand(this.response);
            else if (this.responseType === '' || this.responseType === 'text') {
              const text = this.responseText;
              idle(() => {
                try {
                  hand(JSON.parse(text));
                } catch {
                  /* not JSON */
                }
              });
            }
          } catch {
            /* ignore */
          }
        });
      }
    } catch {
      /* ignore */
    }
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
}
