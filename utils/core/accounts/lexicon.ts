// Multilingual vocabulary of diplomatic roles, organisations and disqualifiers, in the ten supported
// languages (en fr es pt de ru zh ar tr it). Phrases are written naturally and folded at compile time;
// a trailing * on a word accepts any ending (inflection: посольств*, büyükelçiliğ*). CJK phrases match
// as substrings. Role words alone never make an account official: the identifier also needs a country
// or an organisation, and no disqualifier.

/** Roles as the lexicon sees them: the guide's roles plus words that are resolved by context. */
export type LexRole =
  | 'embassy'
  | 'consulate'
  | 'ambassador'
  | 'mission'
  | 'foreign_ministry'
  | 'foreign_minister'
  | 'head_of_government'
  | 'head_of_state'
  | 'government'
  /** "President": head of state with a country, an IO official with an organisation body. */
  | 'president'
  /** Secretary-General, High Representative, Director-General: IO official when an organisation is named. */
  | 'io_person'
  /** Spokesperson: of the foreign ministry, of a government, or of an organisation. */
  | 'spokesperson'
  /** Deputy/vice titles: a government official, never the head. */
  | 'deputy';

/**
 * The Pope, head of state of the Vatican City State: a role that names its state. Not "His Holiness",
 * which is also the Dalai Lama's and other patriarchs' style.
 */
const POPE = [
  'pope', 'pontiff', 'pontifex', 'pape', 'souverain pontife', 'sumo pontífice', 'santo padre', 'papst', 'sommo pontefice', 'папа римский',
  '教宗', '教皇', 'بابا الفاتيكان', 'بابا روما', 'papa hazretleri',
];

/** Seats of presidencies, royal courts and prime ministers' offices, named for the office, with their state. */
const SEATS_OF_STATE: [string, string][] = [
  ['quirinale', 'IT'], ['akorda', 'KZ'], ['акорда', 'KZ'], ['ақорда', 'KZ'], ['royal hashemite court', 'JO'],
  ['الديوان الملكي الهاشمي', 'JO'], ['palacio de la zarzuela', 'ES'], ['urugwiro village', 'RW'], ['bankova', 'UA'],
  ['aso rock', 'NG'], ['palácio do planalto', 'BR'], ['casa rosada', 'AR'], ['palacio de carondelet', 'EC'],
  ['palacio de miraflores', 'VE'], ['palacio de la moneda', 'CL'], ['la moneda', 'CL'], ['casa de nariño', 'CO'],
  // The Saudi king's title, which names no state: the Custodian of the Two Holy Mosques.
  ['خادم الحرمين الشريفين', 'SA'], ['custodian of the two holy mosques', 'SA'],
];
const SEATS_OF_GOVERNMENT: [string, string][] = [
  ['palazzo chigi', 'IT'], ['moncloa', 'ES'], ['la moncloa', 'ES'], ['matignon', 'FR'], ['hôtel de matignon', 'FR'], ['kantei', 'JP'],
  ['首相官邸', 'JP'], ['downing street', 'GB'],
];
/** Taiwan's offices abroad, which act as its embassies under another name. */
const TAIPEI_OFFICES = [
  'taipei economic and cultural representative office', 'taipei economic and cultural office', 'taipei representative office',
  'taipei mission', '台北經濟文化代表處', '台北经济文化代表处', '台北代表處', '台北代表处',
];

export const ROLE_PHRASES: Record<LexRole, string[]> = {
  embassy: [
    'embassy', 'high commission', 'deputy high commission', 'ambassade', 'ambassade*', 'embajada', 'embaixada', 'botschaft',
    'посольство', 'посольств*', '大使馆', '大使館', 'سفاره', 'سفارت*', 'büyükelçiliği', 'büyükelçiliğ*', 'ambasciata',
    'haut commissariat', 'alto comisionado', 'hochkommission', 'amba', 'kedutaan besar', ...TAIPEI_OFFICES,
  ],
  consulate: [
    'consulate', 'consulate general', 'consulat', 'consulat general', 'generalkonsulat', 'konsulat', 'consulado', 'consulado general',
    'consulado geral', 'консульство', 'консульств*', 'генконсульство', 'генконсульств*', 'генеральне консульство', '总领事馆', '领事馆', '总领馆', '總領事館',
    'القنصليه', 'قنصليه', 'başkonsolosluğu', 'başkonsolosluğ*', 'konsolosluğu', 'konsolosluğ*', 'consolato', 'consolato generale',
  ],
  ambassador: [
    'ambassador', 'amb', 'high commissioner', "chargé d'affaires", 'charge d affaires', 'consul general', 'consul général', 'consul',
    'permanent representative', 'ambassadeur', 'ambassadrice', 'haut commissaire', 'représentant permanent', 'consule',
    'embajador', 'embajadora', 'encargado de negocios', 'cónsul', 'cónsul general', 'representante permanente', 'embaixador', 'embaixadora',
    'encarregado de negócios', 'cônsul', 'cônsul-geral', 'botschafter', 'botschafterin', 'generalkonsul', 'generalkonsulin',
    'ständiger vertreter', 'ständige vertreterin', 'посол', 'посла', 'послом', 'послу', 'генконсул', 'генеральный консул',
    'постпред', 'постоянный представитель', 'постійний представник', '大使', '总领事', '常驻联合国代表', 'سفير', 'السفير', 'سفيره', 'القنصل العام',
    'المندوب الدائم', 'büyükelçi', 'başkonsolos', 'daimi temsilci', 'ambasciatore', 'ambasciatrice', 'console generale',
    'rappresentante permanente', 'incaricato d affari', 'suursaadik',
  ],
  mission: [
    'permanent mission', 'mission to', 'mission to the', 'delegation to', 'permanent delegation', 'permanent representation',
    'mission permanente', 'représentation permanente', 'délégation permanente', 'misión permanente', 'representación permanente',
    'delegación permanente', 'missão permanente', 'representação permanente', 'delegação permanente', 'ständige vertretung',
    'постоянное представительство', 'постоянного представительства', 'постійне представництво', 'постійного представництва', 'постпредство', 'постпредств*', 'постоянное представительств*',
    '常驻', '使团', '代表团', 'البعثه الدائمه', 'بعثه', 'البعثه', 'daimi temsilciliği', 'daimi temsilciliğ*', 'missione permanente',
    'rappresentanza permanente', 'msn', 'permrep',
  ],
  foreign_ministry: [
    'ministry of foreign affairs', 'ministry for foreign affairs', 'foreign ministry', 'mfa', 'mofa', 'department of state',
    'state department', 'foreign office', 'foreign commonwealth development office', 'foreign commonwealth office', 'global affairs',
    'department of foreign affairs', 'ministry of external affairs', 'department of foreign affairs and trade',
    'ministry of foreign affairs and trade', 'ministry of foreign affairs and international cooperation', 'foreign affairs ministry',
    'ministère des affaires étrangères', "ministère de l europe et des affaires étrangères", 'affaires étrangères', 'diplomatie',
    'ministerio de asuntos exteriores', 'ministerio de relaciones exteriores', 'secretaría de relaciones exteriores',
    'relaciones exteriores', 'asuntos exteriores', 'cancillería', 'ministério das relações exteriores', 'ministério dos negócios estrangeiros',
    'relações exteriores', 'negócios estrangeiros', 'itamaraty', 'auswärtiges amt', 'auswärtigen amts', 'auswärtigen amtes',
    'auswärtige amt', 'министерство иностранных дел', 'министерства иностранных дел', 'міністерство закордонних справ', 'мид', 'мзс', '外交部', 'وزاره الخارجيه',
    'الخارجيه', 'dışişleri bakanlığı', 'dışişleri', 'ministero degli affari esteri', 'ministero degli esteri', 'farnesina',
    'buitenlandse zaken', 'ministerie van buitenlandse zaken', 'quai d orsay', 'fcdo', 'dfat', 'mfat', 'mea',
    // South Africa's and Namibia's names for their foreign ministries.
    'department of international relations and cooperation', 'ministry of international relations and cooperation', 'dirco',
  ],
  foreign_minister: [
    'foreign minister', 'minister of foreign affairs', 'minister for foreign affairs', 'secretary of state', 'foreign secretary',
    'external affairs minister', 'minister of external affairs', 'minister for external affairs', 'minister of foreign affairs and trade',
    'ministre des affaires étrangères', "ministre de l europe et des affaires étrangères", 'ministro de asuntos exteriores',
    'ministra de asuntos exteriores', 'ministro de relaciones exteriores', 'ministra de relaciones exteriores', 'canciller',
    'secretario de relaciones exteriores', 'secretaria de relaciones exteriores', 'ministro das relações exteriores',
    'ministra das relações exteriores', 'ministro dos negócios estrangeiros', 'chanceler', 'außenminister', 'aussenminister',
    'außenministerin', 'bundesaußenminister', 'министр иностранных дел', 'глава мид', '外交部长', '外长', 'وزير الخارجيه',
    'وزيره الخارجيه', 'dışişleri bakanı', 'ministro degli esteri', 'ministro degli affari esteri', 'minister spraw zagranicznych',
    'ministar vanjskih poslova',
    // Kenya's ministers are cabinet secretaries.
    'cabinet secretary for foreign affairs', 'cabinet secretary for foreign and diaspora affairs',
  ],
  head_of_government: [
    'prime minister', "prime minister s office", 'office of the prime minister', 'pmo', 'premier ministre', 'première ministre',
    'primer ministro', 'primera ministra', 'presidente del gobierno', 'presidenta del gobierno', 'primeiro ministro',
    'primeira ministra', 'presidente do governo', 'bundeskanzler', 'bundeskanzlerin', 'bundeskanzlers', 'bundeskanzleramt',
    'chancellor', 'премьер министр', 'председатель правительства', '总理', 'رئيس الوزراء', 'رئيس مجلس الوزراء', 'başbakan',
    'presidente del consiglio', 'presidente del consiglio dei ministri', 'taoiseach', ...SEATS_OF_GOVERNMENT.map(([seat]) => seat),
  ],
  head_of_state: [
    'president of the republic', 'président de la république', 'présidence de la république', 'presidente de la república',
    'presidente da república', 'presidente della repubblica', 'bundespräsident', 'bundespräsidentin', 'президент', '国家主席',
    'رئيس الجمهوريه', 'رئيس دوله', 'cumhurbaşkanı', 'cumhurbaşkanlığı', 'king', 'queen', 'his majesty', 'her majesty', 'roi',
    'reine', 'rey', 'reina', 'rei', 'rainha', 'könig', 'königin', 'король', 'королева', '国王', 'الملك', 'جلاله', 'kral', 'kraliçe',
    'emir', 'sultan', 'élysée', 'kremlin', 'white house', 'potus', 'presidency',
    'presidencia de la república', 'presidência da república', 'presidenza della repubblica',
    // The presidency in Arabic: "رئاسة الجمهورية", "رئاسة جمهورية مصر العربية", "الرئاسة المصرية".
    'رئاسه الجمهوريه', 'رئاسه جمهوريه', 'الرئاسه',
    // "أمير دولة قطر": the emir of a state (alone, أمير is also a prince, a governor or a given name).
    'امير دوله',
    // A monarchy's own account speaks for its head of state ("Belgian Monarchy", "Monarchie belge").
    'monarchy', 'monarchie', 'monarquía', 'monarquia', 'monarchia', 'монархия',
    ...POPE,
    ...SEATS_OF_STATE.map(([seat]) => seat),
    // A court or diwan names its state in the same line ("the Amiri Diwan of the State of Qatar").
    'amiri diwan', 'الديوان الاميري', 'royal court', 'الديوان الملكي', 'casa real',
  ],
  government: [
    'ministry of', 'ministry for', 'department of', 'government of', 'government', 'federal government', 'ministère',
    'gouvernement', 'ministerio', 'gobierno', 'ministério', 'governo', 'ministerium', 'bundesministerium', 'bundesregierung',
    'regierung', 'министерство', 'правительство', 'правительства', '政府', '国防部', 'وزاره', 'الحكومه', 'حكومه', 'bakanlığı',
    'hükümeti', 'ministero', 'minister', 'ministre', 'ministro', 'ministra', 'министр', 'وزير', 'bakanı', 'ministry of defence',
    'ministry of defense', 'department of defense', 'cabinet office', 'trade representative',
  ],
  president: ['president', 'président', 'presidente', 'presidenta', 'präsident', 'präsidentin', '主席', 'رئيس', 'başkan', 'presidentessa'],
  io_person: [
    'secretary general', 'secretary-general', 'deputy secretary general', 'high representative', 'director general', 'director-general',
    'secrétaire général', 'haut représentant', 'secretario general', 'alto representante', 'secretário geral', 'generalsekretär',
    'hoher vertreter', 'генеральный секретарь', 'генсек', 'генсекретарь', '秘书长', 'الامين العام', 'genel sekreter',
    'segretario generale', 'alto rappresentante', 'chairperson', 'commissioner',
  ],
  spokesperson: [
    'spokesperson', 'spokesman', 'spokeswoman', 'spokesperson s office', 'porte parole', 'portavoz', 'porta voz', 'sprecher', 'sprecherin',
    'regierungssprecher', 'regierungssprecherin', 'официальный представитель', 'пресс секретарь', '发言人', 'المتحدث الرسمي',
    'متحدث', 'sözcüsü', 'sözcü', 'portavoce',
  ],
  deputy: [
    'deputy prime minister', 'vice prime minister', 'vice president', 'vice-president', 'deputy minister', 'deputy foreign minister',
    'vice premier ministre', 'vicepresidente', 'vicepresidenta', 'vice presidente', 'vicepremier', 'vice ministro', 'viceministro',
    'vizekanzler', 'vizepräsident', 'заместитель', 'вице премьер', '副总理', '副部长', 'نائب', 'yardımcısı', 'wicepremier',
  ],
};

/**
 * Intergovernmental organisations: short name → names and acronyms in the ten languages. Bodies map to
 * their organisation (the Commission and the EEAS are EU). Uppercase acronyms are matched case-sensitively.
 */
export const ORGS: Record<string, { names: string[]; acronyms: string[] }> = {
  UN: {
    names: ['united nations', 'nations unies', 'organisation des nations unies', 'naciones unidas', 'organización de las naciones unidas',
      'nações unidas', 'vereinte nationen', 'vereinten nationen', 'организация объединенных наций', 'организации объединенных наций',
      'оон', '联合国', '聯合國', 'الامم المتحده', 'birleşmiş milletler', 'nazioni unite', 'un secretary general'],
    acronyms: ['UN', 'ONU', 'VN', 'ООН', 'BM'],
  },
  NATO: {
    names: ['north atlantic treaty organization', 'north atlantic treaty organisation', 'north atlantic alliance', 'нато', '北约',
      'حلف شمال الاطلسي', 'الناتو', 'organisation du traité de l atlantique nord', 'organización del tratado del atlántico norte'],
    acronyms: ['NATO', 'OTAN', 'НАТО'],
  },
  EU: {
    names: ['european union', 'european commission', 'european external action service', 'eu external action', 'european council',
      'council of the eu', 'council of the european union', 'european parliament', 'union européenne', 'commission européenne',
      'unión europea', 'comisión europea', 'união europeia', 'comissão europeia', 'europäische union', 'europäischen union',
      'europäische kommission', 'европейский союз', 'европейского союза', 'евросоюз', 'евросоюза', 'европейская комиссия', '欧盟',
      '欧洲联盟', 'الاتحاد الاوروبي', 'avrupa birliği', 'avrupa komisyonu', 'unione europea', 'commissione europea'],
    acronyms: ['EU', 'UE', 'EEAS', 'ЕС', 'AB'],
  },
  OSCE: {
    names: ['organization for security and co operation in europe', 'organization for security and cooperation in europe',
      'обсе', '欧安组织', 'منظمه الامن والتعاون في اوروبا', 'organisation pour la sécurité et la coopération en europe'],
    acronyms: ['OSCE', 'OSZE', 'ОБСЕ', 'AGİT'],
  },
  AU: {
    names: ['african union', 'african union commission', 'union africaine', 'unión africana', 'união africana', 'afrikanische union',
      'африканский союз', '非洲联盟', '非盟', 'الاتحاد الافريقي', 'afrika birliği', 'unione africana'],
    acronyms: ['AU', 'AUC', 'UA'],
  },
  ASEAN: {
    names: ['association of southeast asian nations', 'association of south east asian nations', '东南亚国家联盟', '东盟', 'асеан', 'اسيان'],
    acronyms: ['ASEAN', 'АСЕАН'],
  },
  WHO: {
    names: ['world health organization', 'world health organisation', 'organisation mondiale de la santé', 'organización mundial de la salud',
      'organização mundial da saúde', 'weltgesundheitsorganisation', 'всемирная организация здравоохранения', '世界卫生组织',
      'منظمه الصحه العالميه', 'dünya sağlık örgütü', 'organizzazione mondiale della sanità'],
    acronyms: ['WHO', 'OMS', 'ВОЗ'],
  },
  OAS: { names: ['organization of american states', 'organización de los estados americanos'], acronyms: ['OAS', 'OEA'] },
  CoE: { names: ['council of europe', 'conseil de l europe', 'consejo de europa', 'europarat', 'совет европы'], acronyms: ['CoE'] },
  'Arab League': { names: ['arab league', 'league of arab states', 'جامعه الدول العربيه', 'ligue arabe', 'liga árabe'], acronyms: [] },
  GCC: {
    names: ['gulf cooperation council', 'cooperation council for the arab states of the gulf', 'مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربيه',
      // After "the official account of" (الحساب الرسمي ل…), Arabic joins the preposition to the name.
      'لمجلس التعاون لدول الخليج العربيه'],
    acronyms: ['GCC'],
  },
  ECOWAS: { names: ['economic community of west african states', 'cedeao'], acronyms: ['ECOWAS', 'CEDEAO'] },
  OIC: { names: ['organisation of islamic cooperation', 'organization of islamic cooperation', 'منظمه التعاون الاسلامي'], acronyms: ['OIC'] },
  UNESCO: { names: ['unesco', 'юнеско', '联合国教科文组织'], acronyms: ['UNESCO'] },
  UNICEF: { names: ['unicef', 'юнисеф'], acronyms: ['UNICEF'] },
  UNHCR: { names: ['unhcr', 'un refugee agency', 'un refugee agency'], acronyms: ['UNHCR', 'HCR', 'ACNUR'] },
  IAEA: { names: ['international atomic energy agency', 'магатэ'], acronyms: ['IAEA', 'AIEA'] },
  WTO: { names: ['world trade organization', 'organisation mondiale du commerce', 'всемирная торговая организация'], acronyms: ['WTO', 'OMC'] },
  IMF: { names: ['international monetary fund', 'fonds monétaire international', 'fondo monetario internacional'], acronyms: ['IMF', 'FMI'] },
  Commonwealth: { names: ['commonwealth secretariat'], acronyms: [] },
  'World Bank': {
    names: ['world bank', 'world bank group', 'banque mondiale', 'groupe de la banque mondiale', 'banco mundial', 'grupo banco mundial',
      'grupo do banco mundial', 'weltbank', 'всемирный банк', '世界银行', 'البنك الدولي', 'dünya bankası', 'banca mondiale'],
    acronyms: ['WBG'],
  },
  CARICOM: { names: ['caribbean community', 'communauté caribéenne', 'comunidad del caribe'], acronyms: ['CARICOM'] },
  SADC: { names: ['southern african development community'], acronyms: ['SADC'] },
  EAC: { names: ['east african community'], acronyms: [] },
  PIF: { names: ['pacific islands forum', 'pacific islands forum secretariat'], acronyms: [] },
  OTS: { names: ['organization of turkic states', 'türk devletleri teşkilatı', 'организация тюркских государств'], acronyms: [] },
  MERCOSUR: { names: ['mercado común del sur', 'mercado comum do sul'], acronyms: ['MERCOSUR', 'MERCOSUL'] },
  OECD: { names: ['organisation for economic co operation and development', 'organization for economic cooperation and development'], acronyms: ['OECD', 'OCDE'] },
  UNDP: { names: ['united nations development programme', 'un development programme', 'programme des nations unies pour le développement', 'programa de las naciones unidas para el desarrollo'], acronyms: ['UNDP', 'PNUD'] },
  WFP: { names: ['world food programme', 'programme alimentaire mondial', 'programa mundial de alimentos'], acronyms: ['WFP'] },
  FAO: { names: ['food and agriculture organization', 'organisation des nations unies pour l alimentation et l agriculture'], acronyms: ['FAO'] },
  UNEP: { names: ['united nations environment programme', 'un environment programme'], acronyms: ['UNEP', 'PNUE'] },
  ILO: { names: ['international labour organization', 'international labour organisation', 'organisation internationale du travail'], acronyms: ['ILO', 'OIT'] },
  IOM: { names: ['international organization for migration', 'organisation internationale pour les migrations'], acronyms: ['IOM', 'OIM'] },
  UNWTO: { names: ['un tourism', 'world tourism organization'], acronyms: ['UNWTO'] },
  OPCW: { names: ['organisation for the prohibition of chemical weapons', 'organization for the prohibition of chemical weapons'], acronyms: ['OPCW', 'OIAC'] },
};

// --- Evidence against ------------------------------------------------------------------------------
//
// Evidence against beats any title: an account that shows it is a business selling consular services, a
// candidate or campaign, the opposition, a nominee not yet in office, the "ambassador" of a brand or an
// event, a fan, parody or news account, or a former official is not official, whatever role word, flag or
// claim it also shows (a listed account is not affected: the directory is checked first). Each kind has
// the reason the badge card shows; the phrase that was found follows it.

export type AgainstKind =
  | 'former'
  | 'parody'
  | 'fan'
  | 'unofficial'
  | 'personal'
  | 'press'
  | 'news'
  | 'business'
  | 'commerce'
  | 'campaign'
  | 'opposition'
  | 'designate'
  | 'non_state_ambassador';

/**
 * A company's legal form, read in the display name (a bio may name a partner firm, a post a sanctioned
 * one): no office is a limited company, and an honorary consul's firm often is. In an honorary consul's
 * bio it is read too: the consul's own firm beside the title is a business under the state's name.
 */
export const COMPANY_FORMS = ['ltd', 'llc', 'gmbh', 'plc', 'sarl', 'srl', 'ltda', 'inc'];
/** An honorary consul or consulate, in the supported languages. */
export const HONORARY_CONSUL = [
  'honorary consul', 'honorary consulate', 'consul honoraire', 'consulat honoraire', 'cónsul honorario', 'consulado honorario',
  'cônsul honorário', 'consulado honorário', 'honorarkonsul', 'honorarkonsulin', 'honorarkonsulat', 'почетный консул',
  'почетное консульство', 'القنصل الفخري', 'القنصليه الفخريه', 'fahri konsolos', 'fahri konsolosluğu', 'console onorario', 'consolato onorario',
];

/** What the badge card says for each kind of evidence against. */
export const AGAINST_REASON: Record<AgainstKind, string> = {
  former: 'describes a former or retired official',
  parody: 'parody or satire',
  fan: 'fan account',
  unofficial: 'says it is unofficial or not affiliated',
  personal: 'personal account / views its own',
  press: 'press, research or civil-society account',
  news: 'news or aggregator account',
  business: 'business or promotional use of a diplomatic word',
  commerce: 'commercial service',
  campaign: 'candidate or election campaign, not in office',
  opposition: 'opposition or shadow post, not in government',
  designate: 'nominee or designate, not yet in office',
  non_state_ambassador: 'ambassador of a brand, event or cause, not of a state',
};

export interface AgainstRow {
  kind: AgainstKind;
  /** Commerce only: what kind of commerce (shown after the service: "visa appointments (guaranteed results)"). */
  label?: string;
  phrases: string[];
  /** A negation or a warning earlier in the same sentence cancels the phrase ("we never use agencies"). */
  negatable?: boolean;
  /** Commerce only: counts only when the account also names a consular service ("DM us" alone sells nothing). */
  withService?: boolean;
}

export const EVIDENCE_AGAINST: AgainstRow[] = [
  {
    kind: 'former',
    phrases: [
      'former', 'formerly', 'ex', 'retired', 'ret', 'ancien', 'ancienne', 'retraité', 'retraitée', 'antiguo', 'antigua', 'exembajador',
      'exembajadora', 'exministro', 'exministra', 'jubilado', 'jubilada', 'antigo', 'antiga', 'aposentado', 'aposentada', 'ehemalig*',
      'già', 'embajador r', 'embajadora r', 'ministro r', 'cónsul r', 'колишній', 'колишня', 'retd', 'rtd',
      'im ruhestand', 'бывший', 'бывшая', 'бывш*', 'экс', 'в отставке', '前任', '前大使', '前外长', '前总统', '退休', 'السابق',
      // Japanese marks a former post with 元 before it ("元駐インド大使"); alone 元 is too common in Chinese.
      '元駐', '元大使', '元総領事', '元外務大臣', '元外相', '元総理',
      'السابقه', 'سابق', 'متقاعد', 'eski', 'emekli', 'in pensione', 'tidligere', 'voormalig', 'oud ambassadeur', 'oud minister',
      // German "a. D." / "i. R." (außer Dienst, im Ruhestand) after a title; alone the letters are too common.
      'botschafter a d', 'botschafterin a d', 'botschafter i r', 'botschafterin i r', 'generalkonsul a d', 'generalkonsulin a d',
      'gesandter a d', 'minister a d', 'ministerin a d', 'staatssekretär a d', 'staatssekretärin a d', 'außer dienst',
    ],
  },
  {
    kind: 'parody',
    phrases: [
      'parody', 'parodie', 'parodia', 'paródia', 'пародия', 'пародійний', 'пародийный', 'пародийн*', '恶搞', '戏仿', '模仿账号', 'ساخر', 'ساخره',
      'parodi', 'satire', 'satirical', 'satira', 'sátira', 'satirique', 'сатира', 'hiciv', 'not really', 'memes', 'shitposting',
      'spoof', 'joke account', 'comedy account', 'humour', 'humor', 'humor diplomático', 'юмор', '搞笑', 'كوميدي', 'mizah', 'umorismo',
      'not the real', 'pas le vrai', 'no es el verdadero', 'no es la verdadera', 'não é o verdadeiro', 'nicht der echte',
    ],
  },
  {
    kind: 'fan',
    phrases: [
      'fan account', 'fan club', 'fanclub', 'fan page', 'fanpage', 'fans', 'fan made', 'compte de fans', 'compte fan', 'cuenta fan',
      'club de fans', 'página de fans', 'fã clube', 'fãs', 'página de fãs', 'fanseite', 'фан клуб', 'фан страница', 'фанат*', '粉丝',
      'معجبين', 'hayran', 'hayran hesabı', 'hayran sayfası', 'pagina fan', 'fan',
    ],
  },
  {
    kind: 'unofficial',
    phrases: [
      'unofficial', 'non official', 'non officiel', 'non officielle', 'no oficial', 'não oficial', 'inoffiziell', 'inoffizieller',
      'неофициальный', 'неофициальн*', 'неофіційн*', 'не є офіційн*', 'не пов язан*', '非官方', 'غير رسمي', 'غير رسميه', 'resmi olmayan', 'gayriresmi', 'non ufficiale',
      'not affiliated', 'no affiliation', 'no relation', 'non affilié', 'non affiliée', 'sans lien', 'no afiliado', 'no afiliada',
      'sin relación', 'sin afiliación', 'não afiliado', 'não afiliada', 'sem relação', 'nicht verbunden', 'keine verbindung',
      'не связан*', 'не аффилирован*', '无关', '與官方無關', 'غير تابع', 'لا علاقه', 'bağlantısı yoktur', 'ilişkisi yoktur',
      'non affiliato', 'non affiliata', 'nessun legame', 'mirror', 'bot', 'бот', 'automated', 'автоматический репост', 'not a government',
      'not the government', 'pas le gouvernement', 'no es el gobierno', 'community hub', 'diaspora network',
      // An account that calls itself independent speaks of the office, not for it.
      'independent account', 'compte indépendant', 'compte d information indépendant', 'cuenta independiente', 'conta independente',
      'unabhängiger account', 'независимый аккаунт', 'حساب مستقل', 'bağımsız hesap', 'account indipendente',
      // A "backup" account stands in for the office's account; it is not it.
      'backup account', 'back up account', 'compte de secours', 'cuenta de respaldo', 'cuenta alternativa', 'conta reserva',
      'резервный аккаунт', 'запасной аккаунт', 'حساب احتياطي', 'yedek hesap', 'account di riserva', 'ersatzkonto', 'backup konto',
      // A third party working "with" an office is not the office ("Trabajamos con el consulado").
      'we work with the embassy', 'we work with the consulate', 'embassy linked', 'consulate linked', 'trabajamos con el consulado',
      'trabajamos con la embajada', 'nous travaillons avec l ambassade', 'nous travaillons avec le consulat',
      'trabalhamos com o consulado', 'trabalhamos com a embaixada', 'wir arbeiten mit der botschaft', 'wir arbeiten mit dem konsulat',
      'мы работаем с посольством', 'мы работаем с консульством', 'lavoriamo con l ambasciata', 'lavoriamo con il consolato',
      // "We are not the consulate": a business's own disclaimer, in small print under an official-looking name.
      'not a government agency', 'not a government office', 'not the embassy', 'not the consulate', 'keine dienststelle',
      'keine behörde', 'keine offizielle stelle', 'nicht die botschaft', 'nicht das konsulat', 'pas un service officiel',
      'pas l ambassade', 'pas le consulat', 'no somos el consulado', 'no somos la embajada', 'no es un organismo oficial',
      'no somos una entidad gubernamental', 'não somos o consulado', 'não somos a embaixada', 'não é um órgão oficial',
      'não somos um órgão', 'non siamo l ambasciata', 'non siamo il consolato', 'non è un ente governativo',
      'не является государственн*', 'не является официальн*', 'не является посольством', 'не является консульством',
      'ليس حسابا حكوميا', 'ليس حسابا رسميا', 'حساب غير حكومي',
      '非政府机构', '非官方机构', 'لسنا السفاره', 'لسنا القنصليه', 'لسنا جهه حكوميه', 'resmi kurum değildir',
      'devlet kurumu değildir',
    ],
  },
  {
    kind: 'personal',
    phrases: [
      'personal account', 'personal views', 'views my own', 'views are my own', 'views are mine', 'opinions my own', 'opinions are my own',
      'opinions mine', 'views expressed are my own', 'compte personnel', 'avis personnels', 'opinions personnelles', 'cuenta personal',
      'opiniones personales', 'las opiniones son mías', 'opiniones son mías', 'conta pessoal', 'opiniões pessoais', 'opiniões são minhas',
      'privater account', 'private account', 'meine meinung', 'persönliche meinung', 'личный аккаунт', 'личная страница', 'личное мнение',
      '个人账号', '个人观点', 'حساب شخصي', 'اراء شخصيه', 'الاراء شخصيه', 'kişisel hesap', 'görüşler kişisel', 'kişisel görüş*',
      'account personale', 'opinioni personali', 'hier privat', 'privat hier', 'ici à titre personnel', 'à titre personnel',
      'a título personal', 'a título pessoal', 'a titolo personale', 'в личном качестве', 'بصفه شخصيه', 'şahsi hesap',
    ],
  },
  {
    kind: 'press',
    phrases: [
      'journalist', 'journaliste', 'periodista', 'jornalista', 'journalistin', 'журналист', 'журналистка', '记者', 'صحفي', 'صحفيه',
      'gazeteci', 'giornalista', 'correspondent', 'correspondant', 'correspondante', 'corresponsal', 'correspondente', 'korrespondent',
      'korrespondentin', 'корреспондент', 'مراسل', 'muhabir', 'corrispondente', 'reporter', 'newsletter',
      'think tank', 'policy institute', 'groupe de réflexion', 'laboratoire d idées', 'centro de estudios', 'centro de pensamiento',
      'denkfabrik', 'аналитический центр', '智库', 'مركز ابحاث', 'düşünce kuruluşu', 'centro studi', 'nonpartisan', 'non partisan',
      'charity', 'ngo', 'non profit', 'nonprofit', 'independent organisation', 'independent organization', 'independent policy',
      'independent charity', 'professor', 'political scientist', 'analyst', 'pas diplomate', 'not a diplomat', 'tracking what',
      'united nations association', 'model united nations', 'model un', 'mun club', 'mun society', 'mun team', 'student run',
      // Model UN clubs, whose members "represent" embassies and delegations, in the other languages.
      'modèle des nations unies', 'simulation des nations unies', 'simulation de l onu', 'modelo de naciones unidas',
      'modelo de las naciones unidas', 'modelo onu', 'simulación de naciones unidas', 'simulación de la onu',
      'modelo das nações unidas', 'simulação da onu', 'simulação das nações unidas', 'simulação onu', 'model der vereinten nationen',
      'planspiel der vereinten nationen', 'модель оон', 'модель организации объединенных наций', '模拟联合国', '模联',
      'نموذج الامم المتحده', 'محاكاه الامم المتحده', 'birleşmiş milletler modeli', 'simulazione onu',
      'simulazione delle nazioni unite', 'modello delle nazioni unite',
    ],
  },
  {
    // News words anywhere; the display-name words of a news account are in NEWS_NAME_WORDS.
    kind: 'news',
    phrases: [
      'news aggregator', 'aggregator', 'breaking news', 'news bot', 'agrégateur', 'agrégateur d actualités',
      'agregador', 'agregador de noticias', 'noticias de última hora', 'agregador de notícias', 'nachrichtenaggregator', 'eilmeldung*',
      'агрегатор', 'агрегатор новостей', 'новостной агрегатор', 'срочные новости', '新闻聚合', '突发新闻', 'اخبار عاجله',
      'son dakika', 'haber sitesi', 'haber portalı', 'aggregatore', 'aggregatore di notizie', 'ultim ora',
    ],
  },
  {
    kind: 'business',
    phrases: [
      'hotel', 'hotels', 'hôtel', 'suites', 'hostel', 'bar', 'grill', 'restaurant', 'restaurante', 'ristorante', 'ресторан', 'отель',
      'гостиница', '酒店', '餐厅', 'فندق', 'مطعم', 'otel', 'restoran', 'albergo', 'café', 'coffee', 'cocktails', 'pastries',
      'trattoria', 'osteria', 'pizzeria', 'brasserie', 'bistro', 'bistrot', 'taverna', 'шеф повар', 'head chef',
      'executive chef',
      'happy hour', 'promo code', 'código promocional', 'code promo', 'gutscheincode', 'промокод', '优惠码', 'كود خصم', 'indirim kodu',
      'codice sconto', 'shop', 'store', 'tienda', 'boutique en ligne', 'loja', 'магазин', '商店', 'متجر', 'mağaza', 'negozio',
      'club', 'dance music', 'record label', 'festival', 'singer', 'songwriter', 'dj', 'collabs',
      'law firm', 'law office', 'studio legale', 'cabinet d avocats', 'bufete de abogados', 'escritório de advocacia', 'anwaltskanzlei',
      'юридическая фирма', '律师事务所', 'مكتب محاماه', 'hukuk bürosu',
      'winery', 'vineyard', 'vineyards', 'wine merchant', 'négociant', 'négociant en vins', 'domaine viticole', 'bodega de vinos',
      'bodega', 'bodegas', 'vinos finos', 'adega', 'vinhos finos',
      'import export', 'trading company', 'business inquiries', 'business enquiries', 'shipping and trade', 'trade services',
      'shipping services', 'logistics services', 'freight forwarding', 'realtor', 'real estate agent', 'luxury homes', 'dm for listings',
      'weingut', 'weinhandel', 'azienda vinicola', 'cantina vinicola', 'винодельня', '酒庄', 'şarap evi',
      'مصنع نبيذ',
    ],
  },
  // Commerce: a business selling consular services (visa appointments, passports, legalisation) under an
  // official-looking name. Consular words alone are not commerce: a consulate offers "appointments via our
  // website"; what gives a business away is what it sells with.
  {
    kind: 'commerce', label: 'agency or consultancy', negatable: true,
    phrases: [
      'private agency', 'visa agency', 'visa agencies', 'visa agent', 'visa agents', 'visa consultant*', 'visa consultancy',
      'immigration consultant*', 'immigration consultancy', 'immigration agency', 'immigration lawyer*', 'consultancy', 'consultants',
      'consulting', 'travel agency', 'travel agent', 'visa service company', 'visa services company', 'we process your visa',
      'private service', 'agence de visa', 'agence de visas', 'agence de voyage*', 'agence privée', 'service privé', 'servicio privado',
      'serviço privado', 'privater dienst', 'частная служба', 'servizio privato', 'cabinet de conseil', 'conseil en immigration',
      'consultant en immigration', 'consultants en immigration', 'authorised agent', 'authorized agent', 'citizenship by investment',
      'our agency', 'notre agence', 'nuestra agencia', 'nossa agência',
      'unsere agentur', 'наше агентство', 'وكالتنا', 'acentemiz', 'la nostra agenzia',
      'agencia privada', 'agencia de visas', 'agencia de viajes', 'agencia migratoria', 'asesoría', 'asesorías', 'asesores',
      'asesoramiento migratorio', 'consultoría', 'consultor', 'consultora', 'consultores', 'gestoría', 'gestorías', 'gestor de visas', 'tramitadora',
      'tramitamos', 'abogado de inmigración', 'abogados de inmigración', 'gestores de visas', 'gestor de trámites',
      'gestores de trámites', 'gestor migratorio', 'gestores migratorios',
      'despachante', 'despachantes', 'assessoria', 'consultoria', 'agência de vistos', 'agência de viagens', 'agência de turismo',
      'visaagentur', 'visumagentur', 'visaberatung', 'visumberatung', 'einwanderungsberatung', 'reisebüro', 'beratungsagentur',
      'визовое агентство', 'визовые агентства', 'визовый агент', 'туристическое агентство', 'турагентство', 'турфирма',
      'консалтинг*', 'иммиграционный консультант', 'помощь в получении виз*', 'візове агентство', 'туристичне агентство', 'турагенція',
      '签证中介', '中介', '代办签证', '签证代办', '移民中介', '留学中介', '旅行社', '移民顾问', '签证顾问', '咨询公司',
      'مكتب استشارات', 'استشارات الهجره', 'مكتب سفريات', 'مكتب خدمات', 'وكاله سفر', 'وكاله سياحه', 'وكيل تاشيرات', 'مكتب تاشيرات',
      'vize danışmanlık', 'vize danışmanlığı', 'vize danışmanı', 'danışmanlık', 'vize acentesi', 'seyahat acentesi', 'turizm acentesi',
      'vize takip', 'agenzia visti', 'agenzia di viaggi', 'agenzia viaggi', 'consulenza visti', 'consulenza immigrazione',
      'servizi di consulenza', 'consulenti', 'disbrigo pratiche',
      // Intermediaries: "we get it for you".
      'we secure', 'we book', 'we get you', 'we help you get', 'we help you obtain', 'pay after booking', 'pay after approval',
      'pay on approval', 'payment after booking', 'payment after approval', 'ne payez qu', 'payez qu après', 'paiement après confirmation', 'pay after success', 'payment after success', 'zahlung erst nach erfolg', 'zahlung nach erfolg',
      'bezahlung nach erfolg', 'paiement après obtention', 'payez après', 'pago después de', 'pagas al final', 'pagamento após aprovação',
      'pague depois', 'pagamento dopo', 'оплата после получения', 'schneller als über das portal', 'faster than the portal',
      'faster than the official', 'plus rapide que le site', 'más rápido que el portal', 'adelantamos', 'adelanto de citas', 'conseguimos tu cita', 'te conseguimos', 'te ayudamos a obtener',
      'nous obtenons', 'nous vous obtenons', 'on vous obtient', 'réserve pour vous', 'réservons pour vous', 'we book for you',
      'we fill in', 'we fill out', 'ci pensiamo noi', 'pensiamo noi', 'заполним', 'мы заполним', 'nos encargamos', 'cuidamos de tudo',
      'wir kümmern uns', 'assistance visa', 'accompagnement visa', 'antecipamos',
      'antecipação de', 'conseguimos sua', 'conseguimos seu', 'wir besorgen', 'wir beschaffen', 'wir erledigen', 'поможем получить',
      'поможем оформить', 'оформим', 'оформляем визы', 'допомагаємо', 'допоможемо', 'оформимо', '帮您办理', '包办', 'نساعدك في الحصول', 'نساعدك على الحصول', 'نستخرج',
      'randevu alıyoruz', 'randevu ayarlıyoruz', 'vize alıyoruz', 'ti aiutiamo a ottenere', 'ti aiutiamo con il visto', 'otteniamo',
    ],
  },
  {
    kind: 'commerce', label: 'guaranteed results', negatable: true,
    phrases: [
      'guaranteed', '100 guarantee', 'money back', 'success rate', '100 success', '100 approval', 'approval guaranteed',
      'garanti', 'garantis', '100 garantie', 'taux de réussite', 'garantizado', 'garantizada', 'garantizados', 'garantizadas',
      '100 garantía', 'tasa de éxito', 'garantido', 'garantida', 'garantidos', '100 garantia', 'taxa de sucesso', 'aprovação garantida',
      'garantiert', '100 garantie', 'erfolgsgarantie', 'geld zurück', 'erfolgsquote', 'гарантия 100', '100 гарантия',
      'гарантия результата', 'гарантия получения', 'гарантируем', 'гарантированн*', 'гарантуємо', 'гарантован*', 'гарантія', '100 результат', 'процент одобрения', '包过',
      '保签', '保证出签', '出签率', '通过率', '百分百', 'مضمون', 'مضمونه', 'نضمن', 'بضمان', 'نسبه النجاح', 'garantili',
      'vize garantisi', 'kesin onay', 'başarı oranı', 'garantito', 'garantita', 'garantiti', '100 garanzia', 'tasso di successo',
    ],
  },
  {
    kind: 'commerce', label: 'sales pitch', negatable: true,
    phrases: [
      'book now', 'book your slot', 'book your appointment now', 'call now', 'order now', 'limited slots', 'slots available',
      'available slots', 'early slots', 'urgent slots', 'fast track', 'fast tracked', 'express visa', 'visa express', 'urgent visa', 'express service', 'express-service',
      'skip the queue', 'skip the line', 'no waiting', 'réservez maintenant', 'réservez vite', 'appelez maintenant',
      'créneaux disponibles', 'rendez vous rapide', 'rdv rapide', 'sans attente', 'reserva ya', 'reserve ya', 'llama ya', 'agenda ya',
      'cupos disponibles', 'citas disponibles ya', 'cita rápida', 'citas rápidas', 'visa rápida', 'sin esperas', 'sin filas',
      'agende já', 'reserve já', 'ligue já', 'vagas disponíveis', 'sem espera', 'sem fila', 'sem filas', 'vip appointment*',
      'agendamento vip', 'cita vip', 'citas vip', 'rendez vous vip', 'rdv vip', 'vip termin*', 'appuntamento vip', 'jetzt buchen', 'jetzt anrufen',
      'termin sichern', 'freie termine', 'termine frei', 'ohne wartezeit', 'запишитесь сейчас', 'бронируйте', 'без очереди', 'без очередей', 'без черг', 'без черги',
      'свободные слоты', 'срочная виза', '立即预约', '马上预约', '免排队', 'احجز الان', 'احجز موعدك', 'مواعيد متاحه',
      'بدون انتظار', 'hemen randevu', 'hemen arayın', 'sırasız', 'beklemeden', 'prenota ora', 'prenota subito', 'chiama ora',
      'posti disponibili', 'senza attesa', 'senza attese', 'senza code', 'places limitées', 'plazas limitadas', 'cupos limitados', 'vagas limitadas', 'posti limitati',
      'begrenzte plätze', 'места ограничены', 'send your cv', 'envoyez votre cv', 'envía tu cv', 'envie seu currículo', 'flat fee',
      'flat rate', 'pauschalpreis*', 'tarif forfaitaire', 'tarifa plana', 'prezzo fisso', 'фиксированная цена',
      'special price', 'special offer', 'prix spécial', 'offre spéciale', 'precio especial', 'oferta especial', 'preço especial',
      'sonderpreis', 'sonderangebot', 'специальная цена', 'спецпредложение', '特价', '特惠', 'سعر خاص', 'عرض خاص', 'özel fiyat',
      'özel teklif', 'prezzo speciale', 'offerta speciale',
      // Access sold from the inside: "contacts inside the consulate".
      'contacts inside', 'contacts in the embassy', 'contacts in the consulate', 'inside contacts', 'contacts à l intérieur',
      'contactos dentro', 'contactos en el consulado', 'contactos en la embajada', 'contatos dentro', 'contatos no consulado',
      'kontakte in der botschaft', 'kontakte im konsulat', 'связи в посольстве', 'связи в консульстве', '内部关系', 'علاقات داخل',
      'içeriden bağlantı', 'contatti interni', 'contatti in ambasciata',
    ],
  },
  {
    kind: 'commerce', label: 'service fees, low prices or discounts', negatable: true,
    phrases: [
      'cheap', 'cheapest', 'best price', 'best prices', 'low cost', 'affordable', 'service fee', 'service charge', 'discount',
      'discounts', 'pas cher', 'meilleur prix', 'prix bas', 'frais de service', 'barato', 'barata', 'mejor precio', 'precios bajos',
      'descuento', 'descuentos', 'honorarios', 'melhor preço', 'preço baixo', 'desconto', 'günstig', 'billig', 'bester preis',
      'rabatt', 'дешево', 'недорого', 'скидк*', '低价', '便宜', '价格优惠', '优惠价', 'ارخص', 'اسعار مناسبه', 'خصم', 'ucuz', 'uygun fiyat',
      'indirim', 'economico', 'prezzi bassi', 'miglior prezzo', 'sconto',
    ],
  },
  {
    // Payment before the service, the mark of advance-fee fraud: commerce with a service named (a treaty
    // body speaks of the "deposit" of instruments), and cancelled by a warning ("never pay a deposit").
    kind: 'commerce', label: 'payment in advance', negatable: true, withService: true,
    phrases: [
      'deposit', 'pay in advance', 'payment in advance', 'upfront payment', 'upfront fee', 'advance fee', 'advance payment',
      'acompte', 'paiement d avance', 'paiement à l avance', 'depósito', 'pago por adelantado', 'pago adelantado', 'anticipo',
      'pagamento antecipado', 'pagamento via pix', 'via pix', 'vorauszahlung', 'vorkasse', 'anzahlung', 'предоплата',
      'оплачивается заранее', 'оплата заранее', 'оплата вперед', '预付', '定金', '押金', 'دفعه مقدمه', 'عربون', 'ön ödeme', 'kapora',
      'pagamento anticipato', 'acconto', 'caparra',
    ],
  },
  {
    // A fee to register for what offices give for free (a scholarship, a visa lottery): with a service named.
    kind: 'commerce', label: 'a registration fee', negatable: true, withService: true,
    phrases: [
      'inscription payante', 'paid registration', 'registration fee', 'frais d inscription', 'cuota de inscripción',
      'inscripción pagada', 'taxa de inscrição', 'inscrição paga', 'anmeldegebühr', 'регистрационный взнос', 'رسوم التسجيل',
      'kayıt ücreti', 'quota di iscrizione', 'رسوم الملف', 'pay the registration', 'payer l inscription', 'pagar la inscripción',
      'pagá la inscripción', 'paga la inscripción', 'pague la inscripción', 'abonar la inscripción', 'abone la inscripción',
      'pagar a inscrição', 'pague a inscrição',
    ],
  },
  {
    // Payment through a payment app or a money transfer, which no consulate takes: commerce with a service named.
    kind: 'commerce', label: 'payment by app or money transfer', negatable: true, withService: true,
    phrases: ['zelle', 'venmo', 'cash app', 'cashapp', 'paypal', 'western union', 'moneygram', 'bitcoin', 'btc', 'usdt'],
  },
  {
    // A wallet to send money to: no office collects donations in a crypto wallet of its own account's.
    kind: 'commerce', label: 'a wallet for payments', negatable: true,
    phrases: ['donation wallet', 'crypto wallet', 'wallet address', 'btc wallet', 'usdt wallet', 'eth wallet', 'bitcoin wallet'],
  },
  {
    // A prize to claim: the opening of lottery fraud ("Congratulations! Claim your DV win").
    kind: 'commerce', label: 'a prize to claim', negatable: true,
    phrases: [
      // Not "you have won" alone: an embassy congratulates the winners of its own contests so.
      'claim your prize', 'claim your win', 'claim your winnings', 'claim your reward', 'lottery winner*', 'réclamez votre prix',
      'reclama tu premio', 'reclame su premio', 'resgate seu prêmio', 'fordern sie ihren gewinn an', 'получите свой выигрыш', '您已中奖',
      'ödülünüzü alın', 'riscatta il tuo premio',
    ],
  },
  {
    // Private messages as the way to buy: commerce only with a consular service named, and cancelled by a
    // negation ("we do not answer consular questions by DM").
    kind: 'commerce', label: 'contact by private message', negatable: true, withService: true,
    phrases: [
      'dm us', 'dm me', 'dm for', 'dm now', 'enquiries dm', 'inquiries dm', 'dms open', 'send us a dm', 'send a dm', 'inbox us', 'inbox me', 'inbox for', 'pm us',
      'pm for', 'in dm', 'via dm', 'by dm', 'messages privés', 'message privé', 'en message privé', 'par message privé',
      'mensaje privado', 'mensajes privados', 'mensagem privada', 'mensagens privadas', 'direktnachricht', 'رسائل خاصه', 'özel mesaj',
      'messaggio privato', 'messaggi privati', 'écrivez nous en dm', 'en dm', 'en mp', 'par mp', 'en privé', 'por dm', 'al dm', 'por md',
      'al md', 'por privado', 'al privado', 'por mensaje directo', 'mensaje directo', 'por mensagem direta', 'par message direct', 'escríbenos por whatsapp', 'escríbenos al whatsapp', 'no direct', 'chama no direct',
      'chama no privado', 'chama no zap', 'manda dm', 'per dm', 'schreib uns auf whatsapp', 'privatnachricht', 'в директ', 'в лс',
      'в личку', 'в личные сообщения', '私信', '私聊', '加微信', 'على الخاص', 'راسلنا خاص', 'dm den', 'dm atın', 'özelden',
      'scrivici su whatsapp', 'in privato', 'in direct', 'direct message', 'direct messages', 'mensaje directo', 'mensajes directos',
      'mensagem direta', 'mensagens diretas', 'message direct', 'messaggio diretto',
    ],
  },
  {
    kind: 'campaign', negatable: true,
    phrases: [
      'candidate', 'candidacy', 'presidential candidate', 'aspiring', 'aspirant', 'for president', 'for prime minister', 'for governor',
      'for senate', 'running for', 'vote for', 'vote me', 'campaign account', 'campaign office', 'campaign team', 'campaign hq',
      'campaign headquarters', 'presidential campaign', 'election campaign', 'electoral campaign', 'paid for by', 're elect',
      'reelect', 're election campaign', 'réélire', 'réélection', 'reelegir', 'reelección', 'reeleição', 'reeleger', 'wiederwahl',
      'переизбрание', '连任', 'اعاده انتخاب', 'yeniden seçilme', 'rielezione', 'rieleggere',
      'candidat', 'candidate', 'candidature', 'votez pour', 'campagne électorale', 'campagne présidentielle',
      'équipe de campagne', 'candidato', 'candidata', 'precandidato', 'precandidata', 'pre candidato', 'pre candidata',
      'candidatura', 'aspirante', 'vota por', 'votá por', 'vota a', 'campaña electoral', 'campaña presidencial', 'equipo de campaña',
      'para presidente', 'para presidenta', 'pré candidato', 'pré candidata', 'vote em', 'campanha eleitoral', 'campanha presidencial',
      'kandidat', 'kandidatin', 'kandidatur', 'spitzenkandidat*', 'kanzlerkandidat*', 'präsidentschaftskandidat*', 'wählt mich',
      'wahlkampf*', 'wahlkampagne', 'кандидат', 'кандидатура', 'кандидат в президенты', 'претендент', 'голосуйте за', 'голосуй за',
      'предвыборн*', 'избирательная кампания', 'избирательной кампании', 'избирательн* штаб*', '候选人', '参选', '竞选', '投票给',
      '请投', '拉票', 'مرشح', 'المرشح', 'مرشحه', 'المرشحه', 'ترشح', 'الترشح', 'صوتوا', 'انتخبوا', 'الحمله الانتخابيه',
      'حمله انتخابيه', 'aday', 'adayı', 'aday adayı', 'adaylık', 'oy verin', 'bana oy', 'seçim kampanyası', 'vota per', 'votate',
      'campagna elettorale', 'campagna presidenziale',
    ],
  },
  {
    kind: 'opposition',
    phrases: [
      'opposition', 'leader of the opposition', 'opposition leader', 'opposition party', 'shadow minister*', 'shadow secretar*',
      'shadow foreign secretary', 'shadow foreign minister', 'shadow foreign*', 'shadow cabinet', 'shadow chancellor',
      'shadow home secretary', 'shadow defence*', 'shadow defense*',
      'shadow attorney general', 'shadow spokes*', 'shadow trade*', 'shadow international*', 'shadow', "chef de l opposition",
      'cabinet fantôme', 'gouvernement fantôme', 'ministre fantôme', 'oposición', 'líder de la oposición', 'opositor', 'opositora',
      'gabinete en la sombra', 'gobierno en la sombra', 'gabinete sombra', 'oposição', 'líder da oposição', 'governo sombra',
      'oppositionsführer*', 'oppositionspartei', 'schattenkabinett', 'schattenminister*', 'schattenregierung', 'оппозиция',
      'оппозиции', 'оппозицион*', 'теневое правительство', 'теневой кабинет', 'теневой министр', 'теневого', '反对党', '反对派',
      '在野党', '影子内阁', '影子政府', 'المعارضه', 'معارضه', 'المعارض', 'معارض', 'حكومه الظل', 'وزير الظل', 'muhalefet', 'ana muhalefet',
      'gölge kabine', 'gölge bakan*', 'opposizione', "leader dell opposizione", 'governo ombra', 'ministro ombra', 'للمعارضه',
      // A government in exile speaks for a cause, not for the state's government.
      'in exile', 'government in exile', 'en el exilio', 'en exilio', 'en exil', 'no exílio', 'im exil', 'в изгнании', 'في المنفى',
      'in esilio', 'sürgündeki', 'sürgün hükümeti',
    ],
  },
  {
    kind: 'designate',
    phrases: [
      'designate', 'ambassador designate', 'nominee', 'ambassador nominee', 'nominated', 'pending confirmation', 'awaiting confirmation',
      'pending senate confirmation', 'awaiting senate confirmation', 'president elect', 'prime minister elect', 'incoming ambassador',
      'incoming high commissioner', 'incoming consul general', 'incoming head of mission', 'incoming envoy',
      'ambassadeur désigné', 'ambassadrice désignée', 'consul désigné', 'premier ministre désigné', 'ambassadeur pressenti',
      'ambassadrice pressentie', 'président élu', 'présidente élue', 'en attente de confirmation', 'désigné', 'désignée',
      'en attente d agrément', 'en attente de son agrément', 'en attente de l agrément', 'awaiting agrément', 'pending agrément',
      'awaiting agrement', 'pending agrement', 'confirmation hearing', 'nominado para', 'nominada para', 'propuesto como embajador',
      'propuesta como embajadora', 'in attesa di gradimento', 'in attesa del gradimento', '拟任',
      'embajador designado', 'embajadora designada', 'cónsul designado', 'cónsul designada', 'canciller designado',
      'canciller designada', 'ministro designado', 'ministra designada', 'nominado', 'nominada', 'presidente electo',
      'presidenta electa', 'pendiente de ratificación', 'pendiente de confirmación', 'embaixador designado', 'embaixadora designada',
      'embaixador indicado', 'embaixadora indicada', 'indicado para embaixador', 'indicada para embaixadora', 'presidente eleito',
      'presidenta eleita', 'aguardando sabatina', 'sabatina', 'indicado para a embaixada', 'indicada para a embaixada',
      'indicado ao cargo', 'indicada ao cargo', 'indicado para o cargo', 'indicada para o cargo', 'designiert*', 'nominiert*', 'номинирован*', 'выдвинут*', 'избранный президент',
      'designado', 'designada', 'designato', 'designata', '候任', '被提名', '获提名', '当选总统', 'السفير المعين', 'السفيره المعينه',
      'المرشح لمنصب', 'الرئيس المنتخب',
      // Taking office later: "will take up the post in January", "prise de fonctions prévue".
      'will take office', 'will take up', 'will assume office', 'will assume the post', 'prise de fonctions prévue',
      'prise de fonctions prochaine', 'prochaine prise de fonctions', 'upcoming assumption of office', 'próxima toma de posesión',
      'próxima asunción', 'nächster amtsantritt', 'bevorstehender amtsantritt',
      'prendra ses fonctions', 'prendra son poste', 'asumirá el cargo', 'asumirá funciones', 'tomará posesión', 'assumirá o cargo',
      'tomará posse', 'wird sein amt antreten', 'wird ihr amt antreten', 'вступит в должность', '将就任', '即将就任', 'سيتولى منصب',
      'göreve başlayacak', 'assumerà l incarico', 'entrerà in carica',
      'رئيس الوزراء المكلف', 'رئيس الحكومه المكلف', 'büyükelçi adayı', 'aday gösterildi', 'seçilmiş cumhurbaşkanı',
      'ambasciatore designato', 'ambasciatrice designata', 'presidente eletto', 'presidente incaricato', 'in attesa di conferma',
      // Credentials still to present: an ambassador is in office once the head of state has received them.
      'before presenting credentials', 'before presenting my credentials', 'before presenting his credentials',
      'before presenting her credentials', 'yet to present credentials', 'pending presentation of credentials',
      'avant la remise des lettres de créance', 'avant la remise de mes lettres de créance', 'avant la présentation des lettres de créance',
      'antes de presentar cartas credenciales', 'antes de presentar las cartas credenciales', 'antes de presentar mis cartas credenciales',
      'antes de apresentar as cartas credenciais', 'antes da apresentação das cartas credenciais', 'vor übergabe des beglaubigungsschreibens',
      'vor übergabe meines beglaubigungsschreibens', 'до вручения верительных грамот', 'после вручения верительных грамот',
      'приступлю к работе', 'приступит к работе', 'приступлю к обязанностям', '递交国书前', '即将赴任', '赴任前',
      'قبل تقديم اوراق الاعتماد', 'güven mektubunu sunmadan önce', 'güven mektubu sunmadan önce',
      'prima della presentazione delle credenziali', 'prima di presentare le credenziali',
      // Not yet accredited: named to a post, not yet in it.
      'not yet accredited', 'pas encore accrédité', 'pas encore accréditée', 'aún no acreditado', 'aún no acreditada',
      'todavía no acreditado', 'todavía no acreditada', 'ainda não acreditado', 'ainda não acreditada', 'noch nicht akkreditiert',
      'еще не аккредитован*', 'ещё не аккредитован*', 'non ancora accreditato', 'non ancora accreditata', 'henüz akredite',
    ],
  },
  {
    // Compounds; an ambassador word next to a word of AMBASSADOR_ADJECTIVES or AMBASSADOR_SUBJECTS is found too.
    kind: 'non_state_ambassador',
    phrases: [
      'brand ambassador', 'goodwill ambassador', 'ambassadeur de marque', 'ambassadrice de marque', 'embajador de marca',
      'embajadora de marca', 'embaixador da marca', 'embaixadora da marca', 'markenbotschafter*', 'tourismusbotschafter*',
      'ehrenbotschafter*', 'sportbotschafter*', 'jugendbotschafter*', 'kulturbotschafter*', 'friedensbotschafter*', 'амбассадор',
      'амбассадор бренда', 'посол доброй воли', 'посол мира', 'посол бренда', '品牌大使', '形象大使', '推广大使', '旅游大使',
      '亲善大使', '荣誉大使', '青年大使', '体育大使', '全球大使', '马拉松大使', '文化大使', '和平大使', '代言人',
      // Japanese: prefectures and towns name tourism, goodwill and PR "ambassadors" (観光大使, 親善大使).
      '観光大使', '親善大使', '応援大使', '広報大使', 'ふるさと大使', 'アンバサダー',
      'سفير العلامه التجاريه', 'سفير النوايا الحسنه', 'سفيره النوايا الحسنه', 'marka elçisi', 'iyi niyet elçisi', 'turizm elçisi',
      'gençlik elçisi', 'spor elçisi', 'kültür elçisi', 'barış elçisi', 'ambasciatore del marchio', 'ambasciatrice del marchio',
    ],
  },
];

/**
 * Phrases that contain a word of evidence against but are not evidence: a state's candidacy (a country is
 * an "EU candidate country"), a ministry's press office or legal department, a Russian academic degree.
 */
export const NOT_AGAINST = [
  'candidate country', 'candidate countries', 'pays candidat', 'pays candidats', 'país candidato', 'países candidatos',
  'paese candidato', 'paesi candidati', 'beitrittskandidat*', 'страна кандидат', 'страны кандидаты', '候选国', 'aday ülke',
  'aday ülkeler', 'الدول المرشحه', 'assessoria de imprensa', 'assessoria de comunicação', 'assessoria jurídica', 'consultoria jurídica',
  'consultoría jurídica', 'asesoría jurídica', 'asesoría de prensa', 'кандидат наук', 'кандидат истор*', 'кандидат эконом*',
  'кандидат полит*', 'кандидат юрид*', 'кандидат филол*', 'кандидат филос*', 'кандидат техн*', 'кандидат социол*',
  'кандидат педагог*', 'кандидат военн*', 'кандидат физ*', 'кандидат хим*', 'кандидат биол*', 'кандидат мед*', 'кандидат геогр*',
  'garantie de l état', 'shadow report', '临时代办', '新闻司', '新闻处', '新闻发言人', 'news service of', 'official news service',
];

/**
 * Campaign words that are official business in the same sentence as one of these: a state's own candidacy
 * to a seat in an international body ("Vote Somalia for the UN Security Council"), or an embassy telling
 * its citizens how to vote from abroad ("register to vote for the 2030 election from abroad").
 */
export const NOT_A_CAMPAIGN = [
  'security council', 'unsc', 'human rights council', 'hrc', 'non permanent member', 'non permanent seat', 'conseil de sécurité',
  'conseil des droits de l homme', 'membre non permanent', 'consejo de seguridad', 'consejo de derechos humanos',
  'miembro no permanente', 'conselho de segurança', 'conselho de direitos humanos', 'membro não permanente', 'sicherheitsrat',
  'menschenrechtsrat', 'совет безопасности', 'совбез', 'совет по правам человека', 'совет оон по правам человека', '安理会',
  '人权理事会', 'مجلس الامن', 'مجلس حقوق الانسان', 'güvenlik konseyi', 'insan hakları konseyi', 'consiglio di sicurezza',
  'consiglio dei diritti umani', 'executive board', 'conseil exécutif', 'consejo ejecutivo',
  'from abroad', 'overseas voters', 'voters abroad', 'register to vote', 'voter registration', 'postal vote', 'depuis l étranger',
  'à l étranger', 'inscrivez vous', 'vote par correspondance', 'desde el exterior', 'en el extranjero', 'voto en el exterior',
  'do exterior', 'no exterior', 'im ausland', 'aus dem ausland', 'briefwahl', 'за рубежом', 'за границей', '海外', 'في الخارج',
  'yurt dışı', 'yurtdışı', 'all estero', 'dall estero',
  // Applications for a scholarship or a post ("candidature" in French, "candidatura" in Spanish and Italian).
  'appel à candidatures', 'bourse', 'bourses', 'scholarship', 'scholarships', 'beca', 'becas', 'bolsa de estudos', 'bolsas de estudo',
  'stipendium', 'stipendien', 'borsa di studio', 'borse di studio', 'vacancy', 'vacancies', 'offre d emploi', 'offres d emploi',
  'convocatoria', 'vacante', 'vacantes',
];

/** Before an IN_OFFICE phrase, these leave the nominee waiting ("pending the presentation of credentials"). */
export const PENDING = [
  'pending', 'awaiting', 'before', 'until', 'en attente de', 'avant', 'pendiente de', 'pendiente', 'antes de', 'hasta', 'aguardando',
  'antes da', 'antes de', 'vor', 'bis zur', 'до', 'в ожидании', 'قبل', 'in attesa di', 'prima di', 'önce',
  // "not yet presented credentials": the credentials are still to come.
  'not yet', 'yet to', 'pas encore', 'aún no', 'todavía no', 'ainda não', 'noch nicht', 'ещё не', 'еще не', 'لم يقدم بعد', 'henüz',
  'non ancora',
];
/** In Chinese the wait is written around the phrase: "待递交国书", "尚未递交国书", "递交国书前". */
export const PENDING_CJK = { before: /(?:待|尚未|即将|将)$/u, after: /^(?:前|之前)/u };

/**
 * Taking office in a month with no year ("prise de fonctions en janvier", "takes up the post in
 * September") is a date still to come: a record of a past start carries its year. Folded (no accents).
 */
export const TAKES_OFFICE_IN = {
  phrases: [
    'prise de fonctions', 'prise de fonction', 'entree en fonctions', 'takes up the post', 'takes up post', 'taking up the post',
    'taking up post', 'takes office', 'toma de posesion', 'asume el cargo', 'tomada de posse', 'amtsantritt', 'presa di servizio',
  ],
  months: [
    'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
    'janeiro', 'fevereiro', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'januar', 'februar',
    'marz', 'juni', 'juli', 'oktober', 'dezember', 'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre',
    'ottobre', 'dicembre',
  ],
};

/** Said of a nominee once in office: cancels "designate" evidence ("nominated in March, sworn in in June"). */
export const IN_OFFICE = [
  'sworn in', 'confirmed by the senate', 'presented credentials', 'presented his credentials', 'presented her credentials',
  'a présenté ses lettres de créance', 'lettres de créance', 'cartas credenciales', 'credenciais', 'beglaubigungsschreiben',
  'верительные грамоты', '递交国书', 'اوراق اعتماده', 'اوراق اعتمادها', 'güven mektubu', 'lettere credenziali',
];

/** A person's title that, followed by a year ("President of Nigeria 2027", "Presidente 2030"), is a campaign slogan. */
export const CAMPAIGN_TITLES = [
  'president', 'président', 'présidente', 'presidente', 'presidenta', 'präsident', 'präsidentin', 'президент', 'رئيس',
  'cumhurbaşkanı', 'başkan', 'presidentessa', 'prime minister', 'premier ministre', 'primer ministro', 'primera ministra',
  'primeiro ministro', 'primeira ministra', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'премьер министр', 'رئيس الوزراء',
  'başbakan', 'governor', 'gouverneur', 'gobernador', 'gobernadora', 'governador', 'governadora', 'gouverneur', 'губернатор',
  'محافظ', 'vali', 'governatore', 'senator', 'sénateur', 'senador', 'senadora', 'senatore', 'mayor', 'maire', 'alcalde', 'alcaldesa',
  'prefeito', 'prefeita', 'bürgermeister', 'мэр', 'sindaco',
];

/** Ambassador words for the brand/event/cause test (not "consul": an honorary consul is a state's officer). */
export const AMBASSADOR_WORDS = [
  'ambassador', 'ambassadress', 'ambassadeur', 'ambassadrice', 'embajador', 'embajadora', 'embaixador', 'embaixadora', 'botschafter',
  'botschafterin', 'посол', 'посла', 'послом', 'سفير', 'السفير', 'سفيره', 'büyükelçi', 'büyükelçisi', 'elçi', 'elçisi',
  'ambasciatore', 'ambasciatrice',
];
/**
 * Next to an ambassador word only (before or after it): "Global Ambassador", "Youth Ambassador",
 * "ambassadeur mondial", "embajador honorario". Not after "for": "Ambassador for Global Health" is a post.
 */
export const AMBASSADOR_ADJECTIVES = [
  'volunteer', 'bénévole', 'voluntario', 'voluntaria', 'ehrenamtlicher', 'ehrenamtliche', 'global', 'worldwide', 'honorary', 'goodwill', 'brand', 'celebrity', 'influencer', 'youth', 'student', 'campus', 'cultural',
  'culture', 'peace', 'community', 'event', 'mondial', 'mondiale', 'honoraire', 'de bonne volonté', 'de la jeunesse', 'culturel',
  'culturelle', 'de la paix', 'mundial', 'honorario', 'honoraria', 'de buena voluntad', 'juvenil', 'de la paz', 'honorário',
  'honorária', 'da boa vontade', 'de boa vontade', 'da paz', 'weltweit', 'globaler', 'globale', 'guten willens', 'почетный',
  'глобальный', 'мировой', 'доброй воли', 'عالمي', 'فخري', 'النوايا الحسنه', 'fahri', 'küresel', 'iyi niyet', 'onorario',
  'onoraria', 'di buona volontà', 'della pace',
];
/**
 * What a non-state "ambassador" stands for, next to the word or after "of/for/de/du..." and a name:
 * "Tourism Ambassador", "Ambassador of the Lagos City Marathon", "embajador del turismo". Not the themes
 * states give ambassadors (climate, cyber, human rights, health, food security).
 */
export const AMBASSADOR_SUBJECTS = [
  'tourism', 'sport', 'sports', 'cricket', 'football', 'soccer', 'rugby', 'tennis', 'golf', 'basketball', 'olympic', 'olympics', 'olympique', 'olímpico', 'olímpica', 'olympischer', 'marathon', 'half marathon', 'race', 'games', 'cup', 'league', 'club', 'team', 'festival', 'brand',
  'fashion', 'beauty', 'fitness', 'wellness', 'music', 'travel', 'company', 'product', 'products', 'tourisme', 'touristique',
  'sportif', 'sportive', 'marque', 'course', 'jeux', 'turismo', 'turístico', 'turística', 'deporte', 'deportes', 'deportivo',
  'deportiva', 'maratón', 'marca', 'esporte', 'esportes', 'desporto', 'esportivo', 'maratona', 'tourismus', 'marke', 'туризма',
  'спорта', 'марафон*', 'бренда', 'السياحه', 'الرياضه', 'رياضي', 'ماراثون', 'الماراثون', 'العلامه التجاريه', 'turizm', 'spor',
  'maraton', 'marka', 'sportivo', 'marchio', 'platform', 'chess', 'esports', 'gaming', 'crypto',
  // Food and drink ("Ambassador of Italian cuisine"); not "food security", a theme states give ambassadors.
  'cuisine', 'gastronomy', 'culinary', 'food', 'wine', 'coffee', 'chocolate', 'gastronomie', 'culinaire', 'vin', 'gastronomía', 'cocina',
  'vino', 'gastronomia', 'culinária', 'vinho', 'küche', 'kulinarik', 'wein', 'кухни', 'гастрономии', 'вина', '美食', 'المطبخ',
  'mutfak', 'gastronomi', 'cucina', 'gusto', 'enogastronomia', 'pizza', 'pasta', 'tea', 'beer', 'cheese', 'olive oil', 'birra',
  'formaggio', 'bière', 'fromage', 'cerveza', 'queso', 'cerveja', 'queijo', 'bier', 'bieres', 'biers', 'weines', 'käse', 'caffè', 'espresso', 'café', 'kaffee',
  'кофе', 'kahve', 'القهوه', '咖啡',
];

/** Display-name words of a news, update or monitoring account ("Russia News", "Ukraine Updates"). */
/** A giveaway or a raffle named in a display name: an office may hold one, but is never named after it. */
export const GIVEAWAY_NAME_WORDS = [
  'giveaway', 'giveaways', 'raffle', 'sweepstakes', 'lottery', 'sorteo', 'sorteos', 'rifa', 'lotería', 'concours', 'tombola',
  'gewinnspiel', 'verlosung', 'sorteio', 'розыгрыш', 'лотерея', 'çekiliş', 'concorso', 'lotteria',
];

export const NEWS_NAME_WORDS = [
  'news', 'updates', 'update', 'digest', 'watch', 'monitor', 'tracker', 'actualités', 'actu', 'noticias', 'noticia', 'novedades',
  'notícias', 'atualizações', 'nachrichten', 'новости', 'вести', 'ньюс', '新闻', '资讯', '快讯', 'اخبار', 'الاخبار', 'نيوز',
  'haber', 'haberler', 'haberleri', 'gündem', 'notizie', 'aggiornamenti',
];

/** Negations and warnings: earlier in the same sentence, they cancel commerce and campaign phrases. */
export const NEGATORS = [
  'not', 'no', 'never', 'cannot', 't', 'dont', 'doesnt', 'cant', 'wont', 'without', 'beware', 'fraud*', 'scam*', 'fake',
  'warning', 'caution', 'ne', 'pas', 'jamais', 'aucun*', 'sans', 'méfiez', 'attention', 'arnaque*', 'escroquer*', 'nunca',
  'ningún', 'ninguna', 'ninguno', 'sin', 'cuidado', 'fraude*', 'estafa*', 'não', 'nenhum*', 'sem', 'golpe*', 'nicht', 'kein*',
  'nie', 'niemals', 'ohne', 'vorsicht', 'betrug*', 'не', 'нет', 'никогда', 'без', 'осторожно', 'мошен*', 'ніколи', 'обережно', 'шахра*', '不', '没有', '未', '非',
  '无', '勿', '谨防', '警惕', '诈骗', 'لا', 'ليس', 'لم', 'لن', 'احذر*', 'احتيال', 'asla', 'dikkat', 'dolandırıcı*', 'non', 'mai',
  'nessun*', 'senza', 'attenzione', 'truffa*', 'truffe',
];
/** Turkish negates after the word ("garanti değildir", "acente ile çalışmaz"). */
export const NEGATORS_AFTER = ['değil*', 'yok*', 'etmez*', 'vermez*', 'çalışmaz*', 'edilmez*'];

/**
 * What a business or a scam under an official name sells; named in the reason ("commercial service: visa
 * appointments"). Besides consular services, the money offers of advance-fee scams: an office never hands
 * out grants, loans or prizes through private messages or a mobile number. Only words a real office would
 * not put beside a sales number or "DM" belong here (not "scholarships" or "investment", which embassies
 * announce with an office line).
 */
export const CONSULAR_SERVICES: { service: string; phrases: string[] }[] = [
  {
    service: 'visas',
    phrases: [
      'visa', 'visas', 'visa s', 'evisa', 'schengen', 'green card', 'dv lottery', 'green card lottery', 'visado', 'visados', 'visto', 'vistos', 'visum', 'visa*', 'виза',
      // Persian (folded: ی is read as ي).
      'ويزا', 'ويزاي',
      'визы', 'визу', 'визов*', 'віза', 'візи', 'візу', 'віз', 'візов*', 'шенген*', '签证', 'ビザ', '査証', '비자', 'تاشيره', 'التاشيره', 'تاشيرات', 'التاشيرات', 'فيزا', 'vize', 'vizesi', 'visti',
    ],
  },
  {
    // Consular paperwork as such: offered by private message or for a fee, it is sold, not served.
    service: 'consular paperwork',
    phrases: [
      'consular services', 'consular paperwork', 'trámites consulares', 'servicios consulares', 'démarches consulaires',
      'services consulaires', 'serviços consulares', 'trâmites consulares', 'konsularische dienstleistungen', 'консульские услуги',
      'الخدمات القنصليه', 'konsolosluk hizmetleri', 'servizi consolari', 'pratiche consolari',
    ],
  },
  {
    service: 'appointments',
    phrases: [
      'appointment', 'appointments', 'slot', 'slots', 'interview', 'biometrics', 'cita', 'citas', 'turno', 'turnos', 'rendez vous',
      'rdv', 'créneau', 'créneaux', 'agendamento', 'agendamentos', 'termin', 'termine', 'terminvergabe', 'запись', 'записи', 'запис', 'запису',
      'слот', 'слоты', '预约', 'موعد', 'مواعيد', 'randevu', 'randevusu', 'appuntamento', 'appuntamenti', 'prenotazione',
    ],
  },
  {
    service: 'passports',
    phrases: [
      'passport', 'passports', 'pasaporte', 'pasaportes', 'passeport', 'passeports', 'passaporte', 'passaportes', 'reisepass',
      'паспорт', 'паспорта', '护照', 'جواز', 'جوازات', 'pasaport', 'passaporto', 'passaporti',
    ],
  },
  {
    service: 'residence and immigration',
    phrases: [
      'immigration', 'residency', 'residence permit', 'work permit', 'citizenship', 'inmigración', 'residencia', 'nacionalidad',
      'titre de séjour', 'immigration au', 'imigração', 'residência', 'cidadania', 'aufenthaltstitel', 'einbürgerung', 'иммиграц*',
      'resettlement', 'réinstallation', 'reasentamiento', 'reassentamento', 'neuansiedlung', 'переселение', '重新安置', 'اعاده التوطين',
      'yeniden yerleşim', 'reinsediamento',
      'внж', 'гражданство', '移民', 'اقامه', 'الاقامه', 'هجره', 'الهجره', 'oturma izni', 'çalışma izni', 'vatandaşlık',
      'immigrazione', 'permesso di soggiorno', 'cittadinanza',
    ],
  },
  {
    service: 'document legalisation',
    phrases: [
      'apostille', 'apostilles', 'legalisation', 'legalization', 'apostilla', 'legalización', 'légalisation', 'légalisations', 'apostila',
      'legalização', 'beglaubigung', 'legalisierung', 'легализация', 'легализации', 'апостиль', '认证', 'تصديق', 'apostil', 'legalizzazione',
    ],
  },
  {
    service: 'scholarships',
    phrases: [
      'scholarship', 'scholarships', 'bourse d études', 'bourses d études', 'bourses', 'beca', 'becas', 'bolsa de estudos',
      'bolsas de estudo', 'stipendium', 'stipendien', 'стипендия', 'стипендии', '奖学金', 'منحه دراسيه', 'منح دراسيه', 'burs', 'burslar',
      'borsa di studio', 'borse di studio',
    ],
  },
  {
    service: 'jobs abroad',
    phrases: [
      'jobs', 'job offers', 'lmia', 'jobs abroad', 'work abroad', 'seasonal work', 'seasonal workers', 'contratación en origen', 'trabajo en el extranjero',
      'empleo en el extranjero', 'temporeros', 'travail à l étranger', 'emploi à l étranger', 'trabalho no exterior',
      'emprego no exterior', 'jobs im ausland', 'arbeiten in deutschland', 'saisonarbeit', 'работа за границей',
      'работа за рубежом', '海外工作', '出国劳务', 'العمل في الخارج', 'وظائف', 'وظيفه', 'توظيف', 'yurt dışında iş', 'lavoro all estero',
    ],
  },
  {
    service: 'grants, loans or prizes',
    phrases: [
      'grant', 'grants', 'grant application*', 'aid application*', 'financial aid', 'financial assistance', 'cash assistance',
      'cash grant*', 'compensation claim*', 'claim your', 'loan', 'loans', 'lottery', 'jackpot', 'giveaway', 'crypto',
      'cryptocurrency', 'cryptocurrencies', 'bitcoin',
      'usdt', 'subvención', 'subvenciones', 'ayuda económica', 'ayudas económicas', 'préstamo', 'préstamos', 'lotería', 'sorteo',
      'subvention', 'subventions', 'aide financière', 'prêt bancaire', 'prêt personnel', 'loterie', 'subsídio', 'subsídios', 'auxílio financeiro',
      'empréstimo', 'empréstimos', 'loteria', 'sorteio', 'zuschuss', 'zuschüsse', 'fördergeld*', 'finanzhilfe', 'darlehen', 'lotterie',
      'gewinnspiel', 'грант', 'гранты', 'гранта', 'материальная помощь', 'финансовая помощь', 'кредит', 'кредиты', 'займ*', 'лотере*',
      'розыгрыш', '补助', '补贴', '资助', '贷款', '彩票', '抽奖', '加密货币', 'منحه', 'منح', 'مساعده ماليه', 'قرض', 'قروض', 'يانصيب',
      'hibe', 'hibesi', 'mali yardım', 'kredi', 'piyango', 'çekiliş', 'sovvenzione', 'sovvenzioni', 'contributo a fondo perduto',
      'aiuto economico', 'prestito', 'prestiti', 'lotteria',
    ],
  },
];

/** Two services named together read as one: "visa" and "appointments" are "visa appointments". */
export const SERVICE_PAIRS: [string, string, string][] = [
  ['visas', 'appointments', 'visa appointments'],
  ['passports', 'appointments', 'passport appointments'],
];
/** A phone number labelled with one of these is a citizens' emergency line, not a sales line. */
export const EMERGENCY_LABELS = [
  'emergency', 'emergencies', 'urgent consular', 'consular protection', 'citizens in distress', 'urgence', 'urgences',
  'protection consulaire', 'emergencia', 'emergencias', 'protección consular', 'emergência', 'emergências', 'proteção consular',
  'notfall*', 'notruf', 'bereitschaft*', 'экстренн*', 'консульская защита', '紧急', '应急', '领事保护', 'طوارئ', 'الطوارئ', 'للطوارئ',
  'الحمايه القنصليه', 'acil', 'emergenza', 'emergenze', 'protezione consolare',
];
/** A number right after one of these is an office line ("Tel: +1 202 ..."), not a sales line. */
export const OFFICE_LINE_LABELS = [
  'tel', 'tél', 'phone', 'telephone', 'téléphone', 'switchboard', 'standard', 'teléfono', 'telefono', 'centralita', 'telefone',
  'telefon', 'тел', 'телефон', '电话', '總機', 'هاتف', 'الهاتف', 'ت', 'santral', 'centralino',
];
/** An amount labelled with one of these is the state's own fee, not a price. */
export const OFFICIAL_FEE_LABELS = [
  'visa fee', 'visa fees', 'application fee', 'consular fee', 'consular fees', 'government fee', 'tasa consular', 'tasas consulares',
  'tasa de visado', 'arancel consular', 'aranceles consulares', 'derechos consulares', 'frais de visa', 'droits de chancellerie',
  'taxa consular', 'emolumentos consulares', 'visagebühr', 'visumgebühr', 'konsulargebühr*', 'консульский сбор', 'визовый сбор',
  '签证费', 'رسوم التاشيره', 'رسوم قنصليه', 'الرسوم القنصليه', 'vize harcı', 'konsolosluk harcı', 'diritti consolari',
  'tassa consolare',
];
/** Messaging apps: a number given for one of them is a sales line. */
export const MESSAGING_APPS = [
  'whatsapp', 'whats app', 'wsp', 'telegram', 'viber', 'zap', 'zapzap', 'ватсап', 'вотсап', 'вацап', 'телеграм', 'вайбер',
  'واتساب', 'واتس', 'تيليجرام', 'تلغرام',
];
/** Words between a label and its number ("WhatsApp us on +44 ...", "Tel. no. +1 ..."). */
export const NUMBER_FILLERS = [
  'us', 'me', 'on', 'at', 'to', 'via', 'no', 'nr', 'number', 'num', 'numero', 'número', 'номер', 'رقم', 'al', 'au', 'em', 'an', 'по',
  'or', 'ou', 'o',
];
/** Currencies next to a number make a price ("$199", "150 €", "USD 80", "3000 рублей"). */
export const CURRENCY_SYMBOLS = ['US$', 'R$', 'C$', 'A$', '$', '€', '£', '¥', '₹', '₽', '₺', '₦', '₱', '₩'];
export const CURRENCY_CODES = [
  'usd', 'eur', 'gbp', 'mxn', 'brl', 'ars', 'clp', 'rub', 'cny', 'rmb', 'aed', 'sar', 'egp', 'inr', 'ngn', 'kes', 'ghs', 'zar',
  'xof', 'xaf', 'fcfa', 'cfa', 'chf', 'cad', 'aud', 'jpy',
];
export const CURRENCY_WORDS = [
  'dollars', 'dollar', 'dólares', 'dolares', 'dólar', 'euros', 'euro', 'pesos', 'reais', 'libras', 'pounds', 'rupees', 'naira',
  'cedis', 'shillings', 'dirhams', 'riyals', 'lira', 'liras', 'tl', 'руб', 'рублей', 'рубля', 'долларов', 'евро', 'грн', 'гривень', 'доларів', 'євро', '元', '美元',
  '人民币', '欧元', 'درهم', 'ريال', 'دولار', 'جنيه', 'دينار', 'يورو',
];

/** "This is the official account" in the ten languages: supports an identification, never proves it. */
export const OFFICIAL_CLAIM = [
  'official account', 'official', 'compte officiel', 'officiel', 'cuenta oficial', 'oficial', 'perfil oficial', 'conta oficial',
  'offizieller account', 'offizieller', 'официальный аккаунт', 'официальная страница', 'официальный', 'офіційний акаунт', 'офіційна сторінка', 'офіційний', '官方账号', '官方', 'الحساب الرسمي',
  'رسمي', 'resmi hesap', 'resmi', 'account ufficiale', 'ufficiale', 'cuenta institucional',
];

/** Role words that need support (a country next to them, an official claim or a government badge). */
export const WEAK_PHRASES = new Set([
  'diplomatie', 'global affairs', 'relaciones exteriores', 'asuntos exteriores', 'relações exteriores', 'negócios estrangeiros',
  'dışişleri', 'الخارجيه', 'affaires étrangères', 'government', 'regierung', 'gouvernement', 'gobierno', 'governo', 'minister',
  'ministre', 'ministro', 'ministra', 'министр', 'وزير', 'bakanı', 'ministry of', 'ministry for', 'department of', 'ministère',
  'ministerio', 'ministério', 'ministerium', 'министерство', 'وزاره', 'bakanlığı', 'ministero', 'king', 'queen', 'roi', 'reine',
  'rey', 'reina', 'rei', 'rainha', 'könig', 'königin', 'король', 'королева', 'kral', 'kraliçe', 'emir', 'sultan', 'presidency',
  'amba', 'amb', 'consul', 'cónsul', 'cônsul', 'mission to', 'mission to the', 'delegation to', 'msn', 'mea', 'mfa', 'mofa', 'pmo',
  'chancellor', 'canciller', 'chanceler', 'bar', 'بعثه', 'البعثه', 'سفير', 'رئيس', '主席', 'sprecher', 'secretary',
]);

/**
 * Proper names of institutions that name their state only implicitly. Used only when nothing else in
 * the account names a country.
 */
export const INSTITUTIONS: [string, string][] = [
  ['auswärtiges amt', 'DE'], ['auswärtigen amts', 'DE'], ['auswärtigen amtes', 'DE'], ['bundesregierung', 'DE'], ['bundeskanzler', 'DE'],
  ['bundeskanzlers', 'DE'], ['bundeskanzlerin', 'DE'], ['regierungssprecher', 'DE'], ['bundespräsident', 'DE'], ['itamaraty', 'BR'],
  ['farnesina', 'IT'], ['presidente del consiglio dei ministri', 'IT'], ['quai d orsay', 'FR'], ['élysée', 'FR'], ['kremlin', 'RU'],
  ['fcdo', 'GB'], ['foreign commonwealth development office', 'GB'], ['white house', 'US'],
  ['potus', 'US'], ['state department', 'US'], ['department of state', 'US'], ['secretary of state', 'US'], ['dfat', 'AU'],
  ['mfat', 'NZ'], ['global affairs canada', 'CA'], ['mea', 'IN'], ['taoiseach', 'IE'], ['buitenlandse zaken', 'NL'],
  ['secretaría de relaciones exteriores', 'MX'], ['planalto', 'BR'], ...POPE.map((p): [string, string] => [p, 'VA']),
  ...SEATS_OF_STATE, ...SEATS_OF_GOVERNMENT, ...TAIPEI_OFFICES.map((o): [string, string] => [o, 'TW']),
];

/** Function words skipped between a role word and the state it belongs to ("Embassy of the Republic of"). */
export const CONNECTORS = [
  'of', 'the', 'for', 's', 'de', 'du', 'des', 'del', 'della', 'dell', 'di', 'da', 'do', 'das', 'dos', 'der', 'die', 'von', 'd', 'l',
  'la', 'le', 'el', 'republic', 'république', 'república', 'repubblica', 'republik', 'bundesrepublik', 'республики', 'республика',
  'جمهوريه', 'cumhuriyeti', 'kingdom', 'royaume', 'reino', 'regno', 'königreich', 'королевства', 'federal', 'federative', 'people',
  'peoples', 'oriental', 'plurinational', 'socialist', 'islamic', 'democratic', 'extraordinary', 'plenipotentiary', 'extraordinario',
  'plenipotenciario', 'extraordinário', 'plenipotenciário', 'e', 'and', 'et', 'y', 'und', 'чрезвычаиныи', 'и', 'полномочныи', 'h',
  'his', 'her', 'excellency', 'general', 'générale', 'generale', 'geral', 'permanent', 'permanente', 'government', 'gobierno',
  'gouvernement', 'governo', 'regierung', 'правительства', 'official', 'account', 'i', 'ai', 'nin', 'nın', 'nun', 'nün',
  'state', 'états', 'estado', 'staat', 'государства',
  // "Presidente Constitucional de la República de Guatemala".
  'constitutional', 'constitucional', 'constitutionnel', 'constitutionnelle', 'costituzionale',
];

/** Prepositions that introduce where a post is (the receiving state, or the organisation of a mission). */
/** Words between an organisation and the state it is posted in: "EU Delegation to Yemen", "UN Country Team in Kenya". */
export const ORG_POST_WORDS = [
  'delegation', 'délégation', 'delegación', 'delegação', 'delegazione', 'delegasyonu', 'представительство', 'office', 'bureau',
  'oficina', 'escritório', 'büro', 'ufficio', 'country team', 'team', 'mission',
];

export const HOST_PREPOSITIONS = [
  'in', 'to', 'at', 'near', 'en', 'au', 'aux', 'à', 'auprès', 'près', 'ante', 'em', 'no', 'na', 'nos', 'nas', 'junto', 'bei', 'beim',
  'den', 'в', 'во', 'при', 'في', 'لدى', 'presso', 'nel', 'nella', 'negli', 'nei', 'a', 'accredited', 'nezdinde', 'nezdindeki',
];
