import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { timelinePage, userCell, xPage, type FixturePost } from '../../scripts/demo/x-markup';
import { clickInBadge, inBadge, launch, openExtensionPage, waitForProcessed, type Session } from '../../scripts/browser';

let session: Session;
const posts: FixturePost[] = [
  { id: '1858000000000000401', handle: 'StateDept', name: 'Department of State', badge: 'grey', lang: 'en', text: 'We thank our partners for their support.' },
  { id: '1858000000000000402', handle: 'StateDept_', name: 'Department of State', badge: 'blue', lang: 'en', text: 'Official: claim your visa lottery prize now.' },
  { id: '1858000000000000403', handle: 'StateDeptt', name: 'U.S. Department of State', badge: 'grey', lang: 'en', text: 'Official statement.' },
  { id: '1858000000000000404', handle: 'ResearchDesk', name: 'Diplomacy Research Desk', lang: 'en', text: 'We welcome the agreement.' },
];

beforeAll(async () => {
  session = await launch();
  session.serve('/home', timelinePage(posts));
});
afterAll(async () => {
  await session?.close();
});

async function timeline(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await waitForProcessed(page, posts.length);
  return page;
}
const badge = (page: Page, handle: string) => page.locator(`diplolens-badge[data-handle="${handle}"]`);
const stateOf = (page: Page, id: string) => page.locator(`article:has(a[href$="/status/${id}"])`).getAttribute('data-dl-state');

describe('identification in the real extension', () => {
  it('never marks a look-alike handle official, and warns instead', async () => {
    const page = await timeline();
    for (const [handle, id] of [['StateDept_', '1858000000000000402'], ['StateDeptt', '1858000000000000403']] as const) {
      expect(await stateOf(page, id)).toBe('other');
      expect(await badge(page, handle).getAttribute('data-warning')).toBe('lookalike');
      expect(await badge(page, handle).getAttribute('data-imitates')).toBe('StateDept');
      const label = await inBadge(badge(page, handle), (root) => root.querySelector('button')!.getAttribute('aria-label'));
      expect(label).toContain('look-alike of @StateDept');
      // The warning looks like a warning, not like an official badge.
      const background = await inBadge(badge(page, handle), (root) => getComputedStyle(root.querySelector('button')!).backgroundColor);
      expect(background).toBe('rgb(154, 103, 0)');
    }
    expect(await stateOf(page, '1858000000000000401')).toBe('official');
    await page.close();
  });

  it('a correction from the badge menu applies at once in every open tab, and can be undone', async () => {
    const first = await timeline();
    const second = await timeline();
    // "Not official" from the menu of @StateDept's badge in the first tab.
    await clickInBadge(badge(first, 'StateDept'), 'button.dl');
    await expect.poll(() => inBadge(badge(first, 'StateDept'), (root) => !!root.querySelector('[data-action="not-official"]'))).toBe(true);
    await clickInBadge(badge(first, 'StateDept'), '[data-action="not-official"]');
    for (const page of [first, second]) {
      await expect.poll(() => stateOf(page, '1858000000000000401')).toBe('other');
      expect(await badge(page, 'StateDept').count()).toBe(0);
    }
    // Undo from the accounts page's list of corrections.
    const accounts = await openExtensionPage(session, 'accounts.html');
    await accounts.locator('[data-testid="correction-list"] li[data-handle="StateDept"] button').click();
    for (const page of [first, second]) await expect.poll(() => stateOf(page, '1858000000000000401')).toBe('official');
    await Promise.all([first.close(), second.close(), accounts.close()]);
  });

  it('"Mark as official" with country, role and host from the correction page shows basis user', async () => {
    const page = await timeline();
    expect(await stateOf(page, '1858000000000000404')).toBe('other');
    const form = await openExtensionPage(session, 'accounts.html?platform=x&handle=ResearchDesk');
    await form.getByTestId('correction-form').waitFor();
    await form.locator('input[name="official"]').first().check();
    await form.getByTestId('country').selectOption('NO');
    await form.getByTestId('role').selectOption('embassy');
    await form.getByTestId('host').fill('us');
    await form.getByTestId('save-correction').click();
    const corrected = badge(page, 'ResearchDesk');
    await expect.poll(() => corrected.count()).toBe(1);
    expect(await corrected.getAttribute('data-basis')).toBe('user');
    expect(await corrected.getAttribute('data-country')).toBe('NO');
    expect(await corrected.getAttribute('data-role')).toBe('embassy');
    expect(await corrected.getAttribute('data-host')).toBe('US');
    expect(await stateOf(page, '1858000000000000404')).toBe('official');
    await form.getByTestId('undo-correction').click();
    await expect.poll(() => corrected.count()).toBe(0);
    await Promise.all([page.close(), form.close()]);
  });

  it("imports a researcher's own list: good rows apply, bad rows are reported with line and reason", async () => {
    const page = await openExtensionPage(session, 'accounts.html');
    const csv = [
      'platform,handle,userId,name,country,org,role,host,source',
      'x,ResearchDesk,,Research Desk Embassy,FI,,embassy,SE,my-list',
      'x,,,,FR,,embassy,,my-list',
      'x,SomeOther,,,ZZ,,embassy,,my-list',
      'x,Another,,,FR,,envoy,,my-list',
    ].join('\n');
    await page.getByTestId('accounts-import-file').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = page.getByTestId('accounts-import-report');
    await expect.poll(() => report.innerText()).toContain('1 of 4 rows accepted, 3 rejected');
    const text = await report.innerText();
    expect(text).toMatch(/3\s+missing handle/);
    expect(text).toMatch(/4\s+bad country code/);
    expect(text).toMatch(/5\s+unknown role/);
    const tab = await timeline();
    const imported = badge(tab, 'ResearchDesk');
    await expect.poll(() => imported.getAttribute('data-country')).toBe('FI');
    expect(await imported.getAttribute('data-basis')).toBe('directory');
    expect(await imported.getAttribute('data-host')).toBe('SE');

    // Removing the list asks first, and "keep" keeps it.
    await page.getByTestId('clear-imported').click();
    await page.getByRole('button', { name: 'Keep them' }).click();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('imported-count').innerText()).toContain('1 account imported');
    expect(await imported.getAttribute('data-country')).toBe('FI');
    await page.getByTestId('clear-imported').click();
    await page.getByTestId('clear-imported-confirm').click();
    await expect.poll(() => page.getByTestId('imported-count').innerText()).toContain('0 accounts imported');
    await expect.poll(() => imported.count()).toBe(0);
    await Promise.all([page.close(), tab.close()]);
  });

  it("the badge card lists the tone cues that decided it", async () => {
    const page = await timeline();
    await inBadge(badge(page, 'StateDept'), (root) => (root.querySelector('button.dl') as HTMLButtonElement).focus());
    // The card is rendered when it opens.
    const readCard = () =>
      inBadge(badge(page, 'StateDept'), (root) => {
        const c = root.querySelector('.card');
        return c ? { open: c.matches(':popover-open'), cues: [...c.querySelectorAll('.cues li')].map((li) => li.textContent) } : null;
      });
    await expect.poll(readCard).not.toBeNull();
    const card = (await readCard())!;
    expect(card.open).toBe(true);
    expect(await badge(page, 'StateDept').getAttribute('data-tone')).toBe('cooperative');
    expect(card.cues.some((c) => /thank/i.test(c ?? ''))).toBe(true);
    await page.close();
  });

  it('remembers what a page showed about an account, so a later page benefits', async () => {
    // An unlisted embassy (of an office the directory does not list either): its posts show only a vague
    // name, but an account list shows its bio.
    session.serve(
      '/i/connect_people',
      xPage(
        userCell({ handle: 'IcelandEmbNairobi', name: 'Embassy', bio: 'Official account of the Embassy of Iceland in Nairobi, Kenya.', userId: '7771234567' }) +
          userCell({ handle: 'privatePerson', name: 'A Person', bio: 'Gardener, dog person, lives in Oslo.', userId: '8881234567' }),
      ),
    );
    session.serve('/later', timelinePage([{ id: '1858000000000000501', handle: 'IcelandEmbNairobi', name: 'Embassy', lang: 'en', text: 'We congratulate Kenya on the successful elections.' }]));
    const before = await session.context.newPage();
    await before.goto('https://x.com/later');
    await waitForProcessed(before, 1);
    expect(await stateOf(before, '1858000000000000501')).toBe('other');
    await before.close();

    const list = await session.context.newPage();
    await list.goto('https://x.com/i/connect_people');
    await expect.poll(() => list.locator('[data-testid="UserCell"][data-dl-state="official"]').count()).toBe(1);
    await list.waitForTimeout(2_500); // what was learnt is saved in batches
    await list.close();

    // Only what official accounts show is kept: the private person's bio never reaches the database.
    const page = await openExtensionPage(session, 'accounts.html');
    const known = (handle: string) =>
      page.evaluate(
        (handle) =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { known: { bio?: string } } }> } } }).chrome.runtime
            .sendMessage({ type: 'accounts:identify', payload: { platform: 'x', handle } })
            .then((r) => r.value.known.bio ?? null),
        handle,
      );
    expect(await known('IcelandEmbNairobi')).toContain('Embassy of Iceland');
    expect(await known('privatePerson')).toBeNull();
    await page.close();

    const after = await session.context.newPage();
    await after.goto('https://x.com/later');
    await waitForProcessed(after, 1);
    await expect.poll(() => stateOf(after, '1858000000000000501')).toBe('official');
    const remembered = badge(after, 'IcelandEmbNairobi');
    expect(await remembered.getAttribute('data-country')).toBe('IS');
    expect(await remembered.getAttribute('data-role')).toBe('embassy');
    expect(await remembered.getAttribute('data-host')).toBe('KE');
    await after.close();
  });
});
