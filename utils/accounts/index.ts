// Identification of official diplomatic accounts (ACCOUNTS-GUIDE.md): look-alike guard, directory,
// then inference from name, bio, handle and badge.
import type { AccountInput, Identification, Role } from '../types';
import { Directory, type DirectoryEntry } from './directory';
import { inferAccount } from './infer';
import { findLookalike, selfImitation } from './lookalike';
import { clean } from './text';

export { Directory, handleKey, type DirectoryEntry, type DirectoryFile } from './directory';
export { applyCorrection, type Correction } from './corrections';
// CSV import (papaparse + valibot) lives in ./csv so the content script does not bundle them.
export { skeleton, findLookalike, selfImitation } from './lookalike';
export { inferAccount, parseHandle } from './infer';

const EMPTY = new Directory([]);

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

export function identifyAccount(account: AccountInput, directory: Directory = EMPTY): Identification {
  const platform = account?.platform;
  const handle = typeof account?.handle === 'string' ? account.handle.trim().replace(/^@/, '').slice(0, 200) : '';
  if (!handle || (platform !== 'x' && platform !== 'bluesky' && platform !== 'mastodon')) {
    return { official: false, country: null, org: null, role: null, host: null, basis: null, reasons: ['no handle'] };
  }
  // A listed X user id is the listed account, whatever its handle is now (renames keep the id).
  if (platform === 'x' && account.userId) {
    const byId = directory.byXUserId(account.userId);
    if (byId) return fromEntry(byId, 'by X user id');
  }
  const listed = directory.byHandleOf(platform, handle);
  if (listed) return fromEntry(listed, 'by handle');

  const look = directory.size ? findLookalike(directory.lookalikeIndex(), platform, handle) : null;
  if (look) {
    return {
      official: false, country: null, org: null, role: null, host: null, basis: null,
      reasons: [`look-alike of @${look.imitates} (${look.how}): never official`],
      imitates: look.imitates,
    };
  }
  const self = selfImitation(platform, handle, clean(account.name, 200), clean(account.bio, 1200));
  if (self) return { official: false, country: null, org: null, role: null, host: null, basis: null, reasons: [self] };

  return inferAccount({ ...account, handle });
}
