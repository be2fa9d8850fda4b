import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MASTODON_DEMO_POSTS } from '../../scripts/demo/mastodon-timeline';
import { accountCell, apiAccount, apiStatus, hoverCard, mastodonPage, profileHeader, statusArticle, timelinePage, type MastodonPost } from '../../scripts/demo/mastodon-markup';
import { inBadge, launch, MASTODON_TEST_HOST as HOST, openExtensionPage, TEST_EXTENSION_DIR, waitForProcessed, type Session } from '../../scripts/browser';
import { MASTODON_SELECTORS } from '../../utils/sites/mastodon/selectors';
import { itUnless } from './browsers';

// The test build holds https://mastodon.test/* from install, so permissions.request resolves
// without the browser's dialog (docs/architecture.md, "Mastodon: instances chosen at run time").
let session: Session;
const POST = MASTODON_SELECTORS.post;
const aaHandle = 'AuswaertigesAmt@social.bund.de';
const embassy = { acct: 'botschaft_madrid@diplo.social', name: 'Embajada', uri: 'https://diplo.social/users/botschaft_madrid' };
const mirror = { acct: 'usembassy_de@bridge.example', name: 'U.S. Embassy Berlin', bio: 'Official account of the U.S. Embassy in Germany.', uri: 'https://bridge.example/users/usembassy_de' };

beforeAll(async () => {
  session = await launch({ extensionDir: TEST_EXTENSION_DIR });
  session.serveAt(HOST, '/home', timelinePage(MASTODON_DEMO_POSTS));
  session.serveAt(HOST, `/@${aaHandle}`, mastodonPage(profileHeader(MASTODON_DEMO_POSTS[0]!.account, HOST) + statusArticle(MASTODON_DEMO_POSTS[0]!)));
  session.serveAt(HOST, `/@${aaHandle}/113500000000000001`, timelinePage([MASTODON_DEMO_POSTS[0]!]));
  session.serveAt(HOST, '/explore', mastodonPage(accountCell(MASTODON_DEMO_POSTS[0]!.account) + accountCell({ acct: 'reader', name: 'A Reader', bio: 'I read the news.' })));
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`https://${HOST}${path}`);
  return page;
}

/** The capture policy as stored (the page's switch flips before the write commits). */
const storedCapture = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('diplolens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('capture');
          get.onsuccess = () => resolve((get.result as { value?: unknown } | undefined)?.value ?? null);
          get.onerror = () => reject(get.error);
        };
      }),
  );

type Registered = { id: string; matches?: string[]; world?: string };
/** The scripts registered at run time, asked from an extension page (Firefox's background has no handle here). */
const registeredScripts = (extensionPage: Page) =>
  extensionPage.evaluate(() => (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } } }).chrome.scripting.getRegisteredContentScripts());

async function instances(options: Page): Promise<{ host: string; active: string | null }[]> {
  return options.locator('[data-testid="instance-list"] li').evaluateAll((items) => items.map((li) => ({ host: li.getAttribute('data-instance')!, active: li.getAttribute('data-active') })));
}

describe('Mastodon, on an instance the user adds in the options page', () => {
  /** A tab of the instance opened before it is added, and kept open through adding and removing it. */
  let openBefore: Page;
  const badgesPerPost = (page: Page) => page.locator(POST).evaluateAll((posts) => posts.map((p) => p.querySelectorAll('diplolens-badge').length));

  it('reads nothing on an instance before it is added', async () => {
    openBefore = await open('/home');
    await openBefore.waitForTimeout(1_500);
    expect(await openBefore.locator('[data-dl-state]').count()).toBe(0);
  });

  it('the options page refuses what is not an instance, then adds one with the browser permission', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.fill('[data-testid="instance-input"]', 'not an instance!');
    await options.click('[data-testid="instance-add"]');
    await expect.poll(() => options.locator('[data-testid="instance-status"]').textContent()).toContain('is not an instance');
    expect(await instances(options)).toEqual([]);

    await options.fill('[data-testid="instance-input"]', `https://${HOST.toUpperCase()}/home`);
    await options.click('[data-testid="instance-add"]');
    await expect.poll(() => instances(options)).toEqual([{ host: HOST, active: 'true' }]);
    expect(await options.locator('[data-testid="instance-status"]').textContent()).toContain(`Added ${HOST}`);
    const registered = await registeredScripts(options);
    expect(registered.map((s) => [s.id, s.matches, s.world ?? 'ISOLATED'])).toEqual([
      ['diplolens-mastodon-network', [`https://${HOST}/*`], 'MAIN'],
      ['diplolens-mastodon', [`https://${HOST}/*`], 'ISOLATED'],
    ]);
    await options.close();
  });

  it('badges the tab opened before the instance was added, without a reload', async () => {
    await waitForProcessed(openBefore, MASTODON_DEMO_POSTS.length, 'mastodon');
    expect(await openBefore.locator(`.status[data-id="113500000000000001"] diplolens-badge`).getAttribute('data-handle')).toBe(aaHandle);
    expect(Math.max(...(await badgesPerPost(openBefore)))).toBe(1);
  });

  it('badges official posts on the home timeline: directory accounts, a boost, a quote; others stay unbadged', async () => {
    const page = await open('/home');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await waitForProcessed(page, MASTODON_DEMO_POSTS.length, 'mastodon');
    const aa = page.locator(`.status[data-id="113500000000000001"] diplolens-badge`);
    expect(await aa.getAttribute('data-handle')).toBe(aaHandle);
    expect(await aa.getAttribute('data-country')).toBe('DE');
    expect(await aa.getAttribute('data-role')).toBe('foreign_ministry');
    expect(await aa.getAttribute('data-basis')).toBe('directory');
    expect(await aa.getAttribute('data-tone')).toBe('cooperative');
    expect(await page.locator('.status[data-id="113500000000000004"] diplolens-badge').getAttribute('data-tone')).toBe('confrontational');
    expect(await page.locator('.status[data-id="113500000000000002"]').getAttribute('data-dl-state')).toBe('other');
    expect(await page.locator('.status[data-id="113500000000000002"] diplolens-badge').count()).toBe(0);
    expect(await page.locator('.status[data-id="113500000000000003"] diplolens-badge').getAttribute('data-host')).toBe('GB');
    // The boost is badged for the Court, the original author.
    expect(await page.locator('.status[data-id="113500000000000005"] diplolens-badge').getAttribute('data-org')).toBe('EU');
    // The quoted post is read and badged on its own; the quoting reader is not.
    expect(await page.locator('.status--is-quote[data-dl-state="official"] diplolens-badge').getAttribute('data-handle')).toBe(aaHandle);
    expect(await page.locator('.status[data-id="113500000000000006"]').getAttribute('data-dl-state')).toBe('other');
    const text = await inBadge(aa, (root) => root.textContent ?? '');
    expect(text).toContain('Germany');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges the profile header, the post page, account lists and hover cards', async () => {
    const profile = await open(`/@${aaHandle}`);
    await expect.poll(() => profile.locator('.account__header').getAttribute('data-dl-state')).toBe('official');
    expect(await profile.locator('.account__header diplolens-badge').getAttribute('data-role')).toBe('foreign_ministry');
    await profile.close();

    const post = await open(`/@${aaHandle}/113500000000000001`);
    await waitForProcessed(post, 1, 'mastodon');
    expect(await post.locator('diplolens-badge').getAttribute('data-handle')).toBe(aaHandle);
    await post.close();

    const explore = await open('/explore');
    await expect.poll(() => explore.locator('.account[data-dl-state]').count()).toBe(2);
    expect(await explore.locator('.account[data-dl-state="official"] diplolens-badge').getAttribute('data-handle')).toBe(aaHandle);
    await explore.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), hoverCard(MASTODON_DEMO_POSTS[2]!.account, HOST));
    await expect.poll(() => explore.locator('.hover-card[data-dl-state="official"] diplolens-badge').getAttribute('data-host')).toBe('GB');
    await explore.close();
  });

  it("uses the instance's API responses, unchanged for the page: an account the DOM says little about, and a bot never official", async () => {
    const post = (id: string, acct: string, name: string, text: string): MastodonPost => ({ id, account: { acct, name }, text, lang: 'es' });
    const body = {
      embassy: apiAccount({ ...embassy, bio: 'Cuenta oficial de la Embajada de España en Alemania.' }),
      mirror: apiAccount({ ...mirror, bot: true }),
    };
    const timeline = [apiStatus({ id: '201', text: 'a', account: body.embassy }), apiStatus({ id: '202', text: 'b', account: body.mirror })];
    await session.context.route(`https://${HOST}/api/v1/timelines/home**`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(timeline) }));
    // Mastodon loads its first timeline while the page is still parsing, before content scripts start.
    session.serveAt(
      HOST,
      '/api-demo',
      timelinePage([post('201', embassy.acct, embassy.name, 'Les deseamos un feliz día nacional.'), { ...post('202', mirror.acct, mirror.name, 'We welcome the new agreement.'), lang: 'en' }]).replace(
        '</head>',
        `<script>window.__early = fetch('/api/v1/timelines/home?limit=20').then((r) => r.json());</script></head>`,
      ),
    );
    const page = await open('/api-demo');
    await waitForProcessed(page, 2, 'mastodon');
    const badge = page.locator(`.status[data-id="201"] diplolens-badge`);
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    expect(await badge.getAttribute('data-country')).toBe('ES');
    expect(await badge.getAttribute('data-basis')).toBe('inferred');
    // The mirror's name and bio say "U.S. Embassy", but the instance marks it a bot.
    expect(await page.locator('.status[data-id="202"]').getAttribute('data-dl-state')).toBe('other');
    const pageSaw = await page.evaluate(async () => [await (window as unknown as { __early: Promise<unknown> }).__early, await (await fetch('/api/v1/timelines/home')).json()]);
    expect(pageSaw).toEqual([timeline, timeline]);
    await page.close();
  });

  it('churn: posts re-rendered, added and recycled by a virtualised list are all processed, none twice badged', async () => {
    const page = await open('/home');
    await waitForProcessed(page, MASTODON_DEMO_POSTS.length, 'mastodon');
    const more = Array.from({ length: 40 }, (_, i) => statusArticle({ ...MASTODON_DEMO_POSTS[i % 2 ? 1 : 0]!, id: String(113600000000000000 + i) })).join('');
    await page.evaluate((html) => {
      const feed = document.querySelector('[role="feed"]')!;
      // Mastodon's list recycles items: they leave and come back as new elements.
      const items = [...feed.children];
      for (const item of items) item.remove();
      feed.insertAdjacentHTML('beforeend', html);
      for (const item of items) feed.appendChild(item.cloneNode(true));
    }, more);
    await waitForProcessed(page, MASTODON_DEMO_POSTS.length + 40, 'mastodon');
    const perPost = await page.locator(POST).evaluateAll((posts) => posts.map((p) => p.querySelectorAll(':scope > .status__info diplolens-badge').length));
    expect(Math.max(...perPost)).toBeLessThanOrEqual(1);
    expect(await page.locator('.status[data-dl-state="official"]:not(.status--is-quote)').count()).toBe(20 + 4);
    await page.close();
  });

  it('hostile strings in names, handles, texts and links stay text and break nothing', async () => {
    const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', '\u202Eevil\u202C \u200F', 'x'.repeat(30_000), '\uD800 lone', ''];
    const posts: MastodonPost[] = HOSTILE.map((s, i) => ({ id: String(900 + i), account: { acct: i % 2 ? 'reader' : aaHandle, name: s || 'n' }, text: s || 'text' }));
    session.serveAt(
      HOST,
      '/hostile',
      timelinePage(posts).replace('href="/@reader"', 'href="javascript:window.__pwned=1"').replace('<time datetime="2026-11-20T14:03:00.000Z"', '<time datetime="not a date"'),
    );
    const page = await open('/hostile');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((p) => p.hasAttribute('data-dl-state')), POST, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator(`diplolens-badge[data-handle="${aaHandle}"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records official Mastodon posts in the library, and no request leaves the browser', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await expect.poll(() => popup.locator(`[data-post-id="${HOST}/113500000000000001"]`).count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.locator(`[data-post-id="${HOST}/113500000000000002"]`).count()).toBe(0);
    await popup.selectOption('[data-testid="filter-platform"]', 'mastodon');
    await expect.poll(() => popup.locator('[data-post-id]').count()).toBeGreaterThan(0);
    const ids = await popup.locator('[data-post-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-post-id')));
    expect(ids.every((id) => id!.startsWith(`${HOST}/`))).toBe(true);
    await popup.close();
    const left = session.requests.filter((r) => !r.url.startsWith(`https://${HOST}/`) && !r.url.startsWith(session.extensionOrigin) && !r.url.startsWith('data:'));
    expect(left).toEqual([]);
  });

  it('diagnostics report the Mastodon tab per surface, without post text', async () => {
    const page = await open('/home');
    await waitForProcessed(page, MASTODON_DEMO_POSTS.length, 'mastodon');
    const diagnostics = await openExtensionPage(session, 'diagnostics.html');
    const report = diagnostics.locator('[data-testid="diagnostics-report"][data-site="mastodon"]').first();
    await expect.poll(() => report.locator('tr[data-surface="home"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await diagnostics.textContent('body')).not.toContain('ceasefire');
    await diagnostics.close();
    await page.close();
  });

  it('removing the instance unregisters the script: its pages are left alone', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await expect.poll(() => instances(options)).toEqual([{ host: HOST, active: 'true' }]);
    await options.click(`[data-testid="instance-remove-${HOST}"]`);
    await expect.poll(() => instances(options)).toEqual([]);
    expect(await registeredScripts(options)).toEqual([]);
    const page = await open('/home');
    await page.waitForTimeout(1_500);
    expect(await page.locator('[data-dl-state]').count()).toBe(0);
    await page.close();
    // The tab already open stops too, and loses the badges and marks it had.
    await expect.poll(() => openBefore.locator('diplolens-badge').count()).toBe(0);
    expect(await openBefore.locator('[data-dl-state]').count()).toBe(0);
    await options.close();
  });

  itUnless('firefox', "Firefox gives back even a manifest's host permission when the instance is removed, and granting it again takes the browser's dialog, which automation cannot answer")(
    'adding the instance again badges the tab already open once, not twice',
    async () => {
      const options = await openExtensionPage(session, 'options.html');
      await options.fill('[data-testid="instance-input"]', HOST);
      await options.click('[data-testid="instance-add"]');
      await expect.poll(() => instances(options)).toEqual([{ host: HOST, active: 'true' }]);
      await waitForProcessed(openBefore, MASTODON_DEMO_POSTS.length, 'mastodon');
      const perPost = await badgesPerPost(openBefore);
      expect(perPost.filter((n) => n === 1).length).toBeGreaterThan(0);
      expect(Math.max(...perPost)).toBe(1);
      // Leave the list as the next tests expect it.
      await options.click(`[data-testid="instance-remove-${HOST}"]`);
      await expect.poll(() => instances(options)).toEqual([]);
      await options.close();
    },
  );

  afterAll(async () => {
    await openBefore?.close();
  });
});

describe('the options page', () => {
  it('capture switches are the library\'s: a change shows in both and survives a reload', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const mastodonSwitch = options.locator('[data-testid="capture-mastodon"]');
    await expect.poll(() => mastodonSwitch.isChecked()).toBe(true);
    await mastodonSwitch.uncheck();
    await expect.poll(() => storedCapture(options)).toMatchObject({ mastodon: false });
    await options.reload();
    await expect.poll(() => options.locator('[data-testid="capture-mastodon"]').isChecked()).toBe(false);
    expect(await options.locator('[data-testid="capture-x"]').isChecked()).toBe(true);
    const library = await openExtensionPage(session, 'library.html');
    await expect.poll(() => library.locator('[data-testid="capture-mastodon"]').count()).toBeGreaterThan(0);
    expect(await library.locator('[data-testid="capture-mastodon"]').isChecked()).toBe(false);
    await library.locator('details:has([data-testid="capture-mastodon"]) > summary').click();
    await library.locator('[data-testid="capture-mastodon"]').check();
    await expect.poll(() => storedCapture(library)).toMatchObject({ mastodon: true });
    await options.reload();
    await expect.poll(() => options.locator('[data-testid="capture-mastodon"]').isChecked()).toBe(true);
    expect(await options.locator('[data-testid="open-library-data"]').getAttribute('href')).toBe('/library.html');
    await library.close();
    await options.close();
  });

  it('suggests government instances with their source', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await expect.poll(() => options.locator('[data-testid^="instance-suggest-"]').count()).toBe(3);
    expect(await options.textContent('body')).toContain('social.bund.de');
    await options.close();
  });
});
