import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postArticle, timelineCell, timelinePage, type FixturePost } from '../../scripts/demo/x-markup';
import { launch, waitForProcessed, type Session } from '../../scripts/browser';

let session: Session;
let page: Page;
const stateDept: FixturePost = { id: '1858000000000000301', handle: 'StateDept', name: 'Department of State', badge: 'grey', lang: 'en', text: 'We welcome the agreement.' };
const reader: FixturePost = { id: '1858000000000000302', handle: 'someReader', name: 'Some Reader', lang: 'en', text: 'Nice day.' };

beforeAll(async () => {
  session = await launch();
  session.serve('/home', timelinePage([stateDept, reader]));
  page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await waitForProcessed(page, 2);
});
afterAll(async () => {
  await session?.close();
});

/** Frames between a change and the moment `done` holds, counted in the page. */
function framesUntil(change: string, done: string): Promise<number> {
  return page.evaluate(
    ({ change, done }) =>
      new Promise<number>((resolve) => {
        new Function(change)();
        let frames = 0;
        const check = () => {
          if (new Function(`return (${done})`)()) return resolve(frames);
          if (++frames > 120) return resolve(-1);
          requestAnimationFrame(check);
        };
        queueMicrotask(() => queueMicrotask(() => requestAnimationFrame(check)));
      }),
    { change, done },
  );
}

describe('under React churn', () => {
  it('a post whose author changes in place follows within a frame, never keeping the old badge', async () => {
    // X reuses the first cell's article for the reader's post: author link, name and text change in place.
    const frames = await framesUntil(
      `const a = document.querySelector('article');
       const fresh = document.createElement('div');
       fresh.innerHTML = ${JSON.stringify(postArticle({ ...reader, id: '1858000000000000399' }))};
       a.replaceChildren(...fresh.firstElementChild.childNodes);`,
      `document.querySelector('article').getAttribute('data-dl-state') === 'other' && !document.querySelector('article diplolens-badge')`,
    );
    expect(frames).toBeGreaterThanOrEqual(0);
    expect(frames).toBeLessThanOrEqual(1);
    // And back: the official author returns to the same node.
    const back = await framesUntil(
      `const a = document.querySelector('article');
       const fresh = document.createElement('div');
       fresh.innerHTML = ${JSON.stringify(postArticle(stateDept))};
       a.replaceChildren(...fresh.firstElementChild.childNodes);`,
      `document.querySelector('article diplolens-badge')?.getAttribute('data-handle') === 'StateDept'`,
    );
    expect(back).toBeGreaterThanOrEqual(0);
    expect(back).toBeLessThanOrEqual(1);
  });

  it('only the text changing in place (an edited post) re-reads the post, and its tone follows', async () => {
    const badge = page.locator('article diplolens-badge').first();
    expect(await badge.getAttribute('data-tone')).toBe('cooperative');
    const frames = await framesUntil(
      `const t = document.querySelector('article [data-testid="tweetText"]'); t.textContent = 'We condemn this unacceptable violation of the ceasefire.';`,
      `document.querySelector('article diplolens-badge')?.getAttribute('data-tone') === 'confrontational'`,
    );
    expect(frames).toBeGreaterThanOrEqual(0);
    expect(frames).toBeLessThanOrEqual(1);
  });

  it('a virtualised cell that leaves and comes back is badged again', async () => {
    const count = await page.evaluate(async () => {
      const cell = document.querySelector('[data-testid="cellInnerDiv"]')!;
      const parent = cell.parentElement!;
      cell.remove();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      // React renders a new node for it when it scrolls back.
      const clone = cell.cloneNode(true) as Element;
      clone.querySelectorAll('diplolens-badge').forEach((b) => b.remove());
      clone.querySelectorAll('[data-dl-state]').forEach((e) => e.removeAttribute('data-dl-state'));
      parent.prepend(clone);
      return document.querySelectorAll('[data-testid="cellInnerDiv"]').length;
    });
    expect(count).toBe(2);
    await expect.poll(() => page.locator('article').first().locator('diplolens-badge[data-handle="StateDept"]').count()).toBe(1);
  });

  it('client-side navigation (pushState, back) badges the new view', async () => {
    await page.evaluate((html) => {
      history.pushState({}, '', '/StateDept');
      const list = document.querySelector('[aria-label^="Timeline"] > div')!;
      list.innerHTML = html;
    }, timelineCell({ ...stateDept, id: '1858000000000000310', text: 'Profile post' }, 0));
    await expect.poll(() => page.locator('article[data-dl-state="official"]').count()).toBe(1);
    await page.evaluate((html) => {
      history.back();
      const list = document.querySelector('[aria-label^="Timeline"] > div')!;
      list.innerHTML = html;
    }, [reader, stateDept].map(timelineCell).join(''));
    await expect.poll(() => page.locator('article[data-dl-state]').count()).toBe(2);
    expect(await page.locator('diplolens-badge[data-handle="StateDept"]').count()).toBe(1);
  });
});
