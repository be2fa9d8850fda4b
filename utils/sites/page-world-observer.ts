import type { AccountInput, Platform } from '../core/model';
import { setNewest } from '../core/newest';
import { pageWorldEvents } from './page-world-events';
import type { DeclaredPost, SiteNetwork } from './types';

/** The last accounts (and posts) seen, for a content script that starts listening after the site's first loads. */
const RECENT_LIMIT = 1000;

/**
 * Runs in the page's own world (a site's API responses are only visible there) and observes
 * fetch and XHR without changing them: the page gets the very same Response and XHR it asked
 * for. Account and post records go to the content script as JSON strings in DOM events. It makes no
 * request of its own, and reads only the responses `network.isApiUrl` names.
 */
export function observePageNetwork(platform: Platform, network: SiteNetwork): void {
  const events = pageWorldEvents(platform);
  const idle: (cb: () => void) => void =
    typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 1000 }) : (cb) => setTimeout(cb, 50);

  const recentAccounts = new Map<string, AccountInput>();
  const recentPosts = new Map<string, DeclaredPost>();
  const dispatch = (name: string, records: readonly unknown[]) => {
    if (records.length) window.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify(records) }));
  };
  window.addEventListener(events.replay, () => {
    dispatch(events.accounts, [...recentAccounts.values()]);
    dispatch(events.posts, [...recentPosts.values()]);
  });

  const read = (json: unknown) => {
    try {
      const { accounts, posts } = network.extract(json);
      for (const account of accounts) setNewest(recentAccounts, account.userId ?? account.handle, account, RECENT_LIMIT);
      for (const post of posts) setNewest(recentPosts, `${post.handle}/${post.postId}`, post, RECENT_LIMIT);
      dispatch(events.accounts, accounts);
      dispatch(events.posts, posts);
    } catch {
      /* an unknown shape is ignored */
    }
  };
  // In idle time, after the page has its response, unless the records are needed before the app draws
  // what it fetched (SiteNetwork.readBeforeRender).
  const hand = (json: unknown) => (network.readBeforeRender ? read(json) : idle(() => read(json)));

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
              const parse = () => {
                try {
                  read(JSON.parse(text));
                } catch {
                  /* not JSON */
                }
              };
              if (network.readBeforeRender) parse();
              else idle(parse);
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
