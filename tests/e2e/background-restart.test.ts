// A tab's content script talks to the background over one long-lived port. Chromium stops an idle service
// worker, which drops the port: the tab must go on recording and asking for inference over a new one, and
// report no error for it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { timelineCell, timelinePage, type FixturePost } from '../../scripts/demo/x-markup';
import { EXTENSION_DIR, launch, openExtensionPage, readStore, stopServiceWorker, waitForProcessed, type Session } from '../../scripts/browser';
import type { DiagnosticsReport } from '../../utils/protocol';
import { itUnless } from './browsers';

const official = (id: string): FixturePost => ({ id, handle: 'StateDept', name: 'Department of State', badge: 'grey', lang: 'en', text: `We welcome the agreement (${id}).` });
const reader = (id: string, handle: string): FixturePost => ({ id, handle, name: 'Some Reader', lang: 'en', text: 'Nice day.' });

let session: Session | undefined;
afterAll(async () => {
  await session?.close();
});

itUnless('firefox', "a test cannot stop Firefox's event page")(
  'records and infers after the service worker was stopped, over a new port, with no error',
  async () => {
    session = await launch();
    session.serve('/home', timelinePage([official('1858000000000000501'), reader('1858000000000000502', 'readerOne')]));
    const page = await session.context.newPage();
    await page.goto('https://x.com/home');
    await waitForProcessed(page, 2);
    const popup = await openExtensionPage(session, 'popup.html');
    const recorded = async () => (await readStore(popup, 'posts')).map((post) => post.postId).sort();
    await expect.poll(recorded).toEqual(['1858000000000000501']);

    await stopServiceWorker(session);

    // New posts after the stop: an official one (to be recorded) and an unlisted account's, which is
    // decided only once the background's inference has answered.
    await page.evaluate(
      (html) => document.querySelector('[aria-label^="Timeline"] > div')!.insertAdjacentHTML('beforeend', html),
      [official('1858000000000000503'), reader('1858000000000000504', 'readerTwo')].map((post, i) => timelineCell(post, i + 2)).join(''),
    );
    // Both need the background, which was stopped: it is started again by the tab's new port.
    await waitForProcessed(page, 4);
    expect(await page.locator('article:has(a[href$="/status/1858000000000000504"])').getAttribute('data-dl-state')).toBe('other');
    await expect.poll(recorded).toEqual(['1858000000000000501', '1858000000000000503']);

    // The tab's report reaches the restarted background over the new port, and names no failed message.
    const reports = async () =>
      (
        await popup.evaluate(() =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { reports: DiagnosticsReport[] } }> } } }).chrome.runtime.sendMessage({
            type: 'diagnostics:get',
            payload: {},
          }),
        )
      ).value.reports;
    await expect.poll(async () => (await reports()).map((report) => report.bySurface.home?.seen ?? 0)).toEqual([4]);
    expect((await reports())[0]!.errors).toEqual([]);
  },
);

// Nothing checks which `send` a content-script module imports (utils/protocol.ts has one for extension
// pages): the built content scripts themselves must open the port and never a message channel per message.
it('the built content scripts reach the background over the port only, never with runtime.sendMessage', () => {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js') && !name.includes('-network'));
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const name of scripts) {
    const source = readFileSync(join(dir, name), 'utf8');
    expect(source, name).toContain('runtime.connect');
    expect(source, name).not.toContain('sendMessage');
  }
});
