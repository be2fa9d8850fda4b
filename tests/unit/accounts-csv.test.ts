import { describe, expect, it } from 'vitest';
import { parseAccountsCsv } from '../../utils/core/accounts/csv';

const HEADER = 'platform,handle,userId,name,country,org,role,host,source';

describe('parseAccountsCsv', () => {
  it('accepts valid rows and normalises them', () => {
    const r = parseAccountsCsv(`${HEADER}\nx,@FranceinKenya,123,"France au Kenya, Nairobi",fr,,embassy,ke,mine\nx,UN,,United Nations,,UN,international_org,,`);
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toEqual([
      { platform: 'x', handle: 'FranceinKenya', userId: '123', name: 'France au Kenya, Nairobi', country: 'FR', org: null, role: 'embassy', host: 'KE', source: 'mine' },
      { platform: 'x', handle: 'UN', name: 'United Nations', country: null, org: 'UN', role: 'international_org', host: null, source: 'user-import' },
    ]);
  });
  it('rejects bad rows with their line and a clear reason', () => {
    const r = parseAccountsCsv(
      `${HEADER}\nx,,1,a,FR,,embassy,,\nx,Bar,,b,ZZ,,embassy,,\nx,Baz,,c,FR,,minister,,\nfacebook,Qux,,d,FR,,embassy,,\nx,Quux,abc,e,FR,,embassy,,\nx,NoState,,f,,,embassy,,\nx,Bar2,,g,FR,,embassy,,\nx,bar2,,h,FR,,embassy,,`,
    );
    expect(r.accepted.map((a) => a.handle)).toEqual(['Bar2']);
    expect(r.rejected).toEqual([
      { line: 2, reason: 'missing handle' },
      { line: 3, reason: 'bad country code (ISO 3166-1 alpha-2 expected)' },
      { line: 4, reason: expect.stringContaining('unknown role') },
      { line: 5, reason: expect.stringContaining('unknown platform') },
      { line: 6, reason: 'bad userId (X: digits; Bluesky: a DID such as did:plc:…)' },
      { line: 7, reason: 'needs a country or an org' },
      { line: 9, reason: 'duplicate of an earlier row (@bar2)' },
    ]);
  });
  it('takes a Bluesky DID as its account id, and refuses an X id for Bluesky or a DID for X', () => {
    const did = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa';
    const r = parseAccountsCsv(`${HEADER}\nbluesky,uk.diplo.de,${did},German Embassy London,DE,,embassy,GB,mine\nbluesky,fr.diplo.de,123,x,DE,,embassy,FR,\nx,DiploDe,${did},y,DE,,embassy,,`);
    expect(r.accepted).toEqual([{ platform: 'bluesky', handle: 'uk.diplo.de', userId: did, name: 'German Embassy London', country: 'DE', org: null, role: 'embassy', host: 'GB', source: 'mine' }]);
    expect(r.rejected.map((x) => x.line)).toEqual([3, 4]);
  });
  it('needs the key columns in the header', () => {
    expect(parseAccountsCsv('handle,name\nfoo,bar').rejected[0]?.reason).toContain('platform');
    expect(parseAccountsCsv('').accepted).toEqual([]);
  });
});
