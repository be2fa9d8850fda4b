// Identification from a government domain the platform proved the account controls
// (AccountInput.provenDomains: a Bluesky handle, a Mastodon profile link verified by rel="me").
// Platform-neutral: it reads only provenDomains, never how a platform proved them.
import type { AccountInput, Identification } from '../model';
import { provenGovernmentDomain, type GovernmentDomain } from './government-domains';
import { inferAccount } from './infer';
import { notOfficial } from './listed';

/** Whether an inference is about the state or organisation the domain's rule names. */
function samePlace(inferred: Identification, rule: GovernmentDomain): boolean {
  if (!inferred.official) return false;
  if (rule.country) return !inferred.org && (inferred.country === null || inferred.country === rule.country);
  return inferred.org === rule.org && inferred.country === null;
}

/**
 * The identification a proven government domain gives, or null when the account has none.
 *
 * The domain proves who runs the account (a state's government, or an organisation); the name and
 * bio say in which office. Inference reads them as if the platform had marked the account as a
 * government (the grey check of X): when it agrees on the state or organisation, its role and host
 * are kept, else the account is the state's `government` (or the organisation's `international_org`).
 *
 * A suffix that also holds cities and regions (`.gov`, `gov.uk`, `gob.es`, ...) proves a government
 * but not the state's: a city on .gov runs its own affairs and does not speak for the state
 * abroad (the accounts guide counts a state's government and its officials, not local government).
 * Such an account is official only when its name or bio names a national office of that state.
 */
export function identifyByDomain(account: AccountInput): Identification | null {
  const proven = provenGovernmentDomain(account);
  if (!proven) return null;
  const { domain, rule } = proven;
  const owner = rule.country ?? rule.org!;
  const why = `its handle or verified link ${domain} is under ${rule.suffix}, ${rule.rule}, which the platform proved it controls`;
  const inferred = inferAccount({ ...account, badge: 'grey' });
  // On a suffix that also holds local government, the state must be named in the name or bio.
  if (samePlace(inferred, rule) && (!rule.subnational || inferred.country === rule.country)) {
    return {
      ...inferred,
      country: rule.country ?? null,
      org: rule.org ?? null,
      basis: 'domain',
      reasons: [why, `role read from its name and bio, which agree on ${owner}`, ...inferred.reasons],
    };
  }
  if (rule.subnational) {
    return notOfficial([
      why,
      `${rule.suffix} also holds regional and local government, and its name and bio name no national office of ${owner}`,
      ...inferred.reasons,
    ]);
  }
  return {
    official: true,
    country: rule.country ?? null,
    org: rule.org ?? null,
    role: rule.country ? 'government' : 'international_org',
    host: null,
    basis: 'domain',
    reasons: [why, inferred.official ? `its name and bio suggest another owner (${inferred.country ?? inferred.org}); the domain decides` : 'its name and bio name no particular office', ...inferred.reasons],
  };
}
