// npm start: the built extension in Chromium (DIPLOLENS_BROWSER=firefox: Firefox, after
// `npm run build:e2e:firefox`) on offline demo timelines: X-like at x.com, Bluesky-like at bsky.app,
// and Mastodon-like at a demo instance the options page adds, so a newcomer sees badges without an
// account or a network. Headless where there is no display: it then writes screenshots of the
// timelines, the popup, the options page and the insights page, and prints their paths. It also
// seeds a generated history, tagged as demo data, so the insights page has something to show.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { feedPage } from './bluesky-markup';
import { BLUESKY_DEMO_POSTS } from './bluesky-timeline';
import { DEMO_POSTS } from './timeline';
import { timelinePage } from './x-markup';
import { inBadge, launch, openExtensionPage, TEST_EXTENSION_DIR, waitForProcessed } from '../browser';
import { seedPosts } from '../seed-history';
import { demoHistory } from './history';
import { DEMO_TAG } from '../../utils/db/insights';
import { addDemoInstance, MASTODON_DEMO_URL, serveMastodonDemo } from './mastodon-demo';
import { MASTODON_DEMO_POSTS } from './mastodon-timeline';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
// The build that holds the demo instance's host: the options page adds it without the permission
// dialog, which only a person can answer.
const session = await launch({ headless, extensionDir: TEST_EXTENSION_DIR });
session.serve('/home', timelinePage(DEMO_POSTS, 'DiploLens demo / X'));
session.serve('/', feedPage(BLUESKY_DEMO_POSTS, 'DiploLens demo — Bluesky'), 'bluesky');
serveMastodonDemo(session);
const options = await addDemoInstance(session);

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

const blueskyPage = await session.context.newPage();
await blueskyPage.goto('https://bsky.app/');
await waitForProcessed(blueskyPage, BLUESKY_DEMO_POSTS.length, 'bluesky');
await blueskyPage.waitForFunction(() => document.querySelectorAll('diplolens-badge').length > 0, null, { timeout: 10_000 });
const blueskyBadges = await blueskyPage.locator('diplolens-badge').count();
console.log(`DiploLens demo: ${blueskyBadges} badges on ${BLUESKY_DEMO_POSTS.length} demo posts at https://bsky.app/ (served offline).`);

const mastodonPage = await session.context.newPage();
await mastodonPage.goto(MASTODON_DEMO_URL);
await waitForProcessed(mastodonPage, MASTODON_DEMO_POSTS.length, 'mastodon');
console.log(`DiploLens demo: ${await mastodonPage.locator('diplolens-badge').count()} badges on ${MASTODON_DEMO_POSTS.length} demo posts at ${MASTODON_DEMO_URL} (served offline).`);

if (headless) {
  const outDir = resolve('tests/.tmp');
  mkdirSync(outDir, { recursive: true });
  // Open the card of the first badge so the screenshot shows the "why".
  await inBadge(page.locator('diplolens-badge').first(), (root) => (root.querySelector('button') as HTMLButtonElement).focus());
  const shots: [string, { screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown> }][] = [
    ['X timeline', page],
    ['Bluesky timeline', blueskyPage],
    ['Mastodon timeline', mastodonPage],
    ['options page', options],
  ];
  const lines: string[] = [];
  for (const [what, shown] of shots) {
    const path = resolve(outDir, `demo-${what.split(' ')[0]!.toLowerCase()}.png`);
    await shown.screenshot({ path, fullPage: true });
    lines.push(`Screenshot of the ${what}: ${path}`);
  }
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.waitForSelector('[data-post-id]');
  const popupShot = resolve(outDir, 'demo-popup.png');
  await popup.screenshot({ path: popupShot });
  lines.push(`Screenshot of the popup: ${popupShot}`);
  if (withHistory) {
    const insights = await openExtensionPage(session, 'insights.html');
    await insights.setViewportSize({ width: 1100, height: 1400 });
    await insights.waitForFunction(() => document.querySelector('[data-testid="insights-status"]')?.getAttribute('data-posts') !== '', null, { timeout: 60_000 });
    await insights.waitForSelector('[data-testid="matrix"] svg');
    const insightsShot = resolve(outDir, 'demo-insights.png');
    await insights.screenshot({ path: insightsShot, fullPage: true });
    lines.push(`Screenshot of the insights page: ${insightsShot}`);
  }
  console.log(`No display: ran headless.\n${lines.join('\n')}`);
  await session.close();
} else {
  await openExtensionPage(session, 'popup.html');
  if (withHistory) await openExtensionPage(session, 'insights.html');
  console.log('Close the browser window to quit.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
