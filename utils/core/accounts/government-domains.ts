// Domains that only a state's government or an intergovernmental organisation can hold. A platform
// that proves an account controls such a domain (a Bluesky handle is a DNS-verified domain; a
// Mastodon profile link verified by rel="me") gives evidence no display name can forge.
//
// Each entry is a registry rule, not a guess: the suffix is reserved by its registry or registrant
// for government use, and `rule` says by whom. A suffix covers itself and every subdomain.

export interface GovernmentDomain {
  suffix: string;
  /** ISO 3166-1 alpha-2 of the state, or null for an intergovernmental organisation. */
  country: string | null;
  /** Short name of the organisation (UN, EU, NATO, ...) when the domain is one's, else null. */
  org: string | null;
  /** Who reserves the suffix for government use. */
  rule: string;
  /**
   * Whether the suffix also holds sub-national government (cities, regions, provinces): such an
   * account speaks for a government, not necessarily for the state in foreign affairs.
   */
  subnational: boolean;
}

const state = (suffix: string, country: string, rule: string, subnational = false): GovernmentDomain => ({
  suffix,
  country,
  org: null,
  rule,
  subnational,
});
const organisation = (suffix: string, org: string, rule: string): GovernmentDomain => ({
  suffix,
  country: null,
  org,
  rule,
  subnational: false,
});

export const GOVERNMENT_DOMAINS: readonly GovernmentDomain[] = [
  state('gov', 'US', '.gov, reserved for US government bodies by CISA (DotGov program)', true),
  state('mil', 'US', '.mil, reserved for the US Department of Defense'),
  state('state.gov', 'US', 'the US Department of State and its embassies'),
  state('gov.uk', 'GB', 'gov.uk, reserved for UK central and local government (Cabinet Office naming policy)', true),
  state('fco.gov.uk', 'GB', 'the UK Foreign Office'),
  state('gouv.fr', 'FR', 'gouv.fr, reserved for the French central government (Afnic / DINUM)'),
  state('diplomatie.gouv.fr', 'FR', "France's foreign ministry"),
  state('gob.es', 'ES', 'gob.es, reserved for the Spanish public administration (Red.es)', true),
  state('exteriores.gob.es', 'ES', "Spain's foreign ministry"),
  state('bund.de', 'DE', 'bund.de, the German federal administration (ITZBund)'),
  state('auswaertiges-amt.de', 'DE', "Germany's Federal Foreign Office's own domain"),
  state('diplo.de', 'DE', "Germany's Federal Foreign Office and its missions"),
  state('bundesregierung.de', 'DE', 'the German federal government'),
  state('admin.ch', 'CH', 'admin.ch, the Swiss federal administration'),
  state('gv.at', 'AT', 'gv.at, reserved for Austrian public authorities (nic.at)', true),
  state('gc.ca', 'CA', 'gc.ca, the Government of Canada'),
  state('canada.ca', 'CA', 'canada.ca, the Government of Canada'),
  state('gov.au', 'AU', 'gov.au, reserved for Australian governments (auDA)', true),
  state('govt.nz', 'NZ', 'govt.nz, reserved for New Zealand government (DIA)', true),
  state('go.jp', 'JP', 'go.jp, reserved for Japanese government bodies (JPRS)'),
  state('go.kr', 'KR', 'go.kr, reserved for Korean government bodies (KISA)', true),
  state('gov.br', 'BR', 'gov.br, reserved for the Brazilian government (NIC.br)', true),
  state('gob.mx', 'MX', 'gob.mx, reserved for the Mexican government (NIC México)', true),
  state('gob.ar', 'AR', 'gob.ar, reserved for the Argentine government (NIC Argentina)', true),
  state('gob.cl', 'CL', 'gob.cl, reserved for the Chilean government (NIC Chile)', true),
  state('gov.co', 'CO', 'gov.co, reserved for the Colombian government (MinTIC)', true),
  state('gob.pe', 'PE', 'gob.pe, reserved for the Peruvian government', true),
  state('gov.it', 'IT', 'gov.it, reserved for the Italian government (AgID)', true),
  state('esteri.it', 'IT', "Italy's foreign ministry"),
  state('gov.pl', 'PL', 'gov.pl, the Polish central government (NASK)'),
  state('overheid.nl', 'NL', 'the Dutch government (Logius)'),
  state('rijksoverheid.nl', 'NL', 'the Dutch central government'),
  state('government.nl', 'NL', 'the Dutch central government, in English'),
  state('gov.ie', 'IE', 'gov.ie, the Irish government'),
  state('gov.pt', 'PT', 'gov.pt, the Portuguese government'),
  state('belgium.be', 'BE', 'the Belgian federal government'),
  state('regeringen.se', 'SE', 'the Swedish government'),
  state('government.se', 'SE', 'the Swedish government, in English'),
  state('regjeringen.no', 'NO', 'the Norwegian government'),
  state('um.dk', 'DK', "Denmark's foreign ministry"),
  state('um.fi', 'FI', "Finland's foreign ministry"),
  state('valtioneuvosto.fi', 'FI', 'the Finnish government'),
  state('gov.ua', 'UA', 'gov.ua, reserved for Ukrainian government bodies', true),
  state('gov.cn', 'CN', 'gov.cn, reserved for Chinese government bodies (CNNIC)', true),
  state('mfa.gov.cn', 'CN', "China's foreign ministry"),
  state('gov.ru', 'RU', 'gov.ru, Russian government bodies', true),
  state('mid.ru', 'RU', "Russia's foreign ministry"),
  state('gov.in', 'IN', 'gov.in, reserved for Indian government (NIC)', true),
  state('nic.in', 'IN', 'nic.in, the Indian government (National Informatics Centre)', true),
  state('gov.za', 'ZA', 'gov.za, reserved for South African government', true),
  state('gov.sg', 'SG', 'gov.sg, reserved for the Singapore government'),
  state('gov.il', 'IL', 'gov.il, reserved for Israeli government bodies'),
  state('gov.tr', 'TR', 'gov.tr, reserved for Turkish government bodies', true),
  state('gov.gr', 'GR', 'gov.gr, the Greek government'),
  state('gov.cz', 'CZ', 'gov.cz, the Czech government'),
  state('gov.sk', 'SK', 'gov.sk, the Slovak government'),
  state('gov.hu', 'HU', 'gov.hu, the Hungarian government'),
  state('gov.ro', 'RO', 'gov.ro, the Romanian government'),
  state('gov.lv', 'LV', 'gov.lv, the Latvian government'),
  state('gov.lt', 'LT', 'gov.lt, the Lithuanian government'),
  state('valitsus.ee', 'EE', 'the Estonian government'),
  state('gov.si', 'SI', 'gov.si, the Slovenian government'),
  state('gov.hr', 'HR', 'gov.hr, the Croatian government'),
  organisation('europa.eu', 'EU', 'europa.eu, the institutions and agencies of the European Union'),
  organisation('un.org', 'UN', 'un.org, the United Nations Secretariat and its bodies'),
  organisation('nato.int', 'NATO', 'nato.int, the North Atlantic Treaty Organization'),
  organisation('osce.org', 'OSCE', 'osce.org, the Organization for Security and Co-operation in Europe'),
  organisation('coe.int', 'CoE', 'coe.int, the Council of Europe'),
];

const BY_SUFFIX = new Map(GOVERNMENT_DOMAINS.map((domain) => [domain.suffix, domain]));

/**
 * The most specific government rule a host falls under (`press.diplomatie.gouv.fr` → the foreign
 * ministry's rule, not the government's), or null. The host is compared label by label, so
 * `notgov.uk` and `gov.uk.example.com` never match.
 */
export function governmentDomainOf(host: string): GovernmentDomain | null {
  const labels = host.trim().toLowerCase().replace(/\.$/, '').split('.');
  if (labels.some((label) => label === '')) return null;
  for (let start = 0; start < labels.length; start++) {
    const found = BY_SUFFIX.get(labels.slice(start).join('.'));
    if (found) return found;
  }
  return null;
}

const MAX_PROVEN_DOMAINS = 20;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/i;

export interface ProvenGovernmentDomain {
  domain: string;
  rule: GovernmentDomain;
}

/**
 * The most specific government rule among an account's proven domains (AccountInput.provenDomains),
 * or null. A rule naming a foreign ministry (`diplomatie.gouv.fr`) is more specific than its
 * government's (`gouv.fr`).
 */
export function provenGovernmentDomain(account: { provenDomains?: readonly string[] }): ProvenGovernmentDomain | null {
  const domains = Array.isArray(account?.provenDomains) ? account.provenDomains.slice(0, MAX_PROVEN_DOMAINS) : [];
  let best: ProvenGovernmentDomain | null = null;
  for (const domain of domains) {
    if (typeof domain !== 'string' || domain.length > 253 || !HOST.test(domain)) continue;
    const rule = governmentDomainOf(domain);
    if (rule && (!best || rule.suffix.split('.').length > best.rule.suffix.split('.').length)) best = { domain: domain.toLowerCase().replace(/\.$/, ''), rule };
  }
  return best;
}
