// One listed account and the file that lists them: kept apart from the Directory class so the
// look-alike index, which the Directory builds, can know an entry without importing the Directory.
import type { Platform, Role } from '../model';

/** One listed account, as in utils/core/accounts/directory.json ("diplolens-directory/1"). */
export interface DirectoryEntry {
  platform: Platform;
  /** Without "@"; Mastodon "user@instance"; Bluesky a domain. */
  handle: string;
  /** The platform's stable account id (X numeric id, Bluesky DID, Mastodon URI): survives renames. */
  userId?: string;
  name: string;
  country: string | null;
  org: string | null;
  role: Role;
  host: string | null;
  /** Tag of the source in the file's `sources`. */
  source: string;
}

export interface DirectoryFile {
  format: 'diplolens-directory/1';
  asOf: string;
  sources: Record<string, string>;
  accounts: DirectoryEntry[];
}

/** Lookup key of a handle: "@" and surrounding space dropped, case folded (handles are case-insensitive). */
export function handleKey(platform: Platform, handle: string): string {
  return platform + ':' + handle.trim().replace(/^@/, '').toLowerCase();
}
