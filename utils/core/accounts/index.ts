// Identification of official diplomatic accounts (ACCOUNTS-GUIDE.md): look-alike guard, directory,
// a government domain the platform proved, then inference from name, bio, handle and badge.
import type { AccountInput, Identification } from '../model';
import type { Directory } from './directory';
import { inferAccount } from './infer';
import { corroborate, fromEntry, identifyListed, isUnconfirmed, normalisedHandle } from './listed';
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
  return unconfirmed ? corroborate(unconfirmed, directory!, inferred) : inferred;
}
