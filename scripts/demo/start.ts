// npm start: the built extension in Chromium on offline demo timelines, X-like at x.com and
// Mastodon-like at a demo instance the options page adds, so a newcomer sees badges without an
// account or a network. Headless where there is no display: it then writes screenshots of the
// timelines, the popup and the options page, and prints their paths.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_POSTS } from './timeline';
import { timelinePage } from './x-markup';
import { inBadge, launch, openExtensionPage, TEST_EXTENSION_DIR, waitForProcessed } from '../browser';
import { MASTODON_SELECTORS } from '../../utils/sites/mastodon/selectors';
import { addDemoInstance, MASTODON_DEMO_URL, serveMastodonDemo } from './mastodon-demo';
import { MASTODON_DEMO_POSTS } from './mastodon-timeline';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
// The build that holds the demo instance's host: the options page adds it without the permission
// dialog, which only a person can answer.
const session = await launch({ headless, extensionDir: TEST_EXTENSION_DIR });
session.serve('/home', timelinePage(DEMO_POSTS, 'DiploLens demo / X'));
serveMastodonDemo(session);
const options = await addDemoInstance(session);
const mastodonPage = await session.context.newPage();
await mastodonPage.goto(MASTODON_DEMO_URL);
await waitForProcessed(mastodonPage, MASTODON_DEMO_POSTS.length, MASTODON_SELECTORS.post);
console.log(`DiploLens demo: ${await mastodonPage.locator('diplolens-badge').count()} badges on ${MASTODON_DEMO_POSTS.length} demo posts at ${MASTODON_DEMO_URL} (served offline).`);
const page = await session.context.newPage();
await page.goto('https://x.com/home');
await waitForProcessed(page, DEMO_POSTS.length);
await page.waitForFunction(() => document.querySelectorAll('diplolens-badge').length > 0, null, { timeout: 10_000 });
const badges = await page.locator('diplolens-badge').count();
console.log(`DiploLens demo: ${badges} badges on ${DEMO_POSTS.length} demo posts at https://x.com/home (served offline).`);

if (headless) {
  const outDir = resolve('tests/.tmp');
  mkdirSync(outDir, { recursive: true });
  // Open the card of the first badge so the screenshot shows the "why".
  await inBadge(page.locator('diplolens-badge').first(), (root) => (root.querySelector('button') as HTMLButtonElement).focus());
  const timelineShot = resolve(outDir, 'demo-timeline.png');
  await page.screenshot({ path: timelineShot, fullPage: true });
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.waitForSelector('[data-post-id]');
  const popupShot = resolve(outDir, 'demo-popup.png');
  await popup.screenshot({ path: popupShot });
  const mastodonShot = resolve(outDir, 'demo-mastodon.png');
  await mastodonPage.screenshot({ path: mastodonShot, fullPage: true });
  const optionsShot = resolve(outDir, 'demo-options.png');
  await options.screenshot({ path: optionsShot, fullPage: true });
  console.log(
    `No display: ran headless.\nScreenshot of the X timeline:        ${timelineShot}\nScreenshot of the Mastodon timeline: ${mastodonShot}\nScreenshot of the popup:             ${popupShot}\nScreenshot of the options page:      ${optionsShot}`,
  );
  await session.close();
} else {
  await openExtensionPage(session, 'popup.html');
  console.log('Close the browser window to quit.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
