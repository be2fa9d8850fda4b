import { browser } from 'wxt/browser';
import { SAVE_POST_MESSAGE, type TabMessage } from '../protocol';
import { SITES } from '../sites/registry';
import { openCorrectionPage } from './accounts';
import { onMastodonPagesChanged, samePatterns } from './mastodon-instances';

const CORRECT = 'diplolens-correct-account';
const SAVE = 'diplolens-save-post';

/**
 * Where the menus apply: the platforms' pages and links, and the Mastodon instances the content
 * script runs on (`https://<host>/*`, whose permalinks are `/@<account>/<id>`).
 */
export function menuPatterns(instancePages: readonly string[]): { pages: string[]; accounts: string[]; posts: string[] } {
  const pages = [...SITES.flatMap((site) => site.matches), ...instancePages];
  const posts = [...SITES.flatMap((site) => site.postLinkPatterns), ...instancePages.map((page) => page.replace(/\/\*$/, '/@*/*'))];
  return { pages, accounts: pages, posts };
}

/**
 * Right-click entries on a platform's links: correct the account a link points to, and save a
 * post (any post, official or not) from its permalink. Created at install and again whenever the
 * Mastodon instances change; the post is read by the tab's own content script, which knows the page.
 */
export function registerContextMenus(): void {
  let instancePages: readonly string[] = [];
  let building: Promise<void> = Promise.resolve();
  // One rebuild after another: two interleaved would create each entry twice.
  const rebuild = () => {
    building = building.then(() => createMenus(menuPatterns(instancePages))).catch(() => {});
  };
  browser.runtime.onInstalled.addListener(rebuild);
  onMastodonPagesChanged((pages) => {
    if (samePatterns(pages, instancePages)) return;
    instancePages = [...pages];
    rebuild();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const link = info.linkUrl ?? '';
    if (info.menuItemId === CORRECT) {
      for (const site of SITES) {
        const handle = site.accountOfLink(link);
        if (handle) return void openCorrectionPage(site.platform, handle).catch(() => {});
      }
    } else if (info.menuItemId === SAVE && tab?.id !== undefined) {
      const message: TabMessage = { type: SAVE_POST_MESSAGE, url: link };
      browser.tabs.sendMessage(tab.id, message).catch(() => {});
    }
  });
}

async function createMenus({ pages, accounts, posts }: ReturnType<typeof menuPatterns>): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: CORRECT, title: 'DiploLens: correct this account…', contexts: ['link'], targetUrlPatterns: accounts, documentUrlPatterns: pages });
  browser.contextMenus.create({ id: SAVE, title: 'DiploLens: save this post', contexts: ['link'], targetUrlPatterns: posts, documentUrlPatterns: pages });
}
