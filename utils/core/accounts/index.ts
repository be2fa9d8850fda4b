// Identification of official diplomatic accounts (ACCOUNTS-GUIDE.md): look-alike guard, directory,
// then inference from name, bio, handle and badge.
import type { AccountInput, Identification } from '../model';
import type { Directory } from './directory';
import { inferAccount } from './infer';
import { identifyListed, normalisedHandle } from './listed';

export { Directory, handleKey, type DirectoryEntry, type DirectoryFile } from './directory';
export { applyCorrection, type Correction } from './corrections';
// CSV import (papaparse + valibot) lives in ./csv so the content script does not bundle them.
export { skeleton, findLookalike, selfImitation } from './lookalike';
export { inferAccount, parseHandle } from './infer';
export { identifyListed } from './listed';

/** The directory and the guards first; inference only for an unlisted account that imitates nobody. */
export function identifyAccount(account: AccountInput, directory?: Directory): Identification {
  return identifyListed(account, directory) ?? inferAccount({ ...account, handle: normalisedHandle(account)! });
}
