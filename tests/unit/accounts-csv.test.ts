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
      { line: 6, reason: 'userId must be digits' },
      { line: 7, reason: 'needs a country or an org' },
      { line: 9, reason: 'duplicate of an earlier row (@bar2)' },
    ]);
  });
  it('needs the key columns in the header', () => {
    expect(parseAccountsCsv('handle,name\nfoo,bar').rejected[0]?.reason).toContain('platform');
    expect(parseAccountsCsv('').accepted).toEqual([]);
  });
});
