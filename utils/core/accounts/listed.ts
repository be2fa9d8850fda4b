// The part of identification that needs no inference: the directory, the look-alike guard and
// a handle imitating its own display name. It is small and fast, so content scripts run it on every
// post; inference (large tables, a slow first call) runs in the background (utils/accounts/index.ts).
import { isPlatform, type AccountInput, type Identification, type Role } from '../model';
import { Directory, type DirectoryEntry } from './directory';
import { findLookalike, selfImitation } from './lookalike';
import { clean } from './text';

const EMPTY = new Directory([]);

export const notOfficial = (reasons: string[], imitates?: string): Identification => ({
  official: false, country: null, org: null, role: null, host: null, basis: null, reasons, ...(imitates ? { imitates } : {}),
});

function fromEntry(e: DirectoryEntry, how: string): Identification {
  return {
    official: true,
    country: e.country ?? null,
    org: e.org ?? null,
    role: e.role as Role,
    host: e.host ?? null,
    basis: 'directory',
    reasons: [`Listed in the directory (${how}, source: ${e.source})`],
  };
}

/** The account's handle as identification reads it, or null when there is nothing to identify. */
export function normalisedHandle(account: AccountInput): string | null {
  const platform = account?.platform;
  const handle = typeof account?.handle === 'string' ? account.handle.trim().replace(/^@/, '').slice(0, 200) : '';
  if (!handle || !isPlatform(platform)) return null;
  return handle;
}

/**
 * The identification when the directory or the guards decide it; null when only inference can
 * tell (an unlisted account that imitates nobody).
 */
export function identifyListed(account: AccountInput, directory: Directory = EMPTY): Identification | null {
  const handle = normalisedHandle(account);
  if (!handle) return notOfficial(['no handle']);
  const platform = account.platform;
  // A listed account id is the listed account, whatever its handle is now (renames keep the id).
  if (account.userId) {
    const byId = directory.byAccountId(platform, account.userId);
    if (byId) return fromEntry(byId, `by ${platform === 'x' ? 'X user' : 'account'} id`);
  }
  const listed = directory.byHandleOf(platform, handle);
  if (listed) return fromEntry(listed, 'by handle');

  const look = directory.size ? findLookalike(directory.lookalikeIndex(), platform, handle) : null;
  if (look) return notOfficial([`look-alike of @${look.imitates} (${look.how}): never official`], look.imitates);
  const self = selfImitation(platform, handle, clean(account.name, 200), clean(account.bio, 1200));
  if (self) return notOfficial([self]);
  return null;
}
