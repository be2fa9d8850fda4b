// Identification of official diplomatic accounts (ACCOUNTS-GUIDE.md): look-alike guard, directory,
// a government domain the platform proved, then inference from name, bio, handle and badge.
import type { AccountInput, Identification } from '../model';
import type { Directory, DirectoryEntry } from './directory';
import { INFERRED_ONLY, inferAccount } from './infer';
import { fromEntry, identifyListed, isUnconfirmed, normalisedHandle, notOfficial } from './listed';
import { identifyByDomain } from './proven-domain';

export { Directory, handleKey, type DirectoryEntry, type DirectoryFile } from './directory';
export { applyCorrection, type Correction } from './corrections';
// CSV import (papaparse + valibot) lives in ./csv so the content script does not bundle them.
export { skeleton, findLookalike, selfImitation } from './lookalike';
export { inferAccount, parseHandle } from './infer';
export { identifyListed } from './listed';
export { identifyByDomain } from './proven-domain';

/**
 * The directory and the guards first; then a government domain the platform proved the account
 * controls; inference for an unlisted account that imitates nobody, and to corroborate a listed
 * handle that no dated source confirms. The content script runs the first part itself
 * (identifyListed) and asks the background for this whole function: one identification, wherever
 * it runs.
 */
export function identifyAccount(account: AccountInput, directory?: Directory): Identification {
  const listed = identifyListed(account, directory);
  if (listed) return listed;
  const handle = normalisedHandle(account)!;
  const entry = directory?.byHandleOf(account.platform, handle);
  const unconfirmed = entry && directory && isUnconfirmed(entry) ? entry : undefined;
  const byDomain = identifyByDomain({ ...account, handle });
  if (byDomain) {
    // A listing no dated source confirms is confirmed by a proven domain of the same state or organisation.
    if (unconfirmed && byDomain.official && (unconfirmed.country ?? null) === byDomain.country && (unconfirmed.org ?? null) === byDomain.org) {
      const id = fromEntry(unconfirmed, directory!, 'by handle');
      return { ...id, reasons: [...id.reasons, `confirmed by its proven domain: ${byDomain.reasons[0]}`] };
    }
    return byDomain;
  }
  const inferred = inferAccount({ ...account, handle });
  if (!unconfirmed) return inferred;
  // Inference alone refuses a gold check (a verified business or NGO); for a handle the project lists as
  // an office, the platform's verification of an organisation is no evidence against it, so the name and
  // bio may confirm the listing as they would without the check (and nothing more).
  if (account.badge === 'gold') {
    const confirmed = corroborate(unconfirmed, directory!, inferAccount({ ...account, handle, badge: 'none' }));
    return confirmed.basis === 'directory' ? confirmed : corroborate(unconfirmed, directory!, inferred);
  }
  return corroborate(unconfirmed, directory!, inferred);
}

/**
 * A handle only the project's own list names, judged with what inference reads in its name and bio:
 * agreeing on country (or organisation) and role confirms the listing; otherwise inference decides
 * alone (at most "likely"), and an account that shows nothing official is not badged.
 */
export function corroborate(entry: DirectoryEntry, directory: Directory, inferred: Identification): Identification {
  if (!inferred.official) {
    return notOfficial([
      `@${entry.handle} is in DiploLens’s own list but in no dated source, and its name and bio do not show the office`,
      ...inferred.reasons,
    ]);
  }
  const samePlace = entry.country ? inferred.country === entry.country : inferred.org === entry.org;
  if (samePlace && inferred.role === entry.role) {
    const id = fromEntry(entry, directory, 'by handle');
    return { ...id, reasons: [...id.reasons, 'confirmed by its name and bio', ...inferred.reasons.filter((r) => r !== INFERRED_ONLY)] };
  }
  return { ...inferred, reasons: [...inferred.reasons, `DiploLens’s own list says otherwise for @${entry.handle}; not confirmed`] };
}
