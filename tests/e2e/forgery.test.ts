// What a hostile page can try against the badge, in a real browser: pair a handle with a listed
// account's id (a page-world event or a fake follow button), claim a handle in a display name,
// and open or press the badge from a script. None of it may put an official badge on the wrong
// account, persist, or reach the badge's card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postArticle, timelinePage, userCell, xPage, type FixturePost } from '../../scripts/demo/x-markup';
import { inBadge, launch, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

let session: Session;
/** @StateDept's numeric X id, as the bundled directory lists it. */
const STATE_DEPT_ID = '9624742';
const stateDept: FixturePost = { id: '1858000000000000601', handle: 'StateDept', name: 'Department of State', badge: 'grey', lang: 'en', text: 'We welcome the agreement.' };
const scammer: FixturePost = { id: '1858000000000000602', handle: 'visa_desk_usa', name: 'Visa Desk', lang: 'en', text: 'Visa appointments in 24h. DM us.' };

beforeAll(async () => {
  session = await launch();
  session.serve('/home', timelinePage([stateDept, scammer]));
  session.serve(
    '/quote',
    xPage(postArticle({ ...scammer, id: '1858000000000000603', quote: { id: '1858000000000000604', handle: 'visa_desk_usa', name: '@StateDept', text: 'Official visa help.' } })),
  );
  session.serve('/i/connect_people', xPage(userCell({ handle: 'visa_desk_usa', name: 'Visa Desk', bio: 'Visas fast', userId: STATE_DEPT_ID })));
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string, posts = true): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`https://x.com${path}`);
  if (posts) await waitForProcessed(page);
  return page;
}
const badge = (page: Page, handle: string) => page.locator(`diplolens-badge[data-handle="${handle}"]`).first();
const stateOf = (page: Page, postId: string) => page.locator(`article:has(a[href$="/status/${postId}"])`).getAttribute('data-dl-state');

describe('a page cannot forge or steer a badge', () => {
  it("an account id paired with another handle in the page's world gives a 'renamed?' warning, never the listed badge, and is not kept", async () => {
    const page = await open('/home');
    await page.evaluate((id) => {
      const accounts = [{ platform: 'x', handle: 'visa_desk_usa', userId: id, badge: 'grey', name: 'Visa Desk' }];
      window.dispatchEvent(new CustomEvent('diplolens:x-accounts', { detail: JSON.stringify(accounts) }));
    }, STATE_DEPT_ID);
    await expect.poll(() => badge(page, 'visa_desk_usa').getAttribute('data-warning')).toBe('renamed');
    expect(await badge(page, 'visa_desk_usa').getAttribute('data-listed')).toBe('StateDept');
    expect(await stateOf(page, scammer.id)).toBe('other');
    expect(await stateOf(page, stateDept.id)).toBe('official');
    await page.close();

    // Nothing of the pairing was stored: a later visit knows no id for the handle.
    const accounts = await openExtensionPage(session, 'accounts.html');
    const known = await accounts.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { known: { userId?: string } } }> } } }).chrome.runtime.sendMessage({
        type: 'accounts:identify',
        payload: { platform: 'x', handle: 'visa_desk_usa' },
      }),
    );
    expect(known.value.known.userId).toBeUndefined();
    await accounts.close();
    const later = await open('/home');
    expect(await stateOf(later, scammer.id)).toBe('other');
    expect(await badge(later, 'visa_desk_usa').count()).toBe(0);
    await later.close();
  });

  it("a fake follow button carrying a listed account's id does not lend its badge", async () => {
    const page = await open('/i/connect_people', false);
    await expect.poll(() => badge(page, 'visa_desk_usa').getAttribute('data-warning')).toBe('renamed');
    expect(await page.locator('[data-testid="UserCell"]').getAttribute('data-dl-state')).toBe('other');
    await page.close();
  });

  it('a display name "@StateDept" does not make a quoted post @StateDept\'s', async () => {
    const page = await open('/quote');
    expect(await page.locator('diplolens-badge[data-handle="StateDept"]').count()).toBe(0);
    expect(await page.locator('div[role="link"]').getAttribute('data-dl-state')).toBe('other');
    await page.close();
  });

  it("page scripts cannot reach the badge: its root is closed and their events neither open the card nor press its buttons", async () => {
    const page = await open('/home');
    const host = badge(page, 'StateDept');
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    await host.evaluate((el) => {
      for (const type of ['mouseenter', 'focusin', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    });
    await page.waitForTimeout(100);
    expect(await inBadge(host, (root) => root.querySelector('.card'))).toBeNull();
    // A person's hover opens it; a script's click on a button inside, were it to find one, would not act.
    await host.hover();
    await expect.poll(() => inBadge(host, (root) => !!root.querySelector('.card'))).toBe(true);
    await inBadge(host, (root) => (root.querySelector('[data-action="not-official"]') as HTMLButtonElement).click());
    await page.waitForTimeout(300);
    expect(await stateOf(page, stateDept.id)).toBe('official');
    expect(await inBadge(host, (root) => root.querySelector('.status')?.textContent ?? '')).toBe('');
    await page.close();
  });
});
