import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/directory-small.json';
import type { AccountInput, Role } from '../../utils/core/model';
import { Directory, type DirectoryFile, identifyAccount } from '../../utils/core/accounts';

const dir = Directory.fromFile(fixture as unknown as DirectoryFile);
const empty = new Directory([]);
type Exp = [official: true, country: string | null, role: Role, host: string | null, org?: string | null] | [official: false];

// Realistic accounts written for these tests (not from the dev set), in the ten languages.
const CASES: [string, AccountInput, Exp][] = [
  // English
  ['en embassy', { platform: 'x', handle: 'NZEmbassyTokyo', name: 'New Zealand Embassy in Japan', bio: 'Official account of the New Zealand Embassy in Tokyo.', badge: 'grey' }, [true, 'NZ', 'embassy', 'JP']],
  ['en high commission', { platform: 'x', handle: 'CanadaHCGhana', name: 'Canada in Ghana', bio: 'High Commission of Canada to Ghana, Accra.' }, [true, 'CA', 'embassy', 'GH']],
  ['en consulate', { platform: 'x', handle: 'JapanCGHouston', name: 'Consulate-General of Japan in Houston', bio: 'Official account. Serving Texas and Oklahoma.' }, [true, 'JP', 'consulate', null]],
  ['en ambassador', { platform: 'x', handle: 'KenyaAmbUK', name: 'Kenya High Commissioner to the UK', bio: "Kenya's High Commissioner to the United Kingdom." }, [true, 'KE', 'ambassador', 'GB']],
  ['en mission', { platform: 'x', handle: 'NorwayUN', name: 'Norway at the UN', bio: 'Permanent Mission of Norway to the United Nations in New York.', badge: 'grey' }, [true, 'NO', 'mission', 'UN']],
  ['en mfa', { platform: 'x', handle: 'MFAGhana', name: 'Ministry of Foreign Affairs Ghana', bio: 'Official account of the Ministry of Foreign Affairs and Regional Integration, Republic of Ghana.' }, [true, 'GH', 'foreign_ministry', null]],
  ['en foreign minister', { platform: 'x', handle: 'PennyWongMP', name: 'Penny Wong', bio: 'Minister for Foreign Affairs of Australia. Senator for South Australia.', badge: 'grey' }, [true, 'AU', 'foreign_minister', null]],
  ['en prime minister', { platform: 'x', handle: 'PMofNZ', name: 'Prime Minister of New Zealand', bio: 'Official account of the Office of the Prime Minister.' }, [true, 'NZ', 'head_of_government', null]],
  ['en io official', { platform: 'x', handle: 'WHOchief', name: 'Tedros Adhanom Ghebreyesus', bio: 'Director-General of the World Health Organization.', badge: 'grey' }, [true, null, 'io_official', null, 'WHO']],
  ['en io body', { platform: 'x', handle: 'EU_Council', name: 'Council of the EU', bio: 'Official account of the Council of the European Union.', badge: 'grey' }, [true, null, 'international_org', null, 'EU']],
  // French
  ['fr embassy', { platform: 'x', handle: 'AmbaFranceMaroc', name: 'Ambassade de France au Maroc', bio: "Compte officiel de l'Ambassade de France au Royaume du Maroc." }, [true, 'FR', 'embassy', 'MA']],
  ['fr consulate', { platform: 'x', handle: 'ConsulatFranceQuebec', name: 'Consulat général de France à Québec', bio: 'Compte officiel du Consulat général de France à Québec, Canada.' }, [true, 'FR', 'consulate', 'CA']],
  ['fr ambassador', { platform: 'x', handle: 'AmbBelgeRDC', name: 'Ambassadeur de Belgique en RDC', bio: "Ambassadeur du Royaume de Belgique en République démocratique du Congo." }, [true, 'BE', 'ambassador', 'CD']],
  ['fr former', { platform: 'x', handle: 'jmdupuis', name: 'Jean-Marc Dupuis', bio: 'Ancien ambassadeur de France au Japon. Auteur.' }, [false]],
  // Spanish
  ['es embassy', { platform: 'x', handle: 'EmbaMexCol', name: 'Embajada de México en Colombia', bio: 'Cuenta oficial de la Embajada de México en Colombia.' }, [true, 'MX', 'embassy', 'CO']],
  ['es adjective', { platform: 'x', handle: 'EmbajadaMexicanaGT', name: 'Embajada Mexicana en Guatemala', bio: 'Cuenta oficial.' }, [true, 'MX', 'embassy', 'GT']],
  ['es mfa', { platform: 'x', handle: 'CancilleriaPeru', name: 'Cancillería del Perú', bio: 'Cuenta oficial del Ministerio de Relaciones Exteriores del Perú.', badge: 'grey' }, [true, 'PE', 'foreign_ministry', null]],
  ['es parody', { platform: 'x', handle: 'EmbajadaDeMarte', name: 'Embajada de España en Marte', bio: 'Cuenta parodia. Humor diplomático.' }, [false]],
  // Portuguese
  ['pt consulate', { platform: 'x', handle: 'ConsBrasilLisboa', name: 'Consulado-Geral do Brasil em Lisboa', bio: 'Perfil oficial do Consulado-Geral do Brasil em Lisboa, Portugal.' }, [true, 'BR', 'consulate', 'PT']],
  ['pt embassy', { platform: 'x', handle: 'EmbPortugalBR', name: 'Embaixada de Portugal no Brasil', bio: 'Conta oficial da Embaixada de Portugal em Brasília.' }, [true, 'PT', 'embassy', 'BR']],
  ['pt personal', { platform: 'x', handle: 'ana_diplo', name: 'Ana Souza', bio: 'Diplomata na Embaixada do Brasil em Roma. Conta pessoal, opiniões pessoais.' }, [false]],
  // German
  ['de mission', { platform: 'x', handle: 'GermanyUN', name: 'Ständige Vertretung Deutschlands bei den VN', bio: 'Offizieller Account der Ständigen Vertretung der Bundesrepublik Deutschland bei den Vereinten Nationen in New York.' }, [true, 'DE', 'mission', 'UN']],
  ['de embassy adjective', { platform: 'x', handle: 'FrBotschaftBerlin', name: 'Französische Botschaft', bio: 'Offizieller Account der Französischen Botschaft in Deutschland.' }, [true, 'FR', 'embassy', 'DE']],
  ['de foreign minister', { platform: 'x', handle: 'AussenministerAT', name: 'Außenminister Österreichs', bio: 'Offizieller Account des österreichischen Außenministers.', badge: 'grey' }, [true, 'AT', 'foreign_minister', null]],
  ['de former', { platform: 'x', handle: 'hkrause', name: 'Heinz Krause', bio: 'Botschafter a.D., ehemaliger Botschafter in Moskau.' }, [false]],
  // Russian
  ['ru embassy', { platform: 'x', handle: 'RusEmbFrance', name: 'Посольство России во Франции', bio: 'Официальный аккаунт Посольства Российской Федерации во Французской Республике.' }, [true, 'RU', 'embassy', 'FR']],
  ['ru mfa', { platform: 'x', handle: 'MID_RF', name: 'МИД России', bio: 'Официальный аккаунт Министерства иностранных дел Российской Федерации.', badge: 'grey' }, [true, 'RU', 'foreign_ministry', null]],
  ['ru mission', { platform: 'x', handle: 'RussiaUN_ru', name: 'Постпредство России при ООН', bio: 'Постоянное представительство Российской Федерации при ООН.' }, [true, 'RU', 'mission', 'UN']],
  ['ru former', { platform: 'x', handle: 'ivanov_posol', name: 'Иван Иванов', bio: 'Бывший посол России в Германии.' }, [false]],
  // Chinese
  ['zh embassy', { platform: 'x', handle: 'ChinaEmbUS', name: '中国驻美国大使馆', bio: '中华人民共和国驻美利坚合众国大使馆官方账号' }, [true, 'CN', 'embassy', 'US']],
  ['zh consulate', { platform: 'x', handle: 'ChinaConsulateSF', name: '中国驻旧金山总领事馆', bio: '中华人民共和国驻旧金山总领事馆官方账号。', badge: 'grey' }, [true, 'CN', 'consulate', null]],
  ['zh mission', { platform: 'x', handle: 'ChinaMissionUN', name: '中国常驻联合国代表团', bio: '中华人民共和国常驻联合国代表团' }, [true, 'CN', 'mission', 'UN']],
  // Arabic
  ['ar embassy', { platform: 'x', handle: 'KSAEmbUK', name: 'سفارة المملكة العربية السعودية في المملكة المتحدة', bio: 'الحساب الرسمي لسفارة المملكة العربية السعودية في لندن' }, [true, 'SA', 'embassy', 'GB']],
  ['ar mfa', { platform: 'x', handle: 'MoFAQatar_AR', name: 'الخارجية القطرية', bio: 'الحساب الرسمي لوزارة الخارجية - دولة قطر', badge: 'grey' }, [true, 'QA', 'foreign_ministry', null]],
  ['ar ambassador', { platform: 'x', handle: 'EgyAmbRome', name: 'سفير مصر لدى إيطاليا', bio: 'الحساب الرسمي لسفير جمهورية مصر العربية لدى إيطاليا' }, [true, 'EG', 'ambassador', 'IT']],
  // Turkish
  ['tr embassy', { platform: 'x', handle: 'TC_Washington', name: "Türkiye'nin Washington Büyükelçiliği", bio: "Türkiye Cumhuriyeti Washington Büyükelçiliği resmi hesabı." }, [true, 'TR', 'embassy', 'US']],
  ['tr mfa', { platform: 'x', handle: 'TC_Disisleri', name: 'T.C. Dışişleri Bakanlığı', bio: 'Türkiye Cumhuriyeti Dışişleri Bakanlığı resmi hesabı.', badge: 'grey' }, [true, 'TR', 'foreign_ministry', null]],
  ['tr fan', { platform: 'x', handle: 'disisleri_fan', name: 'Dışişleri Hayran Sayfası', bio: 'Resmi olmayan hayran hesabı.' }, [false]],
  // Italian
  ['it embassy', { platform: 'x', handle: 'ItalyinJPN', name: "Ambasciata d'Italia a Tokyo", bio: "Account ufficiale dell'Ambasciata d'Italia in Giappone." }, [true, 'IT', 'embassy', 'JP']],
  ['it mfa', { platform: 'x', handle: 'ItalyMFA', name: 'Farnesina', bio: 'Account ufficiale del Ministero degli Affari Esteri e della Cooperazione Internazionale.', badge: 'grey' }, [true, 'IT', 'foreign_ministry', null]],
  ['it brand', { platform: 'x', handle: 'giulia_style', name: 'Giulia | Brand Ambassador', bio: 'Ambasciatrice del marchio per moda e viaggi. Codice sconto in bio.' }, [false]],
  // Hard cases
  ['hotel', { platform: 'x', handle: 'EmbassyHotelLondon', name: 'The Embassy Hotel', bio: 'Boutique hotel in London. Book direct for the best rates.' }, [false]],
  ['think tank', { platform: 'x', handle: 'ForeignPolicyInst', name: 'Foreign Policy Institute', bio: 'Independent think tank on foreign affairs and diplomacy.' }, [false]],
  ['journalist', { platform: 'x', handle: 'un_reporter', name: 'Sam Lee', bio: 'UN correspondent for a wire service. Views my own.' }, [false]],
  ['no role', { platform: 'x', handle: 'marie_fr', name: 'Marie 🇫🇷', bio: 'Paris. Coffee, books and politics.' }, [false]],
  ['gold business', { platform: 'x', handle: 'DiplomatBrand', name: 'Diplomat Luggage', bio: 'Official account. Travel in style.', badge: 'gold' }, [false]],
  ['blue badge alone', { platform: 'x', handle: 'john_smith', name: 'John Smith', bio: 'Entrepreneur.', badge: 'blue' }, [false]],
];

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
