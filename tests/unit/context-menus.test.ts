// The right-click entries: on X's and Bluesky's pages from install, and on each Mastodon instance the
// content script runs on, rebuilt whenever those instances change.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { menuPatterns, registerContextMenus } from '../../utils/background/context-menus';
import { syncMastodonRegistrations } from '../../utils/background/mastodon-instances';
import { stored } from '../../utils/protocol';

afterEach(async () => {
  vi.restoreAllMocks();
  await browser.storage.local.clear();
});

describe('context menus', () => {
  it("apply to the platforms' pages, and to an instance's pages and permalinks once it runs there", () => {
    const none = menuPatterns([]);
    expect(none.pages).toEqual(expect.arrayContaining(['https://x.com/*', 'https://bsky.app/*']));
    expect(none.pages.some((p) => p.includes('mastodon'))).toBe(false);
    const one = menuPatterns(['https://mastodon.social/*']);
    expect(one.pages).toContain('https://mastodon.social/*');
    expect(one.accounts).toContain('https://mastodon.social/*');
    expect(one.posts).toContain('https://mastodon.social/@*/*');
    // Every pattern is a match pattern the browser accepts (scheme, host, path), or it refuses the menu.
    for (const p of [...one.pages, ...one.posts]) expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\S*$/);
  });

  it('are created again with an instance when its content script is registered, and without it when removed', async () => {
    const created: { id: string; documentUrlPatterns?: string[]; targetUrlPatterns?: string[] }[][] = [[]];
    vi.spyOn(browser.contextMenus, 'removeAll').mockImplementation((async () => void created.push([])) as never);
    vi.spyOn(browser.contextMenus, 'create').mockImplementation(((item: (typeof created)[0][0]) => void created.at(-1)!.push(item)) as never);
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    let registered: { id: string; matches: string[] }[] = [];
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => registered) as never);
    vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation((async (scripts: { id: string; matches: string[] }[]) => void (registered = scripts)) as never);
    vi.spyOn(browser.scripting, 'unregisterContentScripts').mockImplementation((async () => void (registered = [])) as never);
    registerContextMenus();

    await stored.mastodonInstances.setValue(['social.example']);
    await syncMastodonRegistrations();
    await vi.waitFor(() => expect(created.at(-1)!.map((m) => m.id)).toEqual(['diplolens-correct-account', 'diplolens-save-post']));
    const [correct, save] = created.at(-1)!;
    expect(correct!.documentUrlPatterns).toContain('https://social.example/*');
    expect(save!.targetUrlPatterns).toContain('https://social.example/@*/*');

    await stored.mastodonInstances.setValue([]);
    await syncMastodonRegistrations();
    await vi.waitFor(() => expect(created.at(-1)![0]?.documentUrlPatterns).not.toContain('https://social.example/*'));
    expect(created.at(-1)![0]!.documentUrlPatterns).toContain('https://x.com/*');
  });
});
