import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverCard, postArticle, profileHeader, timelinePage, userCell, xPage, type FixturePost } from '../../scripts/demo/x-markup';
import { clickInBadge, inBadge, launch, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

let session: Session;
const stateDept: FixturePost = { id: '1858000000000000101', handle: 'StateDept', name: 'Department of State', badge: 'grey', lang: 'en', text: 'We welcome the ceasefire agreement and thank our partners.' };
const reader: FixturePost = { id: '1858000000000000102', handle: 'someReader', name: 'Some Reader', lang: 'en', text: 'Interesting thread.' };

beforeAll(async () => {
  session = await launch();
  for (const path of ['/home', '/search', '/i/lists/123', '/i/bookmarks', '/notifications']) session.serve(path, timelinePage([stateDept, reader], path));
  session.serve('/StateDept', xPage(profileHeader({ handle: 'StateDept', name: 'Department of State', bio: 'Official account of the U.S. Department of State.', badge: 'grey', userId: '9624742' }) + postArticle(stateDept)));
  session.serve('/StateDept/status/1858000000000000101', timelinePage([stateDept, { ...reader, id: '1858000000000000103', text: 'Replying to @StateDept: thanks' }]));
  session.serve('/i/connect_people', xPage(userCell({ handle: 'StateDept', name: 'Department of State', badge: 'grey', userId: '9624742' }) + userCell({ handle: 'someReader', name: 'Some Reader', bio: 'I read the news.' })));
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`https://x.com${path}`);
  return page;
}

const badgeOf = (page: Page, scope: string) => page.locator(`${scope} diplolens-badge`).first();

describe('every X surface', () => {
  for (const path of ['/home', '/search', '/i/lists/123', '/i/bookmarks', '/notifications', '/StateDept/status/1858000000000000101']) {
    it(`badges posts on ${path}`, async () => {
      const page = await open(path);
      await waitForProcessed(page);
      expect(await page.locator('article[data-dl-state="official"] diplolens-badge[data-handle="StateDept"]').count()).toBe(1);
      expect(await page.locator('article[data-dl-state="other"]').count()).toBeGreaterThanOrEqual(1);
      await page.close();
    });
  }

  it('badges the profile header and the profile posts', async () => {
    const page = await open('/StateDept');
    await waitForProcessed(page);
    const header = page.locator('[data-testid="UserName"]');
    await expect.poll(() => header.getAttribute('data-dl-state')).toBe('official');
    const badge = badgeOf(page, '[data-testid="UserName"]');
    expect(await badge.getAttribute('data-role')).toBe('foreign_ministry');
    expect(await badge.getAttribute('data-tone')).toBe(''); // an account has no tone
    expect(await page.locator('article diplolens-badge[data-handle="StateDept"]').count()).toBe(1);
    await page.close();
  });

  it('badges account lists (user cells) and hover cards', async () => {
    const page = await open('/i/connect_people');
    await expect.poll(() => page.locator('[data-testid="UserCell"][data-dl-state]').count()).toBe(2);
    expect(await page.locator('[data-testid="UserCell"][data-dl-state="official"] diplolens-badge[data-handle="StateDept"]').count()).toBe(1);
    expect(await page.locator('[data-testid="UserCell"][data-dl-state="other"] diplolens-badge').count()).toBe(0);
    // A hover card appears when the pointer rests on a name: X adds it to #layers.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), hoverCard({ handle: 'StateDept', name: 'Department of State', badge: 'grey' }));
    await expect.poll(() => page.locator('[data-testid="HoverCard"][data-dl-state="official"] diplolens-badge').count()).toBe(1);
    await page.close();
  });

  it("uses X's own GraphQL data, unchanged for the page, to identify an account the DOM says little about", async () => {
    // An embassy not in the directory: its post shows only a name, but X's data has its bio and grey check.
    const embassy: FixturePost = { id: '1858000000000000201', handle: 'EmbajadaEsp_Xy', name: 'Embajada', lang: 'es', text: 'Les deseamos un feliz día nacional.' };
    const user = {
      __typename: 'User',
      rest_id: '5551234567',
      legacy: { screen_name: 'EmbajadaEsp_Xy', name: 'Embajada', description: 'Cuenta oficial de la Embajada de España en México.', verified_type: 'Government' },
    };
    // X loads its first timeline while the page is still parsing, before content scripts start.
    session.serve(
      '/graphql-demo',
      timelinePage([embassy]).replace('</head>', `<script>window.__early = fetch('/i/api/graphql/abc/UserByScreenName').then((r) => r.json());</script></head>`),
    );
    await session.context.route('https://x.com/i/api/graphql/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: { user: { result: user } } }) }),
    );
    const page = await open('/graphql-demo');
    await waitForProcessed(page);
    const badge = page.locator('article diplolens-badge[data-handle="EmbajadaEsp_Xy"]');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    expect(await badge.getAttribute('data-country')).toBe('ES');
    expect(await badge.getAttribute('data-basis')).toBe('inferred');
    // The page's own calls got exactly what the server sent.
    const pageSaw = await page.evaluate(async () => {
      const early = await (window as unknown as { __early: Promise<unknown> }).__early;
      const viaFetch = await (await fetch('/i/api/graphql/abc/UserByScreenName')).json();
      const viaXhr = await new Promise<unknown>((done) => {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', '/i/api/graphql/abc/UserByScreenName');
        xhr.responseType = 'json';
        xhr.onload = () => done(xhr.response);
        xhr.send();
      });
      return [early, viaFetch, viaXhr];
    });
    expect(pageSaw).toEqual([1, 2, 3].map(() => ({ data: { user: { result: user } } })));
    await page.close();
  });

  for (const [theme, bg, fg] of [
    ['light', '#ffffff', 'rgb(15, 20, 25)'],
    ['dim', '#15202b', 'rgb(247, 249, 249)'],
    ['dark', '#000000', 'rgb(231, 233, 234)'],
  ] as const) {
    it(`the badge is legible on X's ${theme} theme, left-to-right and right-to-left`, async () => {
      for (const dir of ['ltr', 'rtl']) {
        const path = `/theme-${theme}-${dir}`;
        session.serve(
          path,
          timelinePage([stateDept])
            .replace('background:#fff;color:#0f1419', `background:${bg};color:${fg}`)
            .replace(/color: rgb\(15, 20, 25\)/g, `color: ${fg}`)
            .replace('<html dir="ltr" lang="en">', `<html dir="${dir}" lang="${dir === 'rtl' ? 'ar' : 'en'}">`),
        );
        const page = await open(path);
        await waitForProcessed(page);
        const look = await inBadge(page.locator('diplolens-badge').first(), (root) => {
          const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const luminance = ([r, g, b]: number[]) => {
            const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
          };
          const button = root.querySelector('button.dl') as HTMLElement;
          const style = getComputedStyle(button);
          const page = parse(getComputedStyle(document.body).backgroundColor);
          const [r, g, b, a = 1] = parse(style.backgroundColor);
          // The pill's background over the page's, as the eye sees it.
          const seen = [r!, g!, b!].map((v, i) => v * a + page[i]! * (1 - a));
          const [l1, l2] = [luminance(parse(style.color)), luminance(seen)].sort((x, y) => y - x);
          return { contrast: (l1! + 0.05) / (l2! + 0.05), direction: style.direction, text: button.textContent };
        });
        expect(look.contrast, `${theme} ${dir}`).toBeGreaterThanOrEqual(4.5);
        expect(look.direction).toBe('ltr');
        expect(look.text).toMatch(/United States · Foreign ministry\s*\+ cooperative/);
        await page.close();
      }
    });
  }

  it('counts what it saw per surface in the diagnostics page, with no post text', async () => {
    const search = await open('/search');
    await waitForProcessed(search);
    const diagnostics = await openExtensionPage(session, 'diagnostics.html');
    await expect.poll(() => diagnostics.getByTestId('diagnostics-report').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => diagnostics.locator('tr[data-surface="search"]').count()).toBeGreaterThan(0);
    const row = await diagnostics.locator('tr[data-surface="search"]').first().innerText();
    expect(row.split(/\s+/)).toEqual(['search', '2', '1', '1', '0']);
    const text = await diagnostics.locator('main').innerText();
    expect(text).not.toContain('ceasefire');
    expect(text).not.toContain('Interesting thread');
    expect(text).not.toContain('StateDept');
    await diagnostics.close();
    await search.close();
  });
});
