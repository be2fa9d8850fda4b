// The platforms' stable account ids (AccountInput.userId), which survive renames: one syntax per platform,
// shared by the site modules, the directory build and the CSV import.
import type { Platform } from '../model';

/** X's numeric user id. */
export const X_USER_ID = /^\d{1,25}$/;
/** A Bluesky DID (https://atproto.com/specs/did): did:plc (the usual one) or did:web. */
export const BLUESKY_DID = /^did:(plc:[a-z2-7]{24}|web:[a-z0-9.:%-]{3,253})$/;

/** Whether `id` has the syntax of an account id on `platform` (Mastodon's is not checked here). */
export function isAccountIdOf(platform: Platform, id: string): boolean {
  if (platform === 'x') return X_USER_ID.test(id);
  if (platform === 'bluesky') return BLUESKY_DID.test(id);
  return id.length > 0 && id.length <= 500;
}
