import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_TAG } from '../../../components/badge/badge-host';
import { stored } from '../../protocol';
import { normalizeInstanceHost } from '../../sites/mastodon/urls';
import { STATE_ATTR } from '../scanner';

/**
 * The Mastodon lens is injected into tabs already open when the user adds their instance, and may
 * be again if the instance is removed and added back: one lens per page, marked in the content
 * scripts' own world (the page cannot see or set the mark).
 */
const RUNNING = Symbol.for('diplolens.mastodon-lens');
type Marked = typeof globalThis & { [RUNNING]?: boolean };

/** True if this page has no Mastodon lens yet, and marks it as having one until the lens stops. */
export function claimPage(ctx: ContentScriptContext): boolean {
  const world = globalThis as Marked;
  if (world[RUNNING]) return false;
  world[RUNNING] = true;
  ctx.onInvalidated(() => (world[RUNNING] = false));
  return true;
}

/**
 * Removing the instance in the options page unregisters the script for pages opened later; pages
 * already open stop here, and lose the badges and marks the lens added.
 */
export function stopWhenInstanceRemoved(ctx: ContentScriptContext, stop: () => void): void {
  const host = normalizeInstanceHost(location.host);
  if (!host) return;
  const unwatch = stored.mastodonInstances.watch((hosts) => {
    if (hosts.includes(host)) return;
    unwatch();
    stop();
    for (const badge of document.querySelectorAll(BADGE_TAG)) badge.remove();
    for (const marked of document.querySelectorAll(`[${STATE_ATTR}]`)) marked.removeAttribute(STATE_ATTR);
    (globalThis as Marked)[RUNNING] = false;
  });
  ctx.onInvalidated(unwatch);
}
