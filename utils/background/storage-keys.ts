/**
 * Keys in storage.local that content scripts watch to apply changes at once in every tab.
 * The background is their only writer. (Kept apart from accounts.ts so content scripts can
 * import them without the directory.)
 */
export const OVERRIDES_KEY = 'diplolens:overrides';
export const DIRECTORY_VERSION_KEY = 'diplolens:directoryVersion';

/** Sent by the background to a tab's content script: save the post with this permalink. */
export const SAVE_POST_MESSAGE = 'diplolens:save-post';
export interface SavePostMessage {
  type: typeof SAVE_POST_MESSAGE;
  url: string;
}
