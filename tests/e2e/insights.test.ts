// The insights page end to end in real Chromium: a known history is written into the extension's
// IndexedDB, and the page's matrix, series and pair view (computed by its Web Worker) are checked
// against figures computed here by a plain loop over what each post was written to say.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPost } from '../../utils/core/records';
import type { Role, Tone, ToneOrUnknown } from '../../utils/core/model';
import { launch, openExtensionPage, type Session } from '../../scripts/browser';
import { seedPosts } from '../../scripts/seed-history';
import { itUnless } from './browsers';

// Each state as the post texts name it, and who speaks for it.
const NAMES: Record<string, string> = { US: 'the United States', RU: 'Russia', CN: 'China', FR: 'France', JP: 'Japan' };
const SPEAKERS: { country: string; handle: string; role: Role }[] = [
  { country: 'US', handle: 'StateDept', role: 'foreign_ministry' },
  { country: 'RU', handle: 'mfa_russia', role: 'foreign_ministry' },
  { country: 'FR', handle: 'FranceinUSA', role: 'embassy' },
];
const TONES: ToneOrUnknown[] = ['cooperative', 'confrontational', 'neutral', 'sarcastic', 'unknown'];
const SCORE: Record<string, number> = { cooperative: 1, neutral: 0, confrontational: -1, sarcastic: -1 };

interface Written {
  post: StoredPost;
  /** The states its text names (its ground truth, fixed when it was written). */
  spokenOf: string[];
}

function history(): Written[] {
  const out: Written[] = [];
  const others = Object.keys(NAMES);
  for (let i = 0; i < 90; i++) {
    const speaker = SPEAKERS[i % SPEAKERS.length]!;
    const pool = others.filter((c) => c !== speaker.country);
    const spokenOf = [pool[i % pool.length]!, ...(i % 4 === 0 ? [pool[(i + 1) % pool.length]!] : [])];
    const tone = TONES[(i * 7) % TONES.length]!;
    const codedTone: Tone | null = i % 6 === 0 ? (['cooperative', 'confrontational', 'neutral', 'sarcastic'] as Tone[])[(i / 6) % 4]! : null;
    // Three months of 2025, a post every day.
    const postedAt = Date.UTC(2025, 0, 1 + i, 12);
    out.push({
      spokenOf,
      post: {
        platform: 'x',
        postId: String(9_000_000 + i),
        url: null,
        postedAt: new Date(postedAt).toISOString(),
        firstSeen: postedAt + 1000,
        lastSeen: postedAt + 1000,
        timesSeen: 1,
        handle: speaker.handle,
        authorName: speaker.handle,
        text: `Talks today with ${spokenOf.map((c) => NAMES[c]).join(' and ')} on trade.`,
        lang: 'en',
        official: true,
        country: speaker.country,
        org: null,
        role: speaker.role,
        host: null,
        basis: 'directory',
        tone,
        toneScore: SCORE[tone] ?? 0,
        toneCues: [],
        saved: false,
        tags: [],
        codedTone,
        codedBy: codedTone ? 'tester' : null,
        codedAt: codedTone ? postedAt : null,
        changedAt: postedAt,
      },
    });
  }
  return out;
}

const written = history();

interface Expected {
  posts: number;
  scored: number;
  coded: number;
  mean: number | null;
}
function tally(items: Written[], coded: boolean): Expected {
  let scored = 0;
  let sum = 0;
  let fromCoding = 0;
  for (const { post } of items) {
    const tone = coded && post.codedTone ? post.codedTone : post.tone;
    if (coded && post.codedTone) fromCoding++;
    if (tone === 'unknown') continue;
    scored++;
    sum += SCORE[tone]!;
  }
  return { posts: items.length, scored, coded: fromCoding, mean: scored ? sum / scored : null };
}
const monthOf = (p: StoredPost) => p.postedAt!.slice(0, 7) + '-01';

let session: Session;
let page: Page;

async function rowFigures(row: ReturnType<Page['locator']>) {
  const cells = await row.locator('td.num').allInnerTexts();
  const mean = await row.locator('td[data-mean]').getAttribute('data-mean');
  return { posts: Number(cells[0]), scored: Number(cells[1]), mean: mean === '' ? null : Number(mean) };
}

/** Waits until the figures on show were computed with this tone source (the worker answers after the switch). */
const shownWith = (source: string) => page.waitForSelector(`[data-testid="insights-status"][data-tone-source="${source}"]`, { timeout: 30_000 });

describe('insights page', () => {
  beforeAll(async () => {
    session = await launch();
    await seedPosts(session, written.map((w) => w.post));
    page = await openExtensionPage(session, 'insights.html');
    await page.waitForFunction((n) => document.querySelector('[data-testid="insights-status"]')?.getAttribute('data-posts') === String(n), written.length, { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows the speaker × spoken-of matrix as computed from what the posts say', async () => {
    await page.getByTestId('matrix-toggle').click();
    const table = page.getByTestId('matrix-table');
    const pairs = new Map<string, Written[]>();
    for (const w of written) for (const c of w.spokenOf) pairs.set(`${w.post.country}>${c}`, [...(pairs.get(`${w.post.country}>${c}`) ?? []), w]);
    // The table is drawn when the worker answers: wait until it shows exactly the expected cells.
    const shownCells = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cell')).sort());
    await expect.poll(shownCells, { timeout: 30_000 }).toEqual([...pairs.keys()].sort());
    for (const [cell, items] of pairs) {
      const want = tally(items, false);
      const got = await rowFigures(table.locator(`tr[data-cell="${cell}"]`));
      expect(got.posts, cell).toBe(want.posts);
      expect(got.scored, cell).toBe(want.scored);
      expect(got.mean, cell).toBeCloseTo(want.mean!, 2);
    }
    await page.getByTestId('matrix-toggle').click();
  });

  it('switches to human coding where it exists, and says how many posts are coded', async () => {
    await page.getByTestId('tone-source').selectOption('coded');
    await shownWith('coded');
    await page.getByTestId('matrix-toggle').click();
    const items = written.filter((w) => w.post.country === 'US' && w.spokenOf.includes('RU'));
    const want = tally(items, true);
    const row = page.getByTestId('matrix-table').locator('tr[data-cell="US>RU"]');
    await expect.poll(async () => (await rowFigures(row)).mean).toBeCloseTo(want.mean!, 2);
    const cells = await row.locator('td.num').allInnerTexts();
    expect(Number(cells[2])).toBe(want.coded);
    await page.getByTestId('matrix-toggle').click();
    await page.getByTestId('tone-source').selectOption('automatic');
    await shownWith('automatic');
  });

  it('shows tone over time per speaking state by month', async () => {
    await page.getByTestId('series-toggle').click();
    const table = page.getByTestId('series-table');
    const groups = new Map<string, Written[]>();
    for (const w of written) groups.set(`${w.post.country}|${monthOf(w.post)}`, [...(groups.get(`${w.post.country}|${monthOf(w.post)}`) ?? []), w]);
    // The table is drawn when the worker answers: wait until it shows exactly the expected rows.
    const shownRows = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-key')}|${r.getAttribute('data-period')}`).sort());
    await expect.poll(shownRows).toEqual([...groups.keys()].sort());
    for (const [k, items] of groups) {
      const [country, period] = k.split('|');
      const want = tally(items, false);
      const got = await rowFigures(table.locator(`tr[data-key="${country}"][data-period="${period}"]`));
      expect(got.posts, k).toBe(want.posts);
      expect(got.mean, k).toBeCloseTo(want.mean!, 2);
    }
    await page.getByTestId('series-toggle').click();
  });

  it('reads a pair both ways over time', async () => {
    await page.getByTestId('pair-a').selectOption('US');
    await page.getByTestId('pair-b').selectOption('RU');
    await page.getByTestId('pair-toggle').click();
    const table = page.getByTestId('pair-table');
    for (const [from, to] of [['US', 'RU'], ['RU', 'US']] as const) {
      const months = new Map<string, Written[]>();
      for (const w of written) if (w.post.country === from && w.spokenOf.includes(to)) months.set(monthOf(w.post), [...(months.get(monthOf(w.post)) ?? []), w]);
      for (const [period, items] of months) {
        const row = table.locator(`tr[data-from="${from}"][data-period="${period}"]`);
        await row.waitFor();
        const got = await rowFigures(row);
        expect(got.posts, `${from}>${to} ${period}`).toBe(items.length);
        expect(got.mean, `${from}>${to} ${period}`).toBeCloseTo(tally(items, false).mean!, 2);
      }
      expect(await table.locator(`tr[data-from="${from}"]`).count()).toBe(months.size);
    }
    await page.getByTestId('pair-toggle').click();
  });

  it('opens the library on a matrix cell from the keyboard, with exactly its posts', async () => {
    // The chart is on show (not a table with a stale chart left beside it).
    expect(await page.getByTestId('matrix-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('matrix-table').count()).toBe(0);
    const rect = page.locator('[data-testid="matrix"] rect[data-cell="RU>FR"]');
    await rect.focus();
    const opened = session.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const library = await opened;
    await library.getByTestId('library-selection').waitFor({ timeout: 15_000 });
    const want = written.filter((w) => w.post.country === 'RU' && w.spokenOf.includes('FR')).length;
    await expect.poll(() => library.getByTestId('result-count').getAttribute('data-count'), { timeout: 15_000 }).toBe(String(want));
    await library.close();
  });

  it('exports a table as CSV with a BOM and a chart as SVG', async () => {
    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('matrix-csv').click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.startsWith('\ufeffspeaker,spokenOf,posts,')).toBe(true);
    const cells = new Set(written.flatMap((w) => w.spokenOf.map((c) => `${w.post.country},${c},`)));
    expect(csv.trim().split('\r\n').length - 1).toBe(cells.size);
    const svgDownload = page.waitForEvent('download');
    await page.locator('[data-testid="matrix"] button', { hasText: 'SVG' }).click();
    const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('data-cell="RU&gt;FR"');
  });

  itUnless('firefox', "Firefox has no Long Tasks API (PerformanceObserver 'longtask'): the observer would see nothing whatever happened")('never blocks the page: no long task while it aggregates', async () => {
    // The observer sees long tasks in this browser, so an empty list below means there were none.
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'))).toBe(true);
    const longTasks = await page.evaluate(async () => {
      const seen: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      (document.querySelector('[data-testid="bucket"]') as HTMLSelectElement).value = 'week';
      document.querySelector('[data-testid="bucket"]')!.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 1500));
      observer.disconnect();
      return seen;
    });
    expect(longTasks).toEqual([]);
  });
});
