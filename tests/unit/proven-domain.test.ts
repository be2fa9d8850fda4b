import { describe, expect, it } from 'vitest';
import { Directory, identifyAccount, identifyByDomain, identifyListed } from '../../utils/core/accounts';
import { provenGovernmentDomain } from '../../utils/core/accounts/government-domains';
import type { AccountInput } from '../../utils/core/model';

const empty = new Directory([]);
const proven = (handle: string, more: Partial<AccountInput> = {}): AccountInput => ({ platform: 'bluesky', handle, provenDomains: [handle], ...more });

describe('provenGovernmentDomain', () => {
  it('takes the most specific rule among the proven domains, and ignores what is not a host', () => {
    expect(provenGovernmentDomain({ provenDomains: ['example.org', 'elysee.gouv.fr', 'paris.diplomatie.gouv.fr'] })?.rule.suffix).toBe('diplomatie.gouv.fr');
    expect(provenGovernmentDomain({ provenDomains: ['gouv.fr.evil.com', 'https://state.gov/', 'a b.gov', ''] })).toBeNull();
    expect(provenGovernmentDomain({ provenDomains: 'state.gov' as unknown as string[] })).toBeNull();
    expect(provenGovernmentDomain({})).toBeNull();
  });
});

describe('identifyAccount: a government domain the platform proved', () => {
  it('keeps the role inference reads in the name when it agrees on the state', () => {
    const id = identifyAccount(proven('allemagneenfrance.diplo.de', { name: 'Ambassade d’Allemagne à Paris' }), empty);
    expect(id).toMatchObject({ official: true, basis: 'domain', country: 'DE', role: 'embassy', host: 'FR' });
    expect(id.reasons[0]).toContain('diplo.de');
  });

  it('is the state’s government when the name names no office', () => {
    expect(identifyAccount(proven('press.state.gov', { name: 'Press desk' }), empty)).toMatchObject({ official: true, basis: 'domain', country: 'US', org: null, role: 'government', host: null });
  });

  it('is the organisation’s own account on an organisation’s domain', () => {
    expect(identifyAccount(proven('ec.europa.eu', { name: 'Comms' }), empty)).toMatchObject({ official: true, basis: 'domain', country: null, org: 'EU', role: 'international_org' });
  });

  it('lets the domain decide when the name claims another state', () => {
    const id = identifyAccount(proven('elysee.gouv.fr', { name: 'Embassy of Spain in France' }), empty);
    expect(id).toMatchObject({ official: true, basis: 'domain', country: 'FR', role: 'government' });
  });

  it('does not take a city on a suffix that also holds local government for the state', () => {
    const city = identifyAccount(proven('nyc.gov', { name: 'NYC Mayor’s Office', bio: 'News from City Hall.' }), empty);
    expect(city).toMatchObject({ official: false, role: null });
    expect(city.reasons.join(' ')).toMatch(/regional and local government/);
  });

  it('does take a national office on such a suffix when the name names it and its state', () => {
    expect(identifyAccount(proven('usembassy.gov', { name: 'U.S. Embassy in Kenya' }), empty)).toMatchObject({ official: true, basis: 'domain', country: 'US', role: 'embassy', host: 'KE' });
  });

  it('counts only proven domains: the same handle without proof is left to inference', () => {
    const id = identifyAccount({ platform: 'bluesky', handle: 'press.state.gov', name: 'Press desk' }, empty);
    expect(id.basis).not.toBe('domain');
    expect(identifyByDomain({ platform: 'bluesky', handle: 'press.state.gov' })).toBeNull();
  });

  it('is platform-neutral: a Mastodon account with a verified link to a government site', () => {
    const id = identifyAccount({ platform: 'mastodon', handle: 'auswaertigesamt@social.example', name: 'Auswärtiges Amt', provenDomains: ['www.auswaertiges-amt.de'] }, empty);
    expect(id).toMatchObject({ official: true, basis: 'domain', country: 'DE', role: 'foreign_ministry' });
  });

  it('is never a look-alike of a listed handle: the guard is for handles anyone can register', () => {
    const dir = new Directory([{ platform: 'bluesky', handle: 'uk.diplo.de', name: 'Embassy of Germany, London', country: 'DE', org: null, role: 'embassy', host: 'GB', source: 't', tier: 'sourced' }]);
    expect(identifyListed(proven('ok.diplo.de'), dir)).toBeNull();
    expect(identifyAccount(proven('ok.diplo.de', { name: 'Deutsche Botschaft' }), dir)).toMatchObject({ official: true, basis: 'domain', country: 'DE' });
  });

  it('confirms a listing no dated source confirms, when the state agrees', () => {
    const dir = new Directory([{ platform: 'bluesky', handle: 'auswaertiges-amt.de', name: 'Auswärtiges Amt', country: 'DE', org: null, role: 'foreign_ministry', host: null, source: 'k', tier: 'unconfirmed' }]);
    const id = identifyAccount(proven('auswaertiges-amt.de'), dir);
    expect(id).toMatchObject({ official: true, basis: 'directory', role: 'foreign_ministry', country: 'DE' });
    expect(id.reasons.join(' ')).toContain('proven domain');
  });

  it('never overrides the account-id check: a listed DID under another handle is a "renamed?" warning', () => {
    const dir = new Directory([{ platform: 'bluesky', handle: 'diplo.de', userId: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', name: 'Federal Foreign Office', country: 'DE', org: null, role: 'foreign_ministry', host: null, source: 't', tier: 'sourced' }]);
    const moved = identifyAccount(proven('other.gouv.fr', { userId: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' }), dir);
    expect(moved).toMatchObject({ official: false, renamed: 'diplo.de' });
    const otherId = identifyAccount(proven('diplo.de', { userId: 'did:plc:bbbbbbbbbbbbbbbbbbbbbbbb' }), dir);
    expect(otherId).toMatchObject({ official: false, renamed: 'diplo.de' });
    expect(identifyAccount(proven('diplo.de', { userId: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' }), dir)).toMatchObject({ official: true, basis: 'directory' });
  });
});
