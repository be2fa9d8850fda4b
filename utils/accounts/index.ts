import type { AccountInput, Identification } from '../types';

/** Placeholder until identification lands (issue 3). */
export function identifyAccount(account: AccountInput): Identification {
  const handle = account.handle.replace(/^@/, '').toLowerCase();
  if (handle === 'statedept')
    return { official: true, country: 'US', org: null, role: 'foreign_ministry', host: null, basis: 'directory', reasons: ['Listed in the directory'] };
  return { official: false, country: null, org: null, role: null, host: null, basis: null, reasons: [] };
}
