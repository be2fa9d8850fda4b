import { bundledDirectory } from '../accounts/bundled-directory';
import type { DirectoryEntry } from '../accounts/directory';
import type { Handlers } from '../messages';

declare module '../messages' {
  interface Messages {
    'directory:get': { request: Record<string, never>; response: { entries: DirectoryEntry[] } };
  }
}

/** What content scripts need to identify accounts on their own, synchronously, per post. */
export function accountHandlers(): Handlers {
  return {
    'directory:get': async () => ({ entries: bundledDirectory().entries }),
  };
}
