// npm start: the built extension in Chromium on offline, X-like and Bluesky-like demo timelines,
// so a newcomer sees badges without an account on either. Headless where there is no display: it
// then writes screenshots of both timelines and of the popup, and prints their paths.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { feedPage } from './bluesky-markup';
import { BLUESKY_DEMO_POSTS } from './bluesky-timeline';
import { DEMO_POSTS } from './timeline';
import { timelinePage } from './x-markup';
import { inBadge, launch, openExtensionPage, waitForProcessed } from '../browser';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const session = await launch({ headless });
session.serve('/home', timelinePage(DEMO_POSTS, 'DiploLens demo / X'));
session.serve('/', feedPage(BLUESKY_DEMO_POSTS, 'DiploLens demo — Bluesky'), 'bluesky');
const page = await session.context.newPage();
await page.goto('https://x.com/home');
await waitForProcessed(page, DEMO_POSTS.length);
await page.waitForFunction(() => document.querySelectorAll('diplolens-badge').length > 0, null, { timeout: 10_000 });
const badges = await page.locator('diplolens-badge').count();
console.log(`DiploLens demo: ${badges} badges on ${DEMO_POSTS.length} demo posts at https://x.com/home (served offline).`);
const blueskyPage = await session.context.newPage();
await blueskyPage.goto('https://bsky.app/');
await waitForProcessed(blueskyPage, BLUESKY_DEMO_POSTS.length, 'bluesky');
await blueskyPage.waitForFunction(() => document.querySelectorAll('diplolens-badge').length > 0, null, { timeout: 10_000 });
const blueskyBadges = await blueskyPage.locator('diplolens-badge').count();
console.log(`DiploLens demo: ${blueskyBadges} badges on ${BLUESKY_DEMO_POSTS.length} demo posts at https://bsky.app/ (served offline).`);

if (headless) {
  const outDir = resolve('tests/.tmp');
  mkdirSync(outDir, { recursive: true });
  // Open the card of the first badge so the screenshot shows the "why".
  await inBadge(page.locator('diplolens-badge').first(), (root) => (root.querySelector('button') as HTMLButtonElement).focus());
  const timelineShot = resolve(outDir, 'demo-timeline.png');
  await page.screenshot({ path: timelineShot, fullPage: true });
  const blueskyShot = resolve(outDir, 'demo-bluesky.png');
  await blueskyPage.screenshot({ path: blueskyShot, fullPage: true });
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.waitForSelector('[data-post-id]');
  const popupShot = resolve(outDir, 'demo-popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`No display: ran headless.\nScreenshot of the X timeline:       ${timelineShot}\nScreenshot of the Bluesky timeline: ${blueskyShot}\nScreenshot of the popup:            ${popupShot}`);
  await session.close();
} else {
  await openExtensionPage(session, 'popup.html');
  console.log('Close the browser window to quit.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
