import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openExtensionPage, type Session } from '../../scripts/browser';

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
