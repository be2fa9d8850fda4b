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

/**
 * Frames between a change and the moment each condition holds, counted in the page (-1: not within 120
 * frames). How soon a new badge arrives is a speed figure (`npm run bench -- page` reports the share
 * badged in the same or next frame); here it must arrive, and a badge that no longer belongs to the post
 * must be gone by the next frame.
 */
function framesUntil(change: string, ...conditions: string[]): Promise<number[]> {
  return page.evaluate(
    ({ change, conditions }) =>
      new Promise<number[]>((resolve) => {
        new Function(change)();
        const tests = conditions.map((c) => new Function(`return (${c})`) as () => boolean);
        const at = conditions.map(() => -1);
        let frames = 0;
        const check = () => {
          tests.forEach((t, i) => { if (at[i] === -1 && t()) at[i] = frames; });
          if (at.every((f) => f >= 0) || ++frames > 120) return resolve(at);
          requestAnimationFrame(check);
        };
        queueMicrotask(() => queueMicrotask(() => requestAnimationFrame(check)));
      }),
    { change, conditions },
  );
}

describe('under React churn', () => {
  it("a post whose author changes in place loses the old author's badge by the next frame, and is read again", async () => {
    // X reuses the first cell's article for the reader's post: author link, name and text change in place.
    const [stale, read] = await framesUntil(
      `const a = document.querySelector('article');
       const fresh = document.createElement('div');
       fresh.innerHTML = ${JSON.stringify(postArticle({ ...reader, id: '1858000000000000399' }))};
       a.replaceChildren(...fresh.firstElementChild.childNodes);`,
      `!document.querySelector('article diplolens-badge')`,
      `document.querySelector('article').getAttribute('data-dl-state') === 'other'`,
    );
    expect(stale).toBeGreaterThanOrEqual(0);
    expect(stale).toBeLessThanOrEqual(1);
    expect(read).toBeGreaterThanOrEqual(0);
    // And back: the official author returns to the same node and gets its badge again.
    const [back] = await framesUntil(
      `const a = document.querySelector('article');
       const fresh = document.createElement('div');
       fresh.innerHTML = ${JSON.stringify(postArticle(stateDept))};
       a.replaceChildren(...fresh.firstElementChild.childNodes);`,
      `document.querySelector('article diplolens-badge')?.getAttribute('data-handle') === 'StateDept'`,
    );
    expect(back).toBeGreaterThanOrEqual(0);
  });

  it('only the text changing in place (an edited post) re-reads the post, and its tone follows', async () => {
    const badge = page.locator('article diplolens-badge').first();
    expect(await badge.getAttribute('data-tone')).toBe('cooperative');
    const [toned] = await framesUntil(
      `const t = document.querySelector('article [data-testid="tweetText"]'); t.textContent = 'We condemn this unacceptable violation of the ceasefire.';`,
      `document.querySelector('article diplolens-badge')?.getAttribute('data-tone') === 'confrontational'`,
    );
    expect(toned).toBeGreaterThanOrEqual(0);
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
