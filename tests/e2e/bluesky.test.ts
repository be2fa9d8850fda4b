import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BLUESKY_FIXTURES } from '../../scripts/demo/bluesky-fixtures';
import { feedItem, feedPage, hoverCard, type BlueskyPost } from '../../scripts/demo/bluesky-markup';
import { BLUESKY_DEMO_POSTS, US_EMBASSY_KENYA } from '../../scripts/demo/bluesky-timeline';
import { inBadge, launch, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

// Bluesky in real Chromium: the fixtures served as https://bsky.app/..., the built extension loaded.
let session: Session;
const pageErrors: string[] = [];
const FEED_PATHS = ['/', '/search', '/profile/diplo.de/feed/whats-hot', '/profile/diplo.de/lists/3kabc', '/hashtag/diplomacy'];
const THREAD = '/profile/diplo.de/post/3n2qqturvc223';

beforeAll(async () => {
  session = await launch();
  for (const path of FEED_PATHS) session.serve(path, BLUESKY_FIXTURES['timeline.html']!, 'bluesky');
  session.serve('/profile/diplo.de', BLUESKY_FIXTURES['profile.html']!, 'bluesky');
  session.serve(THREAD, BLUESKY_FIXTURES['thread.html']!, 'bluesky');
  session.serve('/notifications', BLUESKY_FIXTURES['notifications.html']!, 'bluesky');
  session.serve('/profile/diplo.de/followers', BLUESKY_FIXTURES['accounts.html']!, 'bluesky');
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`https://bsky.app${path}`);
  return page;
}

const item = (handle: string) => `[data-testid="feedItem-by-${handle}"]`;

describe('every Bluesky surface', () => {
  for (const path of FEED_PATHS) {
    it(`badges posts on ${path}`, async () => {
      const page = await open(path);
      await waitForProcessed(page, BLUESKY_DEMO_POSTS.length, 'bluesky');
      const listed = page.locator(`${item('diplo.de')}[data-dl-state="official"] diplolens-badge[data-handle="diplo.de"]`);
      expect(await listed.count()).toBe(1);
      expect(await listed.getAttribute('data-basis')).toBe('directory');
      expect(await listed.getAttribute('data-country')).toBe('DE');
      // Proven by its handle's domain, and in no list.
      const proven = page.locator(`${item('ke.usembassy.gov')} diplolens-badge`);
      expect(await proven.evaluate((b) => [b.dataset.basis, b.dataset.country, b.dataset.role, b.dataset.host, b.dataset.tone])).toEqual(['domain', 'US', 'embassy', 'KE', 'cooperative']);
      // A city on .gov is a government, not the state's voice abroad; a name is not a handle.
      expect(await page.locator(`${item('mayor.nyc.gov')}`).getAttribute('data-dl-state')).toBe('other');
      // A listed handle written as a display name ("@diplo.de") dresses the reader up as the ministry: a
      // warning naming the ministry, never its badge.
      const dressedUp = page.locator(`${item('newsreader.bsky.social')} > div > div > div diplolens-badge[data-handle="newsreader.bsky.social"]`);
      expect(await dressedUp.count()).toBe(1);
      expect(await dressedUp.evaluate((b) => [b.dataset.warning, b.dataset.imitates, b.dataset.country ?? ''])).toEqual(['lookalike', 'diplo.de', '']);
      // A repost is the embassy's own post; a quote is read in its own block.
      expect(await page.locator(`${item('uk.diplo.de')}[data-dl-state="official"] diplolens-badge[data-handle="uk.diplo.de"]`).count()).toBe(1);
      await expect.poll(() => page.locator('div[role="link"][title^="Post by"][data-dl-state="official"] diplolens-badge[data-handle="belgiummfa.bsky.social"]').count()).toBe(1);
      expect(await page.locator('diplolens-badge[data-handle="newsreader.bsky.social"]:not([data-warning])').count()).toBe(0);
      await page.close();
    });
  }

  it('badges the thread: its own post, a reply and the post it quotes', async () => {
    const page = await open(THREAD);
    await waitForProcessed(page, 3, 'bluesky');
    expect(await page.locator('[data-testid="postThreadItem-by-diplo.de"][data-dl-state="official"] diplolens-badge').count()).toBe(1);
    expect(await page.locator('[data-testid="postThreadItem-by-newsreader.bsky.social"]').getAttribute('data-dl-state')).toBe('other');
    await expect.poll(() => page.locator('[data-testid="postThreadItem-by-ke.usembassy.gov"] div[role="link"][title^="Post by"] diplolens-badge[data-handle="diplo.de"]').count()).toBe(1);
    await page.close();
  });

  it('badges the notifications that are posts, not the likes', async () => {
    const page = await open('/notifications');
    await waitForProcessed(page, 1, 'bluesky').catch(() => {});
    await expect.poll(() => page.locator(`${item('ke.usembassy.gov')}[data-dl-state="official"] diplolens-badge`).count()).toBe(1);
    expect(await page.locator(`${item('diplo.de')} diplolens-badge`).count()).toBe(0);
    await page.close();
  });

  it('badges the profile header and the profile’s posts', async () => {
    const page = await open('/profile/diplo.de');
    const header = page.locator('[data-testid="profileHeaderDisplayName"]');
    await expect.poll(() => header.getAttribute('data-dl-state')).toBe('official');
    const badge = page.locator('diplolens-badge[data-handle="diplo.de"]').first();
    expect(await badge.getAttribute('data-role')).toBe('foreign_ministry');
    expect(await badge.getAttribute('data-tone')).toBe('');
    await expect.poll(() => page.locator(`${item('diplo.de')} diplolens-badge`).count()).toBe(1);
    await page.close();
  });

  it('badges account lists and hover cards', async () => {
    const page = await open('/profile/diplo.de/followers');
    const cards = page.locator('[data-testid^="profileCard-"][data-dl-state]');
    await expect.poll(() => cards.count()).toBe(4);
    expect(await page.locator('[data-testid="profileCard-diplo.de-link"][data-dl-state="official"] diplolens-badge').count()).toBe(1);
    expect(await page.locator('[data-testid="profileCard-mayor.nyc.gov-link"]').getAttribute('data-dl-state')).toBe('other');
    expect(await page.locator('[data-testid="profileCard-newsreader.bsky.social-link"] diplolens-badge').count()).toBe(0);
    // The fixture already holds a hover card; a new one appears in a portal when the pointer rests on a name.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), hoverCard(US_EMBASSY_KENYA));
    await expect.poll(() => page.locator('div[style*="will-change"][data-dl-state="official"] diplolens-badge[data-basis="domain"]').count()).toBe(2);
    await page.close();
  });
});

describe('Bluesky diagnostics', () => {
  it('counts what it saw per platform and surface, with no post text', async () => {
    const page = await open('/search');
    await waitForProcessed(page, BLUESKY_DEMO_POSTS.length, 'bluesky');
    const diagnostics = await openExtensionPage(session, 'diagnostics.html');
    const report = diagnostics.locator('[data-testid="diagnostics-report"][data-site="bluesky"]');
    await expect.poll(() => report.locator('tr[data-surface="search"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const cells = await report.locator('tr[data-surface="search"]').first().locator('td').allInnerTexts();
    expect(Number(cells[1])).toBeGreaterThanOrEqual(BLUESKY_DEMO_POSTS.length);
    expect(Number(cells[2])).toBeGreaterThanOrEqual(3);
    expect(await diagnostics.locator('body').innerText()).not.toContain('open day at the Embassy');
    await diagnostics.close();
    await page.close();
  });
});

describe('Bluesky under churn', () => {
  it('a feed item re-rendered in place with another author follows, never keeping the old badge', async () => {
    const page = await open('/');
    await waitForProcessed(page, BLUESKY_DEMO_POSTS.length, 'bluesky');
    const reader: BlueskyPost = { rkey: '3n2xuo4lu222c', handle: 'newsreader.bsky.social', name: 'A news reader', text: 'Nice day.' };
    await page.evaluate((html) => {
      const first = document.querySelector('[data-testid^="feedItem-by-"]')!;
      const fresh = document.createElement('div');
      fresh.innerHTML = html;
      const next = fresh.firstElementChild!;
      first.setAttribute('data-testid', next.getAttribute('data-testid')!);
      first.replaceChildren(...next.childNodes);
    }, feedItem(reader));
    const first = page.locator('[data-testid^="feedItem-by-"]').first();
    await expect.poll(() => first.getAttribute('data-dl-state')).toBe('other');
    expect(await first.locator('diplolens-badge').count()).toBe(0);
    await page.close();
  });

  it('a virtualised list that drops old items and adds new ones badges each new one once', async () => {
    const page = await open('/');
    await waitForProcessed(page, BLUESKY_DEMO_POSTS.length, 'bluesky');
    for (let round = 0; round < 5; round++) {
      const fresh = BLUESKY_DEMO_POSTS.map((p) => ({ ...p, rkey: p.rkey.slice(0, 11) + 'a' + String.fromCharCode(50 + round) }));
      await page.evaluate((html) => {
        const list = document.querySelector('main > div')!;
        list.querySelectorAll('[data-testid^="feedItem-by-"]').forEach((el, i) => i < 3 && el.remove());
        list.insertAdjacentHTML('beforeend', html);
      }, fresh.map((p) => feedItem(p)).join(''));
    }
    await waitForProcessed(page, undefined, 'bluesky');
    const counts = await page.locator('[data-testid^="feedItem-by-"]').evaluateAll((els) => els.map((el) => el.querySelectorAll(':scope diplolens-badge').length - [...el.querySelectorAll('div[role="link"][title^="Post by"] diplolens-badge')].length));
    expect(Math.max(...counts)).toBeLessThanOrEqual(1);
    expect(await page.locator(`${item('diplo.de')}[data-dl-state="official"]`).count()).toBe(await page.locator(item('diplo.de')).count());
    await page.close();
  });
});

describe('hostile strings on Bluesky', () => {
  it('stay text: no script runs, nothing is badged by a name, the page keeps working', async () => {
    const page = await open('/');
    await waitForProcessed(page, BLUESKY_DEMO_POSTS.length, 'bluesky');
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '"><svg onload="window.__pwned=1">',
      'Embassy of France\u202e\u2066 in the U.S.',
      '@diplo.de',
      'Auswärtiges Amt'.repeat(2000),
      '\u0000\ud800 javascript:window.__pwned=1',
    ];
    const posts: BlueskyPost[] = hostile.map((s, i) => ({ rkey: `3n2xuo4lu22${String.fromCharCode(100 + i)}${String.fromCharCode(50 + i)}`, handle: `fuzz${i}.bsky.social`, name: s, text: s + ' ' + s }));
    await page.evaluate((html) => document.querySelector('main > div')!.insertAdjacentHTML('beforeend', html), posts.map((p) => feedItem(p)).join(''));
    await waitForProcessed(page, BLUESKY_DEMO_POSTS.length + hostile.length, 'bluesky');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    for (let i = 0; i < hostile.length; i++) {
      const state = await page.locator(item(`fuzz${i}.bsky.social`)).getAttribute('data-dl-state');
      expect(['official', 'other']).toContain(state);
      const badge = page.locator(`${item(`fuzz${i}.bsky.social`)} diplolens-badge`);
      if (await badge.count()) expect(await badge.first().getAttribute('data-handle')).toBe(`fuzz${i}.bsky.social`);
    }
    expect(await page.locator('diplolens-badge[data-handle="diplo.de"]').count()).toBe(1);
    const reasons = await inBadge(page.locator(`${item('diplo.de')} diplolens-badge`), (root) => root.textContent ?? '');
    expect(reasons).not.toContain('<img');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe("Bluesky's own data, read in the page's world", () => {
  it('identifies an account the DOM says little about from its XRPC profile view, and the page gets the very same response', async () => {
    // An embassy in no list, on a hosted handle: its post shows only a name; its profile view has its description.
    const embassy: BlueskyPost = { rkey: '3n2xuo4lu22c2', handle: 'embajada-esp-mx.bsky.social', name: 'Embajada', text: 'Les deseamos un feliz día nacional.' };
    const profile = { did: 'did:plc:cccccccccccccccccccccccc', handle: embassy.handle, displayName: 'Embajada', description: 'Cuenta oficial de la Embajada de España en México.', labels: [] };
    const response = { feed: [{ post: { uri: `at://${profile.did}/app.bsky.feed.post/${embassy.rkey}`, cid: 'c', author: profile, record: { text: embassy.text }, indexedAt: '2026-11-23T10:00:00Z' } }] };
    const api = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getTimeline';
    // The app loads its first timeline while the page is still parsing, before content scripts start.
    session.serve('/xrpc-demo', feedPage([embassy]).replace('</head>', `<script>window.__early = fetch('${api}?limit=30').then((r) => r.json());</script></head>`), 'bluesky');
    await session.context.route('https://public.api.bsky.app/xrpc/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(response) }),
    );
    const page = await open('/xrpc-demo');
    await waitForProcessed(page, 1, 'bluesky');
    const badge = page.locator(`${item(embassy.handle)} diplolens-badge[data-handle="${embassy.handle}"]`);
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    expect(await badge.evaluate((b) => [b.dataset.country, b.dataset.role, b.dataset.host, b.dataset.basis])).toEqual(['ES', 'embassy', 'MX', 'inferred']);
    const pageSaw = await page.evaluate(async (url) => {
      const early = await (window as unknown as { __early: Promise<unknown> }).__early;
      const viaFetch = await (await fetch(url)).json();
      const viaXhr = await new Promise<unknown>((done) => {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', url);
        xhr.responseType = 'json';
        xhr.onload = () => done(xhr.response);
        xhr.send();
      });
      return [early, viaFetch, viaXhr];
    }, api);
    expect(pageSaw).toEqual([response, response, response]);
    await page.close();
  });
});

describe("a post's declared language, from its record", () => {
  it('an official post declared Spanish is read by the Spanish model; its twin, declared in two languages, by the language franc finds', async () => {
    // franc takes this Spanish text for Romanian, which no model reads: the tone shows which language was used.
    const text = 'Felicitamos a Chile.';
    const declared: BlueskyPost = { rkey: '3n2xuo4lu23c2', handle: 'diplo.de', name: 'Auswärtiges Amt', text };
    const twin: BlueskyPost = { ...declared, rkey: '3n2xuo4lu23c3' };
    const did = 'did:plc:dddddddddddddddddddddddd';
    const author = { did, handle: 'diplo.de', displayName: 'Auswärtiges Amt', labels: [] };
    const view = (p: BlueskyPost, langs: string[]) => ({ uri: `at://${did}/app.bsky.feed.post/${p.rkey}`, cid: 'c', author, record: { $type: 'app.bsky.feed.post', text, langs, createdAt: '2026-11-23T10:00:00Z' }, indexedAt: '2026-11-23T10:00:00Z' });
    const response = { feed: [{ post: view(declared, ['es']) }, { post: view(twin, ['es', 'en']) }] };
    const api = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed';
    session.serve('/langs-demo', feedPage([declared, twin]).replace('</head>', `<script>fetch('${api}?actor=diplo.de').then((r) => r.json());</script></head>`), 'bluesky');
    await session.context.route(`${api}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(response) }),
    );
    const page = await open('/langs-demo');
    await waitForProcessed(page, 2, 'bluesky');
    const badges = page.locator(`${item('diplo.de')} diplolens-badge[data-handle="diplo.de"]`);
    await expect.poll(() => badges.evaluateAll((els) => els.map((b) => [b.dataset.country, b.dataset.tone])), { timeout: 10_000 }).toEqual([
      ['DE', 'cooperative'],
      ['DE', 'unknown'],
    ]);
    await page.close();
  });
});

describe('Bluesky capture and privacy', () => {
  it('stores the official posts with platform "bluesky", found by the library’s platform filter', async () => {
    const library = await openExtensionPage(session, 'library.html');
    // The library is virtualised (only visible rows exist): the stored records are read from its database.
    const stored = () =>
      library.evaluate(
        () =>
          new Promise<[string, string, string][]>((done, fail) => {
            const open = indexedDB.open('diplolens');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('posts').objectStore('posts').getAll();
              all.onsuccess = () => done((all.result as { platform: string; postId: string; handle: string }[]).map((p) => [p.platform, p.postId, p.handle]));
            };
          }),
      );
    await expect.poll(async () => (await stored()).filter(([platform]) => platform === 'bluesky').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const bluesky = (await stored()).filter(([platform]) => platform === 'bluesky');
    expect(bluesky).toEqual(expect.arrayContaining([
      ['bluesky', '3n2qqturvc223', 'diplo.de'],
      ['bluesky', '3n2qulokkk224', 'ke.usembassy.gov'],
      ['bluesky', '3n2vkvrlo2227', 'uk.diplo.de'],
      ['bluesky', '3n2nnrivwk226', 'belgiummfa.bsky.social'],
    ]));
    expect(bluesky.map(([, id]) => id)).not.toContain('3n2vmlg7ck22a');
    // The library's platform filter shows them under Bluesky, and none under X.
    await library.selectOption('[data-testid="filter-platform"]', 'bluesky');
    await expect.poll(() => library.locator('[data-testid="result-count"]').getAttribute('data-count')).toBe(String(bluesky.length));
    await library.selectOption('[data-testid="filter-platform"]', 'x');
    await expect.poll(() => library.locator('[data-platform="bluesky"]').count()).toBe(0);
    await library.close();
  });

  it('sends no request anywhere but the served pages', () => {
    const fromExtension = session.requests.filter((r) => r.fromExtension && !r.url.startsWith(session.extensionOrigin));
    expect(fromExtension).toEqual([]);
    const hosts = new Set(session.requests.map((r) => new URL(r.url).hostname).filter(Boolean));
    // The served pages, their avatars, and the XRPC response the page itself asked for.
    for (const host of hosts) expect(['bsky.app', 'cdn.bsky.app', 'public.api.bsky.app', session.extensionId]).toContain(host);
  });
});
