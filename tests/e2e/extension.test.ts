import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_POSTS } from '../../scripts/demo/timeline';
import { timelinePage } from '../../scripts/demo/x-markup';
import { EXTENSION_DIR, inBadge, launch, newProfileDir, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

const profile = newProfileDir();
let session: Session;
/** Requests of sessions already closed (the restart test replaces the session). */
const earlierRequests: Session['requests'] = [];

beforeAll(async () => {
  session = await launch({ userDataDir: profile });
  session.serve('/home', timelinePage(DEMO_POSTS));
});

afterAll(async () => {
  await session?.close();
});

describe('the built extension', () => {
  it('asks for no more than it needs', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions.sort()).toEqual(['contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|"webRequest"|"history"|"cookies"/);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Mastodon hosts are asked for one by one, when the user adds an instance; none is held at install.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48', '96']);
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    // Content-script matches only: X's three hosts and Bluesky's web app, and nothing else.
    expect([...new Set(matches)].sort()).toEqual(['https://bsky.app/*', 'https://mobile.twitter.com/*', 'https://twitter.com/*', 'https://x.com/*']);
  });

  it("badges @StateDept's post with country, role and tone, and leaves others unbadged", async () => {
    const page = await session.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto('https://x.com/home');
    await waitForProcessed(page, DEMO_POSTS.length);

    const state = (id: string) => page.locator(`article:has(a[href$="/status/${id}"])`).first().getAttribute('data-dl-state');
    expect(await state('1858000000000000001')).toBe('official');
    expect(await state('1858000000000000004')).toBe('other'); // a journalist quoting StateDept

    const badge = page.locator('article:has(a[href$="/status/1858000000000000001"]) diplolens-badge').first();
    await expect.poll(() => badge.getAttribute('data-handle')).toBe('StateDept');
    expect(await badge.getAttribute('data-country')).toBe('US');
    expect(await badge.getAttribute('data-role')).toBe('foreign_ministry');
    expect(await badge.getAttribute('data-basis')).toBe('directory');
    expect(await badge.getAttribute('data-tone')).toMatch(/^(cooperative|confrontational|neutral|sarcastic|unknown)$/);
    expect(Number(await badge.getAttribute('data-tone-score'))).toBeGreaterThanOrEqual(-1);

    // The badge sits beside the author's name and has an accessible label.
    const inAuthorRow = await badge.evaluate((el) => !!el.closest('[data-testid="User-Name"]'));
    expect(inAuthorRow).toBe(true);
    const label = await inBadge(badge, (root) => root.querySelector('button')!.getAttribute('aria-label'));
    expect(label).toContain('United States');

    // Focusing the badge opens the card that says why.
    await inBadge(badge, (root) => (root.querySelector('button') as HTMLButtonElement).focus());
    const readCard = () =>
      inBadge(badge, (root) => {
        const c = root.querySelector('.card');
        return c ? { open: c.matches(':popover-open'), text: c.textContent } : null;
      });
    await expect.poll(readCard).not.toBeNull(); // rendered when it opens
    const card = (await readCard())!;
    expect(card.open).toBe(true);
    expect(card.text).toContain('Listed in');

    // The quoted post by @StateDept inside the journalist's post gets its own badge.
    const quoted = page.locator('div[role="link"][data-dl-state="official"] diplolens-badge[data-handle="StateDept"]');
    await expect.poll(() => quoted.count()).toBe(1);
    // Non-official authors get no badge.
    expect(await page.locator('diplolens-badge[data-handle="dianaReports"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('the card opens on hover and closes when the pointer leaves; a click pins it and never opens the post; Escape closes it', async () => {
    const page = await session.context.newPage();
    await page.goto('https://x.com/home');
    await waitForProcessed(page, DEMO_POSTS.length);
    // X opens a post when its article is clicked: count the clicks that reach it.
    await page.evaluate(() => {
      (window as unknown as { postClicks: number }).postClicks = 0;
      document.addEventListener('click', (e) => (e.target as Element).closest?.('article') && (window as unknown as { postClicks: number }).postClicks++);
    });
    const badge = page.locator('article:has(a[href$="/status/1858000000000000001"]) diplolens-badge').first();
    const cardState = () =>
      inBadge(badge, (root) => {
        const card = root.querySelector('.card');
        return { open: !!card?.matches(':popover-open'), expanded: root.querySelector('button.dl')!.getAttribute('aria-expanded') };
      });

    await badge.hover();
    await expect.poll(cardState).toEqual({ open: true, expanded: 'true' });
    await page.mouse.move(990, 890); // far from the badge and its card
    await expect.poll(cardState).toEqual({ open: false, expanded: 'false' });

    await badge.click();
    await expect.poll(cardState).toEqual({ open: true, expanded: 'true' });
    await page.mouse.move(990, 890);
    await page.waitForTimeout(500); // longer than the close delay: a pinned card stays
    expect((await cardState()).open).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { postClicks: number }).postClicks)).toBe(0);
    expect(page.url()).toBe('https://x.com/home');

    await page.keyboard.press('Escape');
    await expect.poll(cardState).toEqual({ open: false, expanded: 'false' });
    await page.close();
  });

  it("posts no message to X's window: the page's scripts never see the extension's id", async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __messages: string[] }).__messages = []);
      addEventListener('message', (event) => seen.push(JSON.stringify(event.data) ?? String(event.data)), true);
    });
    await page.goto('https://x.com/home');
    await waitForProcessed(page, DEMO_POSTS.length);
    await page.waitForTimeout(300); // a message posted at start would have been delivered by now
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(session.extensionId) || /wxt|diplolens/i.test(m))).toEqual([]);
    await page.close();
  });

  it('the popup lists what was recorded', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await expect.poll(() => popup.locator('[data-post-id="1858000000000000001"]').count()).toBe(1);
    const row = await popup.locator('[data-post-id="1858000000000000001"]').innerText();
    expect(row).toContain('United States');
    expect(row).toContain('Foreign ministry');
    expect(await popup.locator('[data-post-id="1858000000000000001"] a').getAttribute('href')).toBe(
      'https://x.com/StateDept/status/1858000000000000001',
    );
    // The quoted post had a permalink too and is recorded; the journalist's post is not.
    expect(await popup.locator('[data-post-id="1858000000000000004"]').count()).toBe(0);
    expect(await popup.getByTestId('post-count').innerText()).toMatch(/^\d+ posts? recorded$/);
    await popup.close();
  });

  it('keeps the history across a browser restart on the same profile', async () => {
    const before = await (async () => {
      const popup = await openExtensionPage(session, 'popup.html');
      await expect.poll(() => popup.locator('[data-post-id]').count()).toBeGreaterThan(0);
      const ids = await popup.locator('[data-post-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')));
      await popup.close();
      return ids;
    })();
    earlierRequests.push(...session.requests);
    await session.close({ keepProfile: true });
    session = await launch({ userDataDir: profile });
    const popup = await openExtensionPage(session, 'popup.html');
    await expect.poll(() => popup.locator('[data-post-id]').count()).toBe(before.length);
    expect(await popup.locator('[data-post-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-id')))).toEqual(before);
    await popup.close();
  });

  it('sends no request to any host', () => {
    const requests = [...earlierRequests, ...session.requests];
    expect(requests.length).toBeGreaterThan(0);
    const fromExtension = requests.filter((r) => r.fromExtension && !r.url.startsWith(session.extensionOrigin));
    expect(fromExtension).toEqual([]);
    const hosts = new Set(requests.map((r) => new URL(r.url).hostname).filter(Boolean));
    // Only the fixture page itself and the emoji images it embeds, as on x.com.
    for (const host of hosts) expect(['x.com', 'abs-0.twimg.com', session.extensionId]).toContain(host);
  });
});
