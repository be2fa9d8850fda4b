// The extension's pages in the reader's colour scheme: text in a tone's colour keeps WCAG AA contrast
// (4.5:1) on a dark page as on a light one, selected row included.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticPosts } from '../../scripts/bench/synthetic-posts';
import { launch, openExtensionPage, type Session } from '../../scripts/browser';
import { seedPosts } from '../../scripts/seed-history';
import { itUnless } from './browsers';

let session: Session;
beforeAll(async () => {
  session = await launch();
  // Every tone automatic and coded, so each colour is drawn as text.
  const tones = ['cooperative', 'confrontational', 'neutral', 'sarcastic', 'unknown'] as const;
  const codes = ['cooperative', 'confrontational', 'neutral', 'sarcastic'] as const;
  const posts = syntheticPosts(40).map((p, i) => ({ ...p, tone: tones[i % 5]!, codedTone: codes[i % 4]!, codedBy: 'me', codedAt: p.firstSeen }));
  await seedPosts(session, posts);
});
afterAll(async () => {
  await session?.close();
});

/** The lowest contrast of any tone-coloured text on the page against what is behind it. */
function lowestToneContrast(page: Page): Promise<{ contrast: number; text: string; count: number }> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    // Any CSS colour (rgb(), color(srgb ...), color-mix results) as 0-255 sRGB, through the canvas.
    const rgba = (css: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    // The page's own canvas colour (white, or dark in the dark scheme), as an element resolves it.
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'Canvas';
    const canvasColour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    // The background as the eye sees it: each ancestor's background laid over the one behind.
    const behind = (el: Element) => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) layers.push(rgba(getComputedStyle(e).backgroundColor));
      let seen = rgba(canvasColour);
      for (const [r, g, b, a] of layers.reverse()) seen = seen.map((v, i) => (i < 3 ? [r!, g!, b!][i]! * (a! / 255) + v * (1 - a! / 255) : 255));
      return seen;
    };
    let lowest = { contrast: Infinity, text: '', count: 0 };
    const chips = [...document.querySelectorAll('.tone-mini, .tone-chip.coded')];
    for (const el of chips) {
      const [l1, l2] = [luminance(rgba(getComputedStyle(el).color)), luminance(behind(el))].sort((x, y) => y - x);
      const contrast = (l1! + 0.05) / (l2! + 0.05);
      if (contrast < lowest.contrast) lowest = { contrast, text: el.textContent ?? '', count: 0 };
    }
    return { ...lowest, count: chips.length };
  });
}

async function expectLegibleTones(scheme: 'light' | 'dark') {
  const library = await openExtensionPage(session, 'library.html');
  if (scheme === 'dark') await library.emulateMedia({ colorScheme: 'dark' });
  await library.locator('[data-post-id]').first().waitFor();
  const lowest = await lowestToneContrast(library);
  expect(lowest.count).toBeGreaterThan(10);
  expect(lowest.contrast, `${scheme}: "${lowest.text}"`).toBeGreaterThanOrEqual(4.5);
  await library.close();
}

it("the library's tone colours are legible in the light scheme", () => expectLegibleTones('light'));

itUnless('firefox', 'WebDriver BiDi in puppeteer-core cannot emulate prefers-color-scheme (it needs CDP)')(
  "the library's tone colours are legible in the dark scheme",
  () => expectLegibleTones('dark'),
);
