// One listed account and the file that lists them: kept apart from the Directory class so the
// look-alike index, which the Directory builds, can know an entry without importing the Directory.
import type { Platform, Role } from '../model';

/**
 * How far a listed handle can be trusted on its own:
 * - `sourced`: a dated, public source lists this handle for this office (Wikidata, a research list); the
 *   badge shows as official and the card names the source and its date;
 * - `unconfirmed`: only the project's own knowledge lists it; it is shown as official only when the page
 *   corroborates it (the platform's government label, or inference agreeing on country and role), since a
 *   wrongly guessed handle is one an impersonator can register;
 * - `user`: the user's own imported list, trusted because the user chose it.
 */
export type DirectoryTier = 'sourced' | 'unconfirmed' | 'user';

/** One listed account, as in utils/core/accounts/directory.json ("diplolens-directory/2"). */
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
  /** Tag of the best source in the file's `sources` (or the imported list's own source column). */
  source: string;
  /** Absent on rows made before tiers existed: read as `unconfirmed`. */
  tier?: DirectoryTier;
  /** What in the source lists it: a Wikidata item ("wikidata:Q1001543"), or a file and line. */
  evidence?: string;
}

export interface DirectorySource {
  /** Repository, path, commit and what the source is. */
  description: string;
  /** When the source's data was taken: "2025-12", "2021-09". */
  date: string;
  /** Short name for the badge's card, with its date: "Wikidata, Dec 2025". */
  label: string;
  tier: Exclude<DirectoryTier, 'user'>;
}

export interface DirectoryFile {
  format: 'diplolens-directory/2';
  /** The newest source date in the file. */
  asOf: string;
  sources: Record<string, DirectorySource>;
  accounts: DirectoryEntry[];
}

/** Lookup key of a handle: "@" and surrounding space dropped, case folded (handles are case-insensitive). */
export function handleKey(platform: Platform, handle: string): string {
  return platform + ':' + handle.trim().replace(/^@/, '').toLowerCase();
}
