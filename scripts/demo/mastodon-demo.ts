// The Mastodon half of the offline demo (npm start), the store screenshots and the page bench:
// a demo instance served from fixtures, added through the options page as a user would.
import type { Page } from 'playwright-core';
import { MASTODON_TEST_HOST, openExtensionPage, type Session } from '../browser';
import { accountCell, mastodonPage, profileHeader, statusArticle, timelinePage } from './mastodon-markup';
import { MASTODON_DEMO_POSTS } from './mastodon-timeline';

export const MASTODON_DEMO_URL = `https://${MASTODON_TEST_HOST}/home`;

export function serveMastodonDemo(session: Session): void {
  const aa = MASTODON_DEMO_POSTS[0]!;
  session.serveAt(MASTODON_TEST_HOST, '/home', timelinePage(MASTODON_DEMO_POSTS).replace('<title>Mastodon</title>', '<title>DiploLens demo / Mastodon</title>'));
  session.serveAt(MASTODON_TEST_HOST, `/@${aa.account.acct}`, mastodonPage(profileHeader(aa.account, MASTODON_TEST_HOST) + statusArticle(aa)));
  session.serveAt(MASTODON_TEST_HOST, '/explore', mastodonPage(MASTODON_DEMO_POSTS.slice(0, 4).map((p) => accountCell(p.account)).join('')));
}

/**
 * Adds the demo instance in the options page. The build must hold its host (npm run build:test),
 * since automation cannot answer the browser's permission dialog; a person using the real build
 * answers it. Returns the options page, left open.
 */
export async function addDemoInstance(session: Session): Promise<Page> {
  const options = await openExtensionPage(session, 'options.html');
  await options.fill('[data-testid="instance-input"]', MASTODON_TEST_HOST);
  await options.click('[data-testid="instance-add"]');
  await options.waitForSelector(`[data-instance="${MASTODON_TEST_HOST}"][data-active="true"]`, { timeout: 10_000 });
  return options;
}
