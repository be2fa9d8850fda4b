import { browser } from 'wxt/browser';
import { X_MATCHES } from '../sites/x/index';
import { openCorrectionPage } from './accounts';
import { SAVE_POST_MESSAGE, type SavePostMessage } from './storage-keys';

const CORRECT = 'diplolens-correct-account';
const SAVE = 'diplolens-save-post';
/** Paths on X that are not accounts. */
const NOT_ACCOUNTS = new Set(['home', 'explore', 'search', 'notifications', 'messages', 'i', 'settings', 'compose', 'login', 'logout', 'tos', 'privacy']);

/** The account a link on X points to (/handle, /handle/status/…), if any. */
export function accountOfLink(url: string): string | null {
  try {
    const { hostname, pathname } = new URL(url);
    if (!/^(mobile\.)?(x|twitter)\.com$/.test(hostname)) return null;
    const first = pathname.split('/')[1] ?? '';
    return /^[A-Za-z0-9_]{1,20}$/.test(first) && !NOT_ACCOUNTS.has(first.toLowerCase()) ? first : null;
  } catch {
    return null;
  }
}

/**
 * Right-click entries on X's links: correct the account a link points to, and save a post
 * (any post, official or not) from its timestamp link. Menus are created at install, and
 * the post is read by the tab's own content script, which knows the page.
 */
export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: CORRECT, title: 'DiploLens: correct this account…', contexts: ['link'], targetUrlPatterns: X_MATCHES, documentUrlPatterns: X_MATCHES });
      browser.contextMenus.create({
        id: SAVE,
        title: 'DiploLens: save this post',
        contexts: ['link'],
        targetUrlPatterns: X_MATCHES.map((m) => m.replace('/*', '/*/status/*')),
        documentUrlPatterns: X_MATCHES,
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const link = info.linkUrl ?? '';
    if (info.menuItemId === CORRECT) {
      const handle = accountOfLink(link);
      if (handle) openCorrectionPage('x', handle).catch(() => {});
    } else if (info.menuItemId === SAVE && tab?.id !== undefined) {
      const message: SavePostMessage = { type: SAVE_POST_MESSAGE, url: link };
      browser.tabs.sendMessage(tab.id, message).catch(() => {});
    }
  });
}
