// The store listing's screenshots (docs/store/), taken from the offline demo pages with the
// Chromium harness at the stores' 1280x800: `npx tsx scripts/demo/store-screenshots.ts` after
// `npm run build:test`. Re-run it when the badge, the popup or the options page change.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { inBadge, launch, openExtensionPage, TEST_EXTENSION_DIR, waitForProcessed } from '../browser';
import { addDemoInstance, MASTODON_DEMO_URL, serveMastodonDemo } from './mastodon-demo';
import { MASTODON_DEMO_POSTS } from './mastodon-timeline';
import { DEMO_POSTS } from './timeline';
import { timelinePage } from './x-markup';

const SIZE = { width: 1280, height: 800 };
const outDir = resolve('docs/store');
mkdirSync(outDir, { recursive: true });

const session = await launch({ extensionDir: TEST_EXTENSION_DIR });
session.serve('/home', timelinePage(DEMO_POSTS, 'DiploLens demo / X'));
serveMastodonDemo(session);
const shots: string[] = [];
const shoot = async (page: Page, name: string) => {
  const path = resolve(outDir, name);
  await page.screenshot({ path });
  shots.push(path);
};

const options = await addDemoInstance(session);
await options.setViewportSize(SIZE);
await options.reload();
await options.waitForSelector(`[data-active="true"]`);

const x = await session.context.newPage();
await x.setViewportSize(SIZE);
await x.goto('https://x.com/home');
await waitForProcessed(x, DEMO_POSTS.length);
// The first badge's card open, so the picture shows the "why".
await inBadge(x.locator('diplolens-badge').first(), (root) => (root.querySelector('button') as HTMLButtonElement).focus());
await x.waitForTimeout(300);
await shoot(x, '1-x-timeline.png');

const mastodon = await session.context.newPage();
await mastodon.setViewportSize(SIZE);
await mastodon.goto(MASTODON_DEMO_URL);
await waitForProcessed(mastodon, MASTODON_DEMO_POSTS.length, 'mastodon');
await shoot(mastodon, '2-mastodon-timeline.png');

const library = await openExtensionPage(session, 'library.html');
await library.setViewportSize(SIZE);
await library.waitForSelector('[data-post-id]');
await shoot(library, '3-library.png');

await shoot(options, '4-options.png');

const popup = await openExtensionPage(session, 'popup.html');
await popup.setViewportSize({ width: 440, height: 600 });
await popup.waitForSelector('[data-post-id]');
await shoot(popup, '5-popup.png');

await session.close();
console.log(`Store screenshots:\n${shots.join('\n')}`);
