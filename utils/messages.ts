import { browser } from 'wxt/browser';
import type { DirectoryEntry } from './accounts/directory';
import type { PostCapture } from './db';

/**
 * Every message between content scripts and the background, in one place.
 * The background owns the database (IndexedDB belongs to an origin: a content script's
 * indexedDB would be x.com's), so pages only ever send it messages.
 */
export type Request =
  | { type: 'directory:get' }
  | { type: 'posts:record'; posts: PostCapture[] };

export type Response<R extends Request> = R extends { type: 'directory:get' }
  ? { entries: DirectoryEntry[] }
  : R extends { type: 'posts:record' }
    ? { ok: true; added: number } | { ok: false; error: string }
    : never;

export async function send<R extends Request>(request: R): Promise<Response<R>> {
  return (await browser.runtime.sendMessage(request)) as Response<R>;
}
