import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledDirectory } from '../utils/accounts/bundled-directory';
import { DiploLensDB, recordPosts } from '../utils/db';
import type { Request } from '../utils/messages';

export default defineBackground(() => {
  const db = new DiploLensDB();

  async function answer(request: Request): Promise<unknown> {
    switch (request.type) {
      case 'directory:get':
        return { entries: bundledDirectory().entries };
      case 'posts:record':
        try {
          const { added } = await recordPosts(db, request.posts);
          return { ok: true, added };
        } catch (error) {
          // Quota exceeded or a closed database: nothing stored is lost, the page is told.
          return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
        }
    }
  }

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts and pages talk to the background.
    if (sender.id !== browser.runtime.id) return false;
    answer(message as Request).then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });
});
