// Where the badge and its card sit in a real page: a narrow window must not lose the author's name to
// the pill, and a card opened near the bottom of the window must be readable in full.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { timelinePage, type FixturePost } from '../../scripts/demo/x-markup';
import { clickInBadge, inBadge, launch, waitForProcessed, type Session } from '../../scripts/browser';

let session: Session;
const posts: FixturePost[] = [
  { id: '1858000000000000301', handle: 'mfa_russia', name: 'MFA Russia', badge: 'grey', lang: 'en', text: 'We strongly condemn the provocation and reject these baseless accusations.' },
  ...Array.from({ length: 6 }, (_, i): FixturePost => ({
    id: `185800000000000031${i}`,
    handle: 'StateDept',
    name: 'Department of State',
    badge: 'grey',
    lang: 'en',
    text: `We welcome the agreement signed today and thank our partners for their cooperation (${i}).`,
  })),
];

/** The timeline in a window of this size, once every post has been processed. */
async function openTimeline(width: number, height: number) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto('https://x.com/home');
  await waitForProcessed(page, posts.length);
  return page;
}

beforeAll(async () => {
  session = await launch();
  session.serve('/home', timelinePage(posts));
});
afterAll(async () => {
  await session?.close();
});

it("keeps the author's name readable beside the pill in a 400 px wide window, and the pill inside its row", async () => {
  const page = await openTimeline(400, 800);
  const sizes = await page.evaluate(() => {
    const article = document.querySelector('article[data-dl-state="official"]')!;
    // The link that holds the name: what the row leaves it (the name's own span overflows it, clipped).
    const name = article.querySelector('[data-testid="User-Name"] a')!.getBoundingClientRect();
    const badge = article.querySelector('diplolens-badge')!.getBoundingClientRect();
    const row = article.querySelector('[data-testid="User-Name"]')!.getBoundingClientRect();
    return { name: name.width, badgeRight: badge.right, rowRight: row.right };
  });
  // "MFA Russia" is about 80 px wide: at least its first word must show.
  expect(sizes.name).toBeGreaterThan(40);
  expect(sizes.badgeRight).toBeLessThanOrEqual(sizes.rowRight + 1);
  // The tone chip keeps its place in the narrowed pill, and the accessible name still says everything.
  const pill = await inBadge(page.locator('diplolens-badge').first(), (root) => {
    const button = root.querySelector('button.dl')!;
    const tone = button.querySelector('.tone')!.getBoundingClientRect();
    return { label: button.getAttribute('aria-label'), tone: tone.width, inside: tone.right <= button.getBoundingClientRect().right + 1 };
  });
  expect(pill.tone).toBeGreaterThan(20);
  expect(pill.inside).toBe(true);
  expect(pill.label).toMatch(/Russia, Foreign ministry, .*tone Confrontational/);
  await page.close();
});

it('shows the whole pill where the row has room for it', async () => {
  const page = await openTimeline(1000, 800);
  // "United States · Foreign ministry" and its tone: the longest pill of this page.
  const pill = await inBadge(page.locator('diplolens-badge').nth(1), (root) => {
    const clipped = (el: Element) => el.scrollWidth > el.clientWidth;
    const button = root.querySelector('button.dl')!;
    return { who: button.querySelector('.who')!.textContent, clipped: clipped(button) || clipped(button.querySelector('.who')!) || clipped(button.querySelector('.tone')!) };
  });
  expect(pill.who).toMatch(/United States · Foreign ministry/);
  expect(pill.clipped).toBe(false);
  await page.close();
});

it('opens the card above a pill near the bottom of the window, wholly inside the window', async () => {
  const page = await openTimeline(1000, 700);
  const badge = page.locator('diplolens-badge').last();
  await badge.scrollIntoViewIfNeeded();
  // Put the pill 60 px above the window's bottom edge.
  await badge.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - (window.innerHeight - 60)));
  await clickInBadge(badge, 'button.dl');
  await expect.poll(() => inBadge(badge, (root) => !!root.querySelector('.card'))).toBe(true);
  const place = await inBadge(badge, (root) => {
    const card = root.querySelector('.card')!.getBoundingClientRect();
    const pill = root.querySelector('button.dl')!.getBoundingClientRect();
    return { top: card.top, bottom: card.bottom, pillTop: pill.top, height: window.innerHeight };
  });
  expect(place.top).toBeGreaterThanOrEqual(0);
  expect(place.bottom).toBeLessThanOrEqual(place.height);
  expect(place.bottom).toBeLessThanOrEqual(place.pillTop);
  await page.close();
});
