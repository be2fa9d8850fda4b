import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AccountInput } from '../utils/core/model';
import { extractAccounts, GRAPHQL_EVENT, GRAPHQL_REPLAY_EVENT, isXGraphqlUrl } from '../utils/sites/x/graphql';
import { X_MATCHES } from '../utils/sites/x/index';

/**
 * Runs in the page's own world (X's GraphQL responses are only visible there) and observes
 * them without changing them: the page gets the very same Response and XHR it asked for.
 * Account records go to the DiploLens content script as a JSON string in a DOM event.
 * It makes no request of its own.
 */
export default defineContentScript({
  matches: X_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const idle: (cb: () => void) => void =
      typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 1000 }) : (cb) => setTimeout(cb, 50);

    // The last accounts seen, for a content script that starts listening after X's first loads.
    const recent = new Map<string, AccountInput>();
    const RECENT_LIMIT = 1000;
    const dispatch = (accounts: AccountInput[]) =>
      window.dispatchEvent(new CustomEvent(GRAPHQL_EVENT, { detail: JSON.stringify(accounts) }));
    window.addEventListener(GRAPHQL_REPLAY_EVENT, () => {
      if (recent.size) dispatch([...recent.values()]);
    });

    const hand = (json: unknown) =>
      idle(() => {
        try {
          const accounts = extractAccounts(json);
          if (!accounts.length) return;
          for (const account of accounts) {
            recent.delete(account.userId!);
            recent.set(account.userId!, account);
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
          if (isXGraphqlUrl(url)) {
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
        if (isXGraphqlUrl(url) || isXGraphqlUrl(new URL(url, location.href).href)) {
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
  },
});
