import type { Identification, Role } from '../model';

/** A person's own correction of an identification (from the badge card or the accounts page). */
export interface Correction {
  official: boolean;
  country?: string | null;
  org?: string | null;
  role?: Role | null;
  host?: string | null;
}

/**
 * The identification as the user corrected it: fields the correction gives replace the old ones; a
 * correction to "not official" clears everything else, since country and role only describe officials.
 */
export function applyCorrection(identification: Identification, correction: Correction): Identification {
  if (!correction.official) {
    return { official: false, country: null, org: null, role: null, host: null, basis: 'user', reasons: ['Corrected by you: not official'] };
  }
  const pick = <K extends 'country' | 'org' | 'role' | 'host'>(k: K) =>
    (correction[k] !== undefined ? correction[k] : identification[k]) as Identification[K];
  return {
    official: true,
    country: pick('country'),
    org: pick('org'),
    role: pick('role'),
    host: pick('host'),
    basis: 'user',
    reasons: ['Corrected by you', ...identification.reasons.map((r) => 'was: ' + r)],
  };
}
