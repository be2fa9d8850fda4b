// npm start: the built extension in Chromium (DIPLOLENS_BROWSER=firefox: Firefox) on an offline, X-like demo timeline, so a
// newcomer sees badges without an X account. Headless where there is no display: it then
// writes screenshots of the timeline and of the popup, and prints their paths.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_POSTS } from './timeline';
import { timelinePage } from './x-markup';
import { inBadge, launch, openExtensionPage, waitForProcessed } from '../browser';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const session = await launch({ headless });
session.serve('/home', timelinePage(DEMO_POSTS, 'DiploLens demo / X'));
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
  console.log(`No display: ran headless.\nScreenshot of the timeline: ${timelineShot}\nScreenshot of the popup:    ${popupShot}`);
  await session.close();
} else {
  await openExtensionPage(session, 'popup.html');
  console.log('Close the browser window to quit.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
