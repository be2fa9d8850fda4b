import { describe, expect, it } from 'vitest';
import { GOVERNMENT_DOMAINS, governmentDomainOf } from '../../utils/core/accounts/government-domains';

describe('governmentDomainOf', () => {
  it('finds the most specific rule a host falls under', () => {
    expect(governmentDomainOf('press.diplomatie.gouv.fr')?.suffix).toBe('diplomatie.gouv.fr');
    expect(governmentDomainOf('elysee.gouv.fr')).toMatchObject({ suffix: 'gouv.fr', country: 'FR', org: null });
    expect(governmentDomainOf('StateDept.GOV.')).toMatchObject({ country: 'US' });
    expect(governmentDomainOf('ec.europa.eu')).toMatchObject({ country: null, org: 'EU' });
  });

  it('compares whole labels, so look-alike hosts never match', () => {
    for (const host of ['notgov.uk', 'gov.uk.example.com', 'gouv.fr.bsky.social', 'mygov', 'europa.eu.evil.com', 'a..gov']) {
      expect(governmentDomainOf(host), host).toBeNull();
    }
  });

  it('says which suffixes also hold sub-national government', () => {
    expect(governmentDomainOf('nyc.gov')?.subnational).toBe(true);
    expect(governmentDomainOf('eda.admin.ch')?.subnational).toBe(false);
  });

  it('lists each suffix once, with a rule and a valid owner', () => {
    const suffixes = GOVERNMENT_DOMAINS.map((domain) => domain.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    for (const domain of GOVERNMENT_DOMAINS) {
      expect(domain.rule.length, domain.suffix).toBeGreaterThan(5);
      expect((domain.country === null) !== (domain.org === null), domain.suffix).toBe(true);
      if (domain.country) expect(domain.country).toMatch(/^[A-Z]{2}$/);
    }
  });
});
