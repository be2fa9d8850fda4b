import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/directory-small.json';
import { Directory, type DirectoryFile, findLookalike, identifyAccount, selfImitation, skeleton } from '../../utils/core/accounts';
import { lookalikeSpelling } from '../../utils/core/accounts/infer';

const dir = Directory.fromFile(fixture as unknown as DirectoryFile);
const look = (handle: string, platform: 'x' | 'mastodon' | 'bluesky' = 'x') => findLookalike(dir.lookalikeIndex(), platform, handle);

describe('skeleton', () => {
  it('folds other-script look-alikes, digits for letters and case', () => {
    expect(skeleton('UKinUSА')).toBe(skeleton('UKinUSA')); // Cyrillic А
    expect(skeleton('FCDOGovUК')).toBe(skeleton('FCDOGovUK')); // Cyrillic К
    expect(skeleton('mfa_russ1a')).toBe(skeleton('mfa_russia'));
    expect(skeleton('SecGenNAT0')).toBe(skeleton('SecGenNATO'));
    expect(skeleton('MEAlndia')).toBe(skeleton('MEAIndia'));
    expect(skeleton('StateDept')).not.toBe(skeleton('StateDapt'));
  });
});

describe('findLookalike', () => {
  it.each([
    ['StateDept_', 'StateDept'],
    ['StateDeptt', 'StateDept'],
    ['StateDepartment'.slice(0, 0) + 'Stat3Dept', 'StateDept'],
    ['UKinUSА', 'UKinUSA'],
    ['mfa_russ1a', 'mfa_russia'],
    ['SecGenNAT0', 'SecGenNATO'],
    ['EmmanuelMacronn', 'EmmanuelMacron'],
    ['RealStateDept', 'StateDept'],
    ['StateDeptOfficial', 'StateDept'],
    ['StateDept2024', 'StateDept'],
    ['MEAlndia', 'MEAIndia'],
    ['EmanuelMacron', 'EmmanuelMacron'],
    ['UN_official', 'UN'],
    ['realNATO', 'NATO'],
    ['NATO_HQ', 'NATO'],
    // A letter dropped next to the end ("UN_Spokespersn"), and "Info" or "Updates" added.
    ['SecGenNAO', 'SecGenNATO'],
    ['StateDeptInfo', 'StateDept'],
    ['StateDept_Updates', 'StateDept'],
    // "Office" or a claim in another language added ("UN_PGA_Office" for "UN_PGA").
    ['StateDeptOffice', 'StateDept'],
    ['StateDept_Oficial', 'StateDept'],
    ['StateDept_Ofc', 'StateDept'],
  ])('%s imitates %s', (handle, listed) => {
    expect(look(handle)?.imitates).toBe(listed);
  });

  it('drops a last letter only from a long last word: a short one may be a country code', () => {
    const index = new Directory(['FranceinIsrael', 'UKinUAE', 'usembassyuae', 'StateDept'].map((handle) => ({ platform: 'x' as const, handle, name: handle, country: 'FR', org: null, role: 'embassy' as const, host: null, source: 't', tier: 'sourced' as const }))).lookalikeIndex();
    expect(findLookalike(index, 'x', 'FranceinIsrae')).toEqual({ imitates: 'FranceinIsrael', how: 'dropped letter' });
    expect(findLookalike(index, 'x', 'UKinUA')).toBeNull();
    expect(findLookalike(index, 'x', 'usembassyua')).toBeNull();
    expect(findLookalike(index, 'x', 'StateDep')).toBeNull();
  });

  it('never flags a listed handle, even one letter from another listed one', () => {
    expect(look('UKinUSA')).toBeNull();
    expect(look('UKinUAE')).toBeNull();
    expect(look('ukinusa')).toBeNull();
  });

  it('does not flag ordinary one-letter substitutions or distinct handles', () => {
    expect(look('FranceinUSB')).toBeNull();
    expect(look('UKinUSB')).toBeNull();
    expect(look('USEmbassyKenia')).toBeNull();
    expect(look('GermanyinUSA')).toBeNull();
    expect(look('UNICEF')).toBeNull();
    // A short listed handle with only a digit added is too common to call an imitation.
    expect(look('UN2')).toBeNull();
    expect(look('EU24')).toBeNull();
  });

  it('reads "spokesman", "spokeswoman" and "spox" as the listed "spokesperson", after any other look-alike', () => {
    const spokes = new Directory([
      { platform: 'x', handle: 'UN_Spokesperson', name: 'Spokesperson for the UN Secretary-General', country: null, org: 'UN', role: 'io_official', host: null, source: 't', tier: 'sourced' },
    ]).lookalikeIndex();
    const hit = (h: string) => findLookalike(spokes, 'x', h);
    expect(hit('UN_Spokesman')).toEqual({ imitates: 'UN_Spokesperson', how: 'another word for its title' });
    expect(hit('UNSpokeswoman')).toEqual({ imitates: 'UN_Spokesperson', how: 'another word for its title' });
    expect(hit('UN_Spox')).toEqual({ imitates: 'UN_Spokesperson', how: 'another word for its title' });
    expect(hit('UN_Spokespersn')).toEqual({ imitates: 'UN_Spokesperson', how: 'dropped letter' });
    // The last letter too, where the handle ends on a long word of its own.
    expect(hit('UN_Spokesperso')).toEqual({ imitates: 'UN_Spokesperson', how: 'dropped letter' });
    expect(hit('UN_Spokespersonn')).toEqual({ imitates: 'UN_Spokesperson', how: 'doubled or dropped letter' });
    expect(hit('UN_Spokesperson')).toBeNull();
    expect(hit('UNDP_Spokesman')).toBeNull();
  });

  it('compares within a platform, and a Mastodon name on another server of the same operator is not an imitation', () => {
    expect(look('StateDept', 'bluesky')).toBeNull();
    expect(look('AuswaertigesAmt@mastodon.social', 'mastodon')?.imitates).toBe('AuswaertigesAmt@social.bund.de');
    expect(look('AuswaertigesAmt@social2.bund.de', 'mastodon')).toBeNull();
  });
});

describe('lookalikeSpelling: a state or office word written with a look-alike character, listed or not', () => {
  it.each([
    ['Iraqi_G0V', 'gov'],
    ['SpainEmbMex1co', 'mexico'],
    ['Ku8a_Emb', 'kuba'],
    ['GreeceinSpaln', 'spain'],
    ['IsraeIMFA', 'israel'],
    ['ltalyMFA', 'italy'],
    ['malawipresldent', 'president'],
    ['FijiPM0', 'pmo'],
    ['EUlnAfrica', 'in'],
    ['Bundesreglerung', 'regierung'],
  ])('%s writes %s', (handle, word) => {
    expect(lookalikeSpelling(handle)?.word).toBe(word);
  });

  it.each(['GreeceinSpain', 'finlandla', 'Number10gov', 'Chinamission2un', 'EU4Ukraine', 'MallOfAmerica', 'Kiel_Embassy', 'usmission2asean', 'policesecretar3', 'BlnBDI', 'EU24', 'COP30'])(
    '%s is written plainly',
    (handle) => {
      expect(lookalikeSpelling(handle)).toBeNull();
    },
  );

  it('refuses an unlisted account so written, but not one with the government label', () => {
    const account = { platform: 'x' as const, handle: 'GreeceinSpaln', name: 'Grecia en España', bio: 'Embajada de Grecia en Madrid.' };
    expect(identifyAccount({ ...account, badge: 'none' }, new Directory([]))).toMatchObject({ official: false, reasons: [expect.stringContaining('"spain" with a look-alike character')] });
    expect(identifyAccount({ ...account, badge: 'grey' }, new Directory([]))).toMatchObject({ official: true, country: 'GR', role: 'embassy' });
  });
});

describe('identifyAccount with the guard', () => {
  it('returns not official with imitates and a reason whatever the name, bio and badge', () => {
    const id = identifyAccount(
      { platform: 'x', handle: 'StateDept_', name: 'Department of State', bio: 'Official account of the U.S. Department of State.', badge: 'grey' },
      dir,
    );
    expect(id.official).toBe(false);
    expect(id.imitates).toBe('StateDept');
    expect(id.reasons.join(' ')).toContain('look-alike of @StateDept');
  });

  it('a listed account id on another handle is flagged as renamed, never badged as the listed account', () => {
    const id = identifyAccount({ platform: 'x', handle: 'StateDept_', userId: '9624742', name: 'Department of State' }, dir);
    expect(id.official).toBe(false);
    expect(id.renamed).toBe('StateDept');
  });
});

describe('selfImitation (no listing to compare with)', () => {
  it('catches handles that spell the own name through look-alikes', () => {
    expect(selfImitation('x', 'ZeIenskyyUa', 'Volodymyr Zelenskyy', 'President of Ukraine')).not.toBeNull();
    expect(selfImitation('x', 'antoni0guterres', 'António Guterres', 'Secretary-General of the United Nations.')).not.toBeNull();
    expect(selfImitation('x', 'EmmanuelMacronn', 'Emmanuel Macron', '')).not.toBeNull();
    expect(selfImitation('x', 'UKinUSА', 'UK in USA', '')).not.toBeNull();
  });
  it('leaves honest handles alone', () => {
    expect(selfImitation('x', 'ZelenskyyUa', 'Volodymyr Zelenskyy', 'President of Ukraine')).toBeNull();
    expect(selfImitation('x', '10DowningStreet', 'UK Prime Minister', "Official account for the Prime Minister's Office, 10 Downing Street.")).toBeNull();
    expect(selfImitation('x', 'Chinamission2un', 'Chinese Mission to UN', 'Permanent Mission of China to the United Nations.')).toBeNull();
    expect(selfImitation('x', 'EmmanuelMacron', 'Emmanuel Macron', '')).toBeNull();
  });
});

describe('the look-alike index sent by message', () => {
  it('answers the same after a round trip through plain arrays and structured clone', async () => {
    const { buildLookalikeIndex, serializeLookalikeIndex, deserializeLookalikeIndex, findLookalike: find } = await import('../../utils/core/accounts/lookalike');
    const entries = [
      { platform: 'x' as const, handle: 'StateDept', name: '', country: 'US', org: null, role: 'foreign_ministry' as const, host: null, source: 't' },
      { platform: 'x' as const, handle: 'FranceinUSA', name: '', country: 'FR', org: null, role: 'embassy' as const, host: 'US', source: 't' },
    ];
    const built = buildLookalikeIndex(entries);
    const copied = deserializeLookalikeIndex(structuredClone(serializeLookalikeIndex(built)));
    for (const handle of ['StateDept_', 'StateDeptt', 'FranceinUSAA', 'FrancelnUSA', 'StateDept', 'someone']) {
      expect(find(copied, 'x', handle)).toEqual(find(built, 'x', handle));
    }
    expect(find(copied, 'x', 'StateDept_')?.imitates).toBe('StateDept');
  });
});
