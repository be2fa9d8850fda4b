import type { Platform } from '../core/model';

/**
 * DOM events between a platform's page-world observer (entrypoints/<platform>-network.content.ts)
 * and its content script: the detail is a JSON string, since objects don't cross worlds. Any
 * script on the page can dispatch these, so what arrives is validated like any page content.
 * `accounts` carries AccountInput records, `posts` DeclaredPost records (utils/sites/types.ts);
 * `replay` asks the observer to send again what it saw before the content script listened.
 */
export function pageWorldEvents(platform: Platform): { accounts: string; posts: string; replay: string } {
  return { accounts: `diplolens:${platform}-accounts`, posts: `diplolens:${platform}-posts`, replay: `diplolens:${platform}-accounts-replay` };
}
