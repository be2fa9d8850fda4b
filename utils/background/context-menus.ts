import { browser } from 'wxt/browser';
import { SAVE_POST_MESSAGE, type TabMessage } from '../protocol';
import { SITES } from '../sites/registry';
import { openCorrectionPage } from './accounts';

const CORRECT = 'diplolens-correct-account';
const SAVE = 'diplolens-save-post';

/**
 * Right-click entries on a platform's links: correct the account a link points to, and save a
 * post (any post, official or not) from its permalink. Menus are created at install, and the
 * post is read by the tab's own content script, which knows the page.
 */
export function registerContextMenus(): void {
  const pages = SITES.flatMap((site) => site.matches);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: CORRECT, title: 'DiploLens: correct this account…', contexts: ['link'], targetUrlPatterns: pages, documentUrlPatterns: pages });
      browser.contextMenus.create({
        id: SAVE,
        title: 'DiploLens: save this post',
        contexts: ['link'],
        targetUrlPatterns: SITES.flatMap((site) => site.postLinkPatterns),
        documentUrlPatterns: pages,
      });
    });
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
