import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { timelinePage, type FixturePost } from '../../scripts/demo/x-markup';
import { launch, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

let session: Session;
const listed: FixturePost = { id: '1858000000000000601', handle: 'StateDept', name: 'Department of State', badge: 'grey', lang: 'en', text: 'We thank our partners for their support.' };
// No dated list names this handle: only inference, from its name and grey check, finds it official.
const unlisted: FixturePost = { id: '1858000000000000602', handle: 'NZEmbassyTokyo', name: 'New Zealand Embassy in Japan', badge: 'grey', lang: 'en', text: 'We welcome the new air link between our countries.' };

beforeAll(async () => {
  session = await launch();
  session.serve('/home', timelinePage([listed, unlisted]));
});
afterAll(async () => {
  await session?.close();
});

const stateOf = (page: Page, id: string) => page.locator(`article:has(a[href$="/status/${id}"])`).getAttribute('data-dl-state');
const badge = (page: Page, handle: string) => page.locator(`diplolens-badge[data-handle="${handle}"]`);

async function setInferredBadges(on: boolean): Promise<void> {
  const options = await openExtensionPage(session, 'options.html');
  const box = options.getByTestId('inferred-badges');
  await expect.poll(() => box.count()).toBe(1);
  expect(await box.isChecked()).toBe(!on);
  await (on ? box.check() : box.uncheck());
  await expect.poll(() => options.getByTestId('inferred-badges-status').textContent()).toMatch(on ? /badged again/ : /Only vouched-for/);
  await options.close();
}

describe('badges for inferred accounts', () => {
  it('are on by default, and the options turn them off and on in an open tab at once, leaving listed accounts badged', async () => {
    const page = await session.context.newPage();
    await page.goto('https://x.com/home');
    await waitForProcessed(page, 2);
    await expect.poll(() => stateOf(page, unlisted.id)).toBe('official');
    expect(await badge(page, unlisted.handle).getAttribute('data-basis')).toBe('inferred');

    await setInferredBadges(false);
    await expect.poll(() => stateOf(page, unlisted.id)).toBe('other');
    expect(await badge(page, unlisted.handle).count()).toBe(0);
    expect(await stateOf(page, listed.id)).toBe('official');
    expect(await badge(page, listed.handle).getAttribute('data-basis')).toBe('directory');

    // A tab opened now starts with the setting as it is.
    const later = await session.context.newPage();
    await later.goto('https://x.com/home');
    await waitForProcessed(later, 2);
    expect(await stateOf(later, unlisted.id)).toBe('other');
    expect(await stateOf(later, listed.id)).toBe('official');

    await setInferredBadges(true);
    for (const tab of [page, later]) {
      await expect.poll(() => stateOf(tab, unlisted.id)).toBe('official');
      expect(await badge(tab, unlisted.handle).getAttribute('data-basis')).toBe('inferred');
    }
    await page.close();
    await later.close();
  });
});
