import type { Platform } from '../core/model';
import type { SiteModule } from './types';
import { bluesky } from './bluesky';
import { mastodon } from './mastodon';
import { x } from './x';

/**
 * The platforms DiploLens reads. Adding one is a folder beside x/ that exports a SiteModule,
 * a line here, and its entrypoints (docs/architecture.md, "Adding a platform").
 */
export const SITES: readonly SiteModule[] = [x, bluesky, mastodon];

export function siteFor(platform: Platform): SiteModule | undefined {
  return SITES.find((site) => site.platform === platform);
}
