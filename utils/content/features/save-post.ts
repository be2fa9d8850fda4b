import { browser } from 'wxt/browser';
import { notOfficial } from '../../core/accounts/listed';
import { SAVE_POST_MESSAGE, type TabMessage } from '../../protocol';
import { send } from '../background-port';
import type { SiteModule } from '../../sites/types';
import type { AccountMemory } from '../account-memory';
import type { PageIdentifier } from '../identifier';
import { toCapture } from './capture';
import type { ErrorLog } from './errors';
import { classifyCached, loadTone } from './tone-loader';

/**
 * "DiploLens: save this post" from the context menu on a post's permalink: the background
 * names the link, and this tab, which knows the page, reads the post (any post, official or not).
 */
export function listenForSaveRequests(site: SiteModule, memory: AccountMemory, identifier: PageIdentifier, log: ErrorLog): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as TabMessage;
    if (request?.type !== SAVE_POST_MESSAGE) return;
    (async () => {
      const postId = site.postIdOf(request.url);
      const post = postId && [...document.querySelectorAll(site.postSelector)].flatMap((el) => site.readPosts(el)).find((p) => p.postId === postId);
      if (!post) return;
      const author = memory.complete(post.author);
      const identification = identifier.identify(author) ?? notOfficial(['not identified yet']);
      await loadTone();
      const capture = toCapture(post, identification, classifyCached(post.text, post.lang), author);
      if (capture) await send('posts:save', { post: capture });
    })().catch((error) => log.report(error, 'save'));
  });
}
