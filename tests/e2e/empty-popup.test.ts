import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openExtensionPage, type Session } from '../../scripts/browser';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';
import { seedPosts } from '../../scripts/seed-history';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

it('a new profile shows a helpful empty state', async () => {
  const popup = await openExtensionPage(session, 'popup.html');
  await expect.poll(() => popup.getByTestId('empty-state').count()).toBe(1);
  expect(await popup.getByTestId('empty-state').innerText()).toContain('x.com');
  expect(await popup.getByTestId('post-count').innerText()).toBe('0 posts recorded');
});

it("the popup's links are a list of their own, and its count is written for the reader's locale", async () => {
  await seedPosts(session, syntheticPosts(1_234));
  const popup = await openExtensionPage(session, 'popup.html');
  const expected = `${await popup.evaluate(() => (1234).toLocaleString())} posts recorded`;
  await expect.poll(() => popup.getByTestId('post-count').innerText()).toBe(expected);
  expect(await popup.locator('nav li a').evaluateAll((links) => links.map((a) => a.getAttribute('data-testid')))).toEqual(['open-library', 'open-insights', 'open-options']);
});
