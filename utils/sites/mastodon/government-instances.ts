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
  source: string;
}

export const GOVERNMENT_INSTANCES: readonly GovernmentInstance[] = [
  {
    host: 'social.bund.de',
    country: 'DE',
    org: null,
    operator: 'the German Federal Commissioner for Data Protection (BfDI), for federal bodies',
    source: 'jmrplens list of official Mastodon profiles, Dec 2022 (52 accounts; scripts/directory/sources/jmrplens_mastodon_official.csv)',
  },
  {
    host: 'social.network.europa.eu',
    country: null,
    org: 'EU',
    operator: 'the European Commission (EU Voice, started by the EDPS), for EU institutions and bodies',
    source: 'jmrplens list of official Mastodon profiles, Dec 2022 (19 accounts; scripts/directory/sources/jmrplens_mastodon_official.csv)',
  },
  {
    host: 'social.overheid.nl',
    country: 'NL',
    org: null,
    operator: 'the Dutch central government, for its ministries and agencies',
    source: 'overheid.nl, the Dutch government domain (Logius); utils/core/accounts/government-domains.ts',
  },
];
