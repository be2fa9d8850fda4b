import { recordPosts, type DiploLensDB, type PostCapture } from '../db';
import type { Handlers } from '../messages';

declare module '../messages' {
  interface Messages {
    'posts:record': { request: { posts: PostCapture[] }; response: { added: number; updated: number } };
  }
}

/** The history of posts seen: the background is its only writer (see README, "History"). */
export function historyHandlers(db: DiploLensDB): Handlers {
  return {
    'posts:record': ({ posts }) => recordPosts(db, posts),
  };
}
