import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/directory-small.json';
import type { AccountInput } from '../../utils/core/model';
import { CASES } from '../fixtures/accounts-multilingual';
import { Directory, type DirectoryFile, identifyAccount, parseHandle } from '../../utils/core/accounts';
import { bundledDirectory } from '../../utils/core/accounts/bundled-directory';

const dir = Directory.fromFile(fixture as unknown as DirectoryFile);
const empty = new Directory([]);


describe('identifyAccount: inference in ten languages (empty directory)', () => {
  it.each(CASES)('%s', (_label, account, exp) => {
    const id = identifyAccount(account, empty);
    expect(id.official).toBe(exp[0]);
    if (exp[0]) {
      expect(id.basis).toBe('inferred');
      expect({ country: id.country, role: id.role, host: id.host, org: id.org }).toEqual({ country: exp[1], role: exp[2], host: exp[3], org: exp[4] ?? null });
    } else {
      expect(id.role).toBeNull();
    }
  });
});

describe('identifyAccount: tiers of the directory', () => {
  const bare = { platform: 'x' as const, handle: 'NZEmbJapan' };
  it('a listing from a dated source is official on its own and names its source', () => {
    const id = identifyAccount({ platform: 'x', handle: 'FranceinUSA' }, dir);
    expect(id).toMatchObject({ official: true, basis: 'directory', listedIn: 'Test source, Dec 2025' });
    expect(id.reasons[0]).toContain('Test source, Dec 2025');
  });
  it('a listing no dated source confirms is not official on its own', () => {
    const id = identifyAccount(bare, dir);
    expect(id.official).toBe(false);
    expect(id.reasons.join(' ')).toMatch(/no dated source/);
  });
  it("is confirmed by the platform's government label", () => {
    expect(identifyAccount({ ...bare, badge: 'grey' }, dir)).toMatchObject({ official: true, basis: 'directory', country: 'NZ', role: 'embassy' });
  });
  it('is confirmed by a name and bio that agree on country and role', () => {
    const id = identifyAccount({ ...bare, name: 'New Zealand Embassy Tokyo', bio: 'Official account of the New Zealand Embassy in Japan.' }, dir);
    expect(id).toMatchObject({ official: true, basis: 'directory', country: 'NZ', role: 'embassy', host: 'JP' });
    expect(id.reasons.join(' ')).toMatch(/confirmed by its name and bio/);
    // A confirmed listing is not also described as unlisted.
    expect(id.reasons.join(' ')).not.toMatch(/not listed in the directory/);
  });
  it("a gold check (the platform's verification of an organisation) does not stop the name and bio confirming it", () => {
    const named = { name: 'New Zealand Embassy Tokyo', bio: 'Official account of the New Zealand Embassy in Japan.' };
    expect(identifyAccount({ ...bare, ...named, badge: 'gold' }, dir)).toMatchObject({ official: true, basis: 'directory', country: 'NZ' });
    // ...but does not make an inference of its own: unlisted, or disagreeing with the listing, it stays refused.
    expect(identifyAccount({ ...bare, handle: 'NZEmbassyJP', ...named, badge: 'gold' }, dir).official).toBe(false);
    const other = { name: 'Consulate-General of Japan in Auckland', bio: 'Official account of the Consulate-General of Japan in Auckland.' };
    expect(identifyAccount({ ...bare, ...other, badge: 'gold' }, dir).official).toBe(false);
  });
  it('a name and bio that disagree leave inference alone, at most likely', () => {
    const id = identifyAccount({ ...bare, name: 'Consulate-General of Japan in Auckland', bio: 'Official account of the Consulate-General of Japan in Auckland.' }, dir);
    expect(id.basis).not.toBe('directory');
    expect(id.country).not.toBe('NZ');
  });
  it('a blue check does not confirm it', () => {
    expect(identifyAccount({ ...bare, badge: 'blue' }, dir).official).toBe(false);
  });
});

describe('identifyAccount: a listed handle written in the display name', () => {
  // With the government label, so that only the display name can refuse it.
  const claim = (name: string, handle = 'MFA_Spox_RU') =>
    identifyAccount({ platform: 'x', handle, name, bio: 'Official spokesperson account of the Ministry of Foreign Affairs of Russia.', badge: 'grey' }, dir);
  it("is an unlisted account dressing up as the listed one: never official", () => {
    const id = claim('@mfa_russia МИД России');
    expect(id).toMatchObject({ official: false, imitates: 'mfa_russia' });
    expect(id.reasons[0]).toMatch(/display name shows @mfa_russia/);
  });
  it('whether Mastodon or X, only a listed handle counts', () => {
    expect(claim('Russian MFA spokesperson (@someone_else)').official).toBe(true);
    expect(
      identifyAccount({ platform: 'mastodon', handle: 'aa@mastodon.social', name: 'Auswärtiges Amt @AuswaertigesAmt@social.bund.de', bio: 'Offizieller Account des Auswärtigen Amts.' }, dir),
    ).toMatchObject({ official: false, imitates: 'AuswaertigesAmt@social.bund.de' });
  });
  it('the listed account itself may write its own handle', () => {
    expect(identifyAccount({ platform: 'x', handle: 'mfa_russia', name: 'МИД России @mfa_russia' }, dir)).toMatchObject({ official: true, basis: 'directory' });
  });
});

describe('identifyAccount: country abbreviations', () => {
  it.each([
    ['EmbaixadaEUAPt', 'Embaixada dos EUA em Portugal', 'Perfil oficial da Embaixada dos Estados Unidos em Portugal.', 'US', 'PT'],
    ['EmbEEUUPeru', 'Embajada de EEUU en Perú', 'Cuenta oficial de la Embajada de los Estados Unidos en el Perú.', 'US', 'PE'],
    ['ABDAnkaraBE', 'ABD Büyükelçiliği', "ABD'nin Türkiye Büyükelçiliği resmi hesabı.", 'US', 'TR'],
  ])('%s: %s', (handle, name, bio, country, host) => {
    expect(identifyAccount({ platform: 'x', handle, name, bio, badge: 'grey' }, empty)).toMatchObject({ official: true, country, host, role: 'embassy' });
  });
});

describe('identifyAccount: seats of state and their names', () => {
  const grey = (handle: string, name: string, bio: string) => identifyAccount({ platform: 'x', handle, name, bio, badge: 'grey' }, empty);
  it('the Pope is the head of state of the Vatican; "His Holiness" alone is no pope', () => {
    expect(grey('PopeAccount', 'Pope Leo XIV', 'Welcome to the official account of His Holiness Pope Leo XIV.')).toMatchObject({ official: true, country: 'VA', role: 'head_of_state' });
    expect(grey('DalaiLamaX', 'Dalai Lama', 'Welcome to the official account of the Office of His Holiness the Dalai Lama.').country).not.toBe('VA');
  });
  it.each([
    ['AkordaX', 'Акорда', 'Официальный аккаунт пресс-службы Президента Республики Казахстан.', 'KZ', 'head_of_state'],
    ['DiwanX', 'الديوان الأميري', 'الحساب الرسمي للديوان الأميري - دولة قطر.', 'QA', 'head_of_state'],
    ['ChigiX', 'Palazzo Chigi', 'Account ufficiale della Presidenza del Consiglio dei Ministri.', 'IT', 'head_of_government'],
  ])('%s: %s', (handle, name, bio, country, role) => {
    expect(grey(handle, name, bio)).toMatchObject({ official: true, country, role });
  });
  it("Taiwan's representative office abroad acts as its embassy", () => {
    expect(grey('TECROx', 'Taipei Economic and Cultural Representative Office in the U.S.', "Taiwan's representative office in Washington, DC."))
      .toMatchObject({ official: true, country: 'TW', role: 'embassy', host: 'US' });
  });
  it.each([
    ['BanqueMondialeX', 'Banque mondiale', 'Compte officiel du Groupe de la Banque mondiale en français.', 'World Bank'],
    ['CaricomX', 'CARICOM', 'Official account of the Caribbean Community (CARICOM) Secretariat.', 'CARICOM'],
  ])('%s: an organisation by its name', (handle, name, bio, org) => {
    expect(grey(handle, name, bio)).toMatchObject({ official: true, country: null, org, role: 'international_org' });
  });
});

describe('identifyAccount: an unlisted account in a listed person’s name', () => {
  const person = (handle: string, badge: AccountInput['badge']) =>
    identifyAccount({ platform: 'x', handle, name: 'NATO Secretary General', bio: 'Secretary General of NATO.', badge }, dir);
  it('is not shown as official without the government label', () => {
    const id = identifyAccount({ platform: 'x', handle: 'Macron_Europe', name: 'Emmanuel Macron', bio: 'Président de la République française.', badge: 'blue' }, dir);
    expect(id.official).toBe(false);
    expect(id.reasons[0]).toMatch(/display name is that of the listed @EmmanuelMacron/);
    expect(person('NATO_SG_Office', 'none').official).toBe(false);
  });
  it('is kept with the label, and another person of the same organisation is not touched', () => {
    expect(person('NATO_SG_Office', 'grey')).toMatchObject({ official: true, org: 'NATO', role: 'io_official' });
    expect(identifyAccount({ platform: 'x', handle: 'NATODepSG', name: 'NATO Deputy Secretary General', bio: 'Deputy Secretary General of NATO.' }, dir))
      .toMatchObject({ official: true, org: 'NATO' });
  });
});

describe('identifyAccount: an unlisted account in a shortened or lengthened form of a listed person’s name', () => {
  const listed = new Directory([
    { platform: 'x', handle: 'DrTedros', name: 'Tedros Adhanom Ghebreyesus', country: null, org: 'WHO', role: 'io_official', host: null, source: 'fixture', tier: 'sourced' },
  ]);
  const claim = (handle: string, name: string, badge: AccountInput['badge']) =>
    identifyAccount({ platform: 'x', handle, name, bio: 'Director-General, World Health Organization.', badge }, listed);
  it('is not shown as official without the government label, and points at the listed account', () => {
    const id = claim('DrTedrosWHO_', 'Dr Tedros Adhanom', 'blue');
    expect(id.official).toBe(false);
    expect(id.reasons[0]).toMatch(/listed @DrTedros/);
    expect(claim('DrTedrosWHO_', 'Dr Tedros Adhanom', 'grey')).toMatchObject({ official: true, org: 'WHO', role: 'io_official' });
  });
  it('needs two name words in common: titles, organisations and one shared name do not make a namesake', () => {
    expect(claim('TMengistuWHO', 'Tedros Mengistu', 'none').official).toBe(true);
    expect(claim('WHO_DDG', 'WHO Director-General Office', 'none').official).toBe(true);
  });
});

describe('identifyAccount: an unlisted account claiming a listed office', () => {
  const x = (handle: string, name: string, bio: string, badge: AccountInput['badge'] = 'none'): AccountInput => ({ platform: 'x', handle, name, bio, badge });
  it('is not shown as official without the government label, and is pointed at the listed account', () => {
    const id = identifyAccount(x('StateDept_Intl', 'U.S. Department of State', 'Official account of the U.S. Department of State.', 'blue'), dir);
    expect(id.official).toBe(false);
    expect(id.reasons[0]).toMatch(/the foreign ministry of United States, listed as @StateDept/);
    const embassy = identifyAccount(x('FranceEmbassyDC', 'Ambassade de France aux États-Unis', "Compte officiel de l'Ambassade de France aux États-Unis."), dir);
    expect(embassy.official).toBe(false);
    expect(embassy.reasons[0]).toMatch(/listed as @FranceinUSA/);
    // A listing no dated source confirms still names the office.
    expect(identifyAccount(x('NZinJapanEmb', 'New Zealand Embassy in Japan', 'Official account of the New Zealand Embassy in Japan.'), dir).official).toBe(false);
  });
  it("keeps a second account that carries the platform's government label", () => {
    expect(identifyAccount(x('StateDept_Intl', 'U.S. Department of State', 'Official account of the U.S. Department of State.', 'grey'), dir))
      .toMatchObject({ official: true, basis: 'inferred', country: 'US', role: 'foreign_ministry' });
  });
  it('does not reach another post of the same state, or an office with many holders', () => {
    expect(identifyAccount(x('FranceauCanada', 'Ambassade de France au Canada', "Compte officiel de l'Ambassade de France au Canada."), dir))
      .toMatchObject({ official: true, country: 'FR', role: 'embassy', host: 'CA' });
    // NATO's Secretary General is listed; its deputy, an official of the same organisation, is another person.
    expect(identifyAccount(x('NATODepSecGen', 'NATO Deputy Secretary General', 'Official account of the Deputy Secretary General of NATO.'), dir))
      .toMatchObject({ official: true, org: 'NATO', role: 'io_official' });
  });
});

describe('identifyAccount: the bundled directory and inference name an organisation alike', () => {
  const x = (handle: string, name: string, bio: string, badge: AccountInput['badge'] = 'none'): AccountInput => ({ platform: 'x', handle, name, bio, badge });
  it("refuses an unlisted account in a UN agency's name, pointing at the agency's listed account", () => {
    const id = identifyAccount(x('UNICEF_Appeal', 'UNICEF Appeal', 'Give to children in emergencies. Official appeal fund.', 'blue'), bundledDirectory());
    expect(id.official).toBe(false);
    expect(id.reasons[0]).toMatch(/listed as @UNICEF/);
    expect(identifyAccount(x('UNICEF', 'UNICEF', 'UNICEF works in over 190 countries.', 'grey'), bundledDirectory())).toMatchObject({ official: true, org: 'UNICEF' });
  });
  it("does not count an organisation's office in a state as the organisation itself", () => {
    expect(identifyAccount(x('UNinMalawi', 'UN in Malawi', 'Official account of the United Nations in Malawi.'), bundledDirectory()))
      .toMatchObject({ official: true, basis: 'inferred', org: 'UN', role: 'international_org' });
    expect(identifyAccount(x('UnitedNations_HQ', 'United Nations', 'Official account of the United Nations.'), bundledDirectory()).official).toBe(false);
  });
});

describe("identifyAccount: warnings that rest on the user's own list", () => {
  const mine = new Directory([
    { platform: 'x', handle: 'RegionalEnvoyOffice', name: 'Regional Envoy Office', country: 'NO', org: null, role: 'government', host: null, source: 'my list', tier: 'user', userId: '424242' },
    ...dir.entries,
  ]);
  it('are marked, so the page is not told the handle', () => {
    expect(identifyAccount({ platform: 'x', handle: 'RegionalEnvoyOffice_' }, mine)).toMatchObject({ official: false, imitates: 'RegionalEnvoyOffice', fromUserList: true });
    expect(identifyAccount({ platform: 'x', handle: 'SomeoneElse', userId: '424242' }, mine)).toMatchObject({ renamed: 'RegionalEnvoyOffice', fromUserList: true });
  });
  it('and a listed source’s warning is not', () => {
    expect(identifyAccount({ platform: 'x', handle: 'StateDept_' }, mine).fromUserList).toBeUndefined();
  });
});

describe('identifyAccount: account ids', () => {
  it('a listed handle with its own id is official', () => {
    expect(identifyAccount({ platform: 'x', handle: 'StateDept', userId: '9624742' }, dir)).toMatchObject({ official: true, basis: 'directory' });
  });
  it('a listed id paired with another handle is flagged, not badged', () => {
    const id = identifyAccount({ platform: 'x', handle: 'DeptOfStateNews', userId: '9624742', name: 'Department of State' }, dir);
    expect(id).toMatchObject({ official: false, renamed: 'StateDept' });
  });
  it('a listed handle carrying another id is flagged: the handle may have changed hands', () => {
    const id = identifyAccount({ platform: 'x', handle: 'StateDept', userId: '123456' }, dir);
    expect(id).toMatchObject({ official: false, renamed: 'StateDept' });
  });
});

describe('identifyAccount: directory', () => {
  it('a listed handle is identified from the directory, case-insensitively', () => {
    const id = identifyAccount({ platform: 'x', handle: '@statedept' }, dir);
    expect(id).toMatchObject({ official: true, country: 'US', role: 'foreign_ministry', basis: 'directory' });
  });
  it('a display-name claim without a listing is at most inferred', () => {
    const id = identifyAccount({ platform: 'x', handle: 'FrenchEmbassyUS2', name: 'Embassy of France in the United States' }, dir);
    expect(id.basis).not.toBe('directory');
  });
  it('a blue badge proves nothing; a grey one supports a weak claim', () => {
    const weak = { platform: 'x' as const, handle: 'ExtRelMX', name: 'Relaciones Exteriores', bio: 'México' };
    expect(identifyAccount({ ...weak, badge: 'blue' }, empty).official).toBe(false);
    expect(identifyAccount({ ...weak, badge: 'grey' }, empty).official).toBe(true);
  });
});

describe('identifyAccount: bad input', () => {
  const huge = 'Embassy '.repeat(1500);
  it.each([
    ['empty', { platform: 'x', handle: '' }],
    ['huge name and bio', { platform: 'x', handle: 'x_huge', name: huge, bio: huge }],
    ['bidi override and zero-width', { platform: 'x', handle: 'odd', name: '\u202EyssabmE\u202C \u200B\u200D', bio: '\uFEFF' }],
    ['lone surrogates', { platform: 'x', handle: 'surrogate', name: '\uD800abc\uDC00', bio: '\uDFFF' }],
    ['emoji only', { platform: 'x', handle: 'emoji', name: '🇫🇷🇺🇸🏛️', bio: '✨✨✨' }],
  ] as [string, AccountInput][])('%s → not official, no exception', (_l, account) => {
    const id = identifyAccount(account, dir);
    expect(id.official).toBe(false);
  });
  it('normalises zero-width characters inside words before matching', () => {
    const id = identifyAccount({ platform: 'x', handle: 'EmbEspMx', name: 'Emba\u200Bjada de Es\u200Cpaña en México', bio: 'Cuenta oficial.' }, empty);
    expect(id).toMatchObject({ official: true, country: 'ES', role: 'embassy', host: 'MX' });
  });
});

describe('parseHandle: two-letter codes', () => {
  it('reads a code written as a word of its own', () => {
    expect(parseHandle('EmbajadorUyAr')).toMatchObject({ role: 'ambassador', sender: 'UY', host: 'AR' });
    expect(parseHandle('UKinUSA')).toMatchObject({ sender: 'GB', host: 'US' });
    expect(parseHandle('RusEmbKE')).toMatchObject({ role: 'embassy', sender: 'RU', host: 'KE' });
    // A handle with no capitals has no word boundaries to go by.
    expect(parseHandle('rusembke')).toMatchObject({ role: 'embassy', sender: 'RU', host: 'KE' });
  });
  it('reads no code out of the letters of a longer word', () => {
    expect(parseHandle('BotschafterBier')).toEqual({ role: 'ambassador', sender: null, host: null, hostOrg: null });
    expect(parseHandle('BotschaftJobs24')).toMatchObject({ role: 'embassy', host: null });
  });
});
