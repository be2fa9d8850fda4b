/**
 * Mastodon instances run by a government or an intergovernmental organisation for its own
 * bodies: only those bodies get accounts there, so an account's home on one of them is evidence
 * of office (its domain is a government domain, utils/core/accounts/government-domains.ts). The
 * options page offers them; each names who runs it and where that is stated.
 */
export interface GovernmentInstance {
  host: string;
  /** ISO 3166-1 alpha-2, or null for an intergovernmental organisation. */
  country: string | null;
  org: string | null;
  operator: string;
  /** Where that is stated, as the options page shows it to users (the repository's files are named in comments). */
  source: string;
}

export const GOVERNMENT_INSTANCES: readonly GovernmentInstance[] = [
  {
    host: 'social.bund.de',
    country: 'DE',
    org: null,
    operator: 'the German Federal Commissioner for Data Protection (BfDI), for federal bodies',
    // scripts/directory/sources/jmrplens_mastodon_official.csv
    source: 'a public list of official Mastodon profiles (jmrplens, December 2022), where 52 federal accounts live on it',
  },
  {
    host: 'social.network.europa.eu',
    country: null,
    org: 'EU',
    operator: 'the European Commission (EU Voice, started by the EDPS), for EU institutions and bodies',
    // scripts/directory/sources/jmrplens_mastodon_official.csv
    source: 'a public list of official Mastodon profiles (jmrplens, December 2022), where 19 EU accounts live on it',
  },
  {
    host: 'social.overheid.nl',
    country: 'NL',
    org: null,
    operator: 'the Dutch central government, for its ministries and agencies',
    // utils/core/accounts/government-domains.ts
    source: 'overheid.nl is the Dutch government’s own domain (run by Logius)',
  },
];
