// Identification of official diplomatic accounts (ACCOUNTS-GUIDE.md): look-alike guard, directory,
// then inference from name, bio, handle and badge.
import type { AccountInput, Identification } from '../model';
import type { Directory } from './directory';
import { inferAccount } from './infer';
import { corroborate, identifyListed, isUnconfirmed, normalisedHandle } from './listed';

export { Directory, handleKey, type DirectoryEntry, type DirectoryFile } from './directory';
export { applyCorrection, type Correction } from './corrections';
// CSV import (papaparse + valibot) lives in ./csv so the content script does not bundle them.
export { skeleton, findLookalike, selfImitation } from './lookalike';
export { inferAccount, parseHandle } from './infer';
export { identifyListed } from './listed';

/**
 * The directory and the guards first; inference for an unlisted account that imitates nobody, and
 * to corroborate a listed handle that no dated source confirms. The content script runs the first
 * half itself (identifyListed) and asks the background for this whole function: one identification,
 * wherever it runs.
 */
export function identifyAccount(account: AccountInput, directory?: Directory): Identification {
  const listed = identifyListed(account, directory);
  if (listed) return listed;
  const handle = normalisedHandle(account)!;
  const inferred = inferAccount({ ...account, handle });
  const entry = directory?.byHandleOf(account.platform, handle);
  return entry && directory && isUnconfirmed(entry) ? corroborate(entry, directory, inferred) : inferred;
}
