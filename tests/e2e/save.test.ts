import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_POSTS } from '../../scripts/demo/timeline';
import { timelinePage } from '../../scripts/demo/x-markup';
import { clickInBadge, inBadge, launch, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

let session: Session;
beforeAll(async () => {
  session = await launch();
  session.serve('/home', timelinePage(DEMO_POSTS));
});
afterAll(async () => {
  await session?.close();
});

it("saves a post from the badge's menu even with capture switched off", async () => {
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'capture:set',
      payload: { platform: 'x', on: false },
    }),
  );
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await waitForProcessed(page, DEMO_POSTS.length);
  await page.waitForTimeout(300);
  await popup.reload();
  await expect.poll(() => popup.getByTestId('post-count').innerText()).toBe('0 posts recorded');

  const badge = page.locator('article:has(a[href$="/status/1858000000000000002"]) diplolens-badge').first();
  await clickInBadge(badge, 'button.dl');
  await expect.poll(() => inBadge(badge, (root) => !!root.querySelector('[data-action="save"]'))).toBe(true);
  await clickInBadge(badge, '[data-action="save"]');
  await expect.poll(() => inBadge(badge, (root) => root.querySelector('.status')?.textContent)).toBe('Save post: done');

  await popup.reload();
  await expect.poll(() => popup.locator('[data-post-id="1858000000000000002"]').count()).toBe(1);
  expect(await popup.getByTestId('post-count').innerText()).toBe('1 post recorded');
  expect(await popup.locator('[data-post-id="1858000000000000002"]').innerText()).toContain('Russia');
});
