// npm start: the built extension in Chromium on an offline, X-like demo timeline, so a
// newcomer sees badges without an X account. Headless where there is no display: it then
// writes screenshots of the timeline and of the popup, and prints their paths.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_POSTS } from './timeline';
import { timelinePage } from './x-markup';
import { inBadge, launch, openExtensionPage, waitForProcessed } from '../browser';
import { seedPosts } from '../seed-history';
import { demoHistory } from './history';
import { DEMO_TAG } from '../../utils/db/insights';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const session = await launch({ headless });
session.serve('/home', timelinePage(DEMO_POSTS, 'DiploLens demo / X'));
const page = await session.context.newPage();
await page.goto('https://x.com/home');
await waitForProcessed(page, DEMO_POSTS.length);
await page.waitForFunction(() => document.querySelectorAll('diplolens-badge').length > 0, null, { timeout: 10_000 });
const badges = await page.locator('diplolens-badge').count();
console.log(`DiploLens demo: ${badges} badges on ${DEMO_POSTS.length} demo posts at https://x.com/home (served offline).`);
// A generated history for the insights page (`npm start -- --no-history` leaves it out). Every post is
// tagged "demo data"; the insights page's "Remove demo data" deletes them all.
const withHistory = !process.argv.includes('--no-history');
if (withHistory) {
  const history = demoHistory();
  await seedPosts(session, history, [DEMO_TAG]);
  console.log(`Seeded ${history.length} generated demo posts (tagged "${DEMO_TAG}") for the insights page.`);
}

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
  if (withHistory) {
    const insights = await openExtensionPage(session, 'insights.html');
    await insights.setViewportSize({ width: 1100, height: 1400 });
    await insights.waitForFunction(() => document.querySelector('[data-testid="insights-status"]')?.getAttribute('data-posts') !== '', null, { timeout: 60_000 });
    await insights.waitForSelector('[data-testid="matrix"] svg');
    const insightsShot = resolve(outDir, 'demo-insights.png');
    await insights.screenshot({ path: insightsShot, fullPage: true });
    console.log(`Screenshot of the insights page: ${insightsShot}`);
  }
  await session.close();
} else {
  await openExtensionPage(session, 'popup.html');
  if (withHistory) await openExtensionPage(session, 'insights.html');
  console.log('Close the browser window to quit.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
