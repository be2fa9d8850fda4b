import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AccountInput } from '../../core/model';
import { pageWorldEvents } from '../../protocol';
import type { SiteModule } from '../../sites/types';
import type { ErrorLog } from './errors';

/**
 * Accounts, and the posts' declared facts, from the platform's own data, observed in the page's world
 * (utils/sites/page-world-observer.ts). Listening starts before anything is awaited; what the site
 * fetched before this script ran is asked for again, since a site's first timeline loads before
 * content scripts start. `reread`: the posts of these (lower-cased) handles must be read again, their
 * record having come after they were read.
 */
export function listenToPageWorld(
  ctx: Pick<ContentScriptContext, 'addEventListener'>,
  site: SiteModule,
  log: ErrorLog,
  learn: (account: AccountInput) => void,
  reread: (handles: Set<string>) => void,
): void {
  const network = site.network;
  if (!network) return;
  const events = pageWorldEvents(site.platform);
  ctx.addEventListener(window, events.accounts, (event: Event) => {
    try {
      for (const account of network.parseAccounts((event as CustomEvent).detail)) learn(account);
    } catch (error) {
      log.report(error, 'page-world');
    }
  });
  const { parsePosts, rememberPosts } = network;
  if (parsePosts && rememberPosts)
    ctx.addEventListener(window, events.posts, (event: Event) => {
      try {
        const handles = rememberPosts(parsePosts((event as CustomEvent).detail));
        if (handles.size) reread(handles);
      } catch (error) {
        log.report(error, 'page-world');
      }
    });
  window.dispatchEvent(new CustomEvent(events.replay));
}
