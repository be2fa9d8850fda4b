// The part of identification that needs no inference: the directory, the account-id check, the
// look-alike guard and a handle imitating its own display name. It is small and fast, so content
// scripts run it on every post; inference (large tables, a slow first call) runs in the background
// (utils/core/accounts/index.ts).
import { isPlatform, type AccountInput, type Identification, type Role } from '../model';
import { Directory, handleKey, type DirectoryEntry } from './directory';
import { provenGovernmentDomain } from './government-domains';
import { findLookalike, selfImitation } from './lookalike';
import { clean } from './text';

const EMPTY = new Directory([]);

export const notOfficial = (reasons: string[], imitates?: string): Identification => ({
  official: false, country: null, org: null, role: null, host: null, basis: null, reasons, ...(imitates ? { imitates } : {}),
});

/** A listed handle the page cannot vouch for: shown as official only once something corroborates it. */
export const isUnconfirmed = (entry: DirectoryEntry): boolean => (entry.tier ?? 'unconfirmed') === 'unconfirmed';

/** The listed account's identification, with where its listing comes from (never the name of a user's own list). */
export function fromEntry(entry: DirectoryEntry, directory: Directory, how: string): Identification {
  const source = directory.sources[entry.source];
  const tier = entry.tier ?? 'unconfirmed';
  const listedIn = tier === 'user' ? 'a list you imported' : tier === 'sourced' && source ? source.label : 'DiploLens’s own list (no dated source)';
  return {
    official: true,
    country: entry.country ?? null,
    org: entry.org ?? null,
    role: entry.role as Role,
    host: entry.host ?? null,
    basis: 'directory',
    reasons: [`Listed in ${listedIn}: matched ${how}${entry.evidence?.startsWith('wikidata:') ? ` (Wikidata ${entry.evidence.slice(9)})` : ''}`],
    listedIn,
  };
}

/** The account's handle as identification reads it, or null when there is nothing to identify. */
export function normalisedHandle(account: AccountInput): string | null {
  const platform = account?.platform;
  const handle = typeof account?.handle === 'string' ? account.handle.trim().replace(/^@/, '').slice(0, 200) : '';
  if (!handle || !isPlatform(platform)) return null;
  return handle;
}

const renamed = (listed: DirectoryEntry, why: string): Identification => ({
  ...notOfficial([why, 'Not shown as official: it may have been renamed, or the handle may have changed hands. Correct it if you know.']),
  renamed: listed.handle,
  ...userListMark(listed),
});

/** The mark that keeps a handle of the user's own list out of the page (Identification.fromUserList). */
const userListMark = (entry: DirectoryEntry | undefined): { fromUserList?: true } => (entry?.tier === 'user' ? { fromUserList: true } : {});

/**
 * The identification when the directory or the guards decide it; null when only inference can
 * tell (an unlisted account that imitates nobody, or a listed one no dated source confirms, which
 * inference must corroborate).
 */
export function identifyListed(account: AccountInput, directory: Directory = EMPTY): Identification | null {
  const handle = normalisedHandle(account);
  if (!handle) return notOfficial(['no handle']);
  const platform = account.platform;
  const listed = directory.byHandleOf(platform, handle);
  // An account id confirms a listed account only together with its handle: an id paired with another
  // handle (a rename, or a page script pairing a listed id with any handle) never borrows the badge.
  if (account.userId) {
    const byId = directory.byAccountId(platform, account.userId);
    if (byId && handleKey(platform, byId.handle) !== handleKey(platform, handle))
      return renamed(byId, `This account has the platform id of the listed @${byId.handle}.`);
    if (listed?.userId && listed.userId !== account.userId)
      return renamed(listed, `@${listed.handle} is listed with another account id.`);
    if (byId) return fromEntry(byId, directory, 'by handle and account id');
  }
  if (listed) {
    if (!isUnconfirmed(listed)) return fromEntry(listed, directory, 'by handle');
    if (account.badge === 'grey') {
      const id = fromEntry(listed, directory, 'by handle');
      return { ...id, reasons: [...id.reasons, "confirmed by the platform's government label (grey check)"] };
    }
    return null;
  }
  // A government domain the platform proved the account controls cannot be an imitation; the
  // background judges it (utils/core/accounts/proven-domain.ts).
  if (provenGovernmentDomain(account)) return null;

  const look = directory.size ? findLookalike(directory.lookalikeIndex(), platform, handle) : null;
  if (look) {
    return {
      ...notOfficial([`look-alike of @${look.imitates} (${look.how}): never official`], look.imitates),
      ...userListMark(directory.byHandleOf(platform, look.imitates)),
    };
  }
  const self = selfImitation(platform, handle, clean(account.name, 200), clean(account.bio, 1200));
  if (self) return notOfficial([self]);
  const claimed = directory.size ? listedHandleInName(directory, account, handle) : null;
  if (claimed) return notOfficial([`its display name shows @${claimed}, a listed account's handle that is not its own: never official`], claimed);
  return null;
}

// "@StateDept", "@user@instance", "@name.bsky.social" written in a display name.
const HANDLE_IN_TEXT = /@([A-Za-z0-9_](?:[\w.-]*[\w])?(?:@[A-Za-z0-9.-]+[A-Za-z0-9])?)/g;

/**
 * A display name is the one field anyone can fill with anything: an unlisted account that writes a
 * listed account's handle there ("@MFA_China 外交部发言人") is dressing up as it. Returns that handle.
 */
function listedHandleInName(directory: Directory, account: AccountInput, handle: string): string | null {
  const own = handleKey(account.platform, handle);
  for (const m of clean(account.name, 200).matchAll(HANDLE_IN_TEXT)) {
    const entry = directory.byHandleOf(account.platform, m[1]!);
    // Not the user's own lists: what this returns is written into the page (data-imitates).
    if (entry && entry.tier !== 'user' && handleKey(account.platform, entry.handle) !== own) return entry.handle;
  }
  return null;
}
