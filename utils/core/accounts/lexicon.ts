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

export const ROLE_PHRASES: Record<LexRole, string[]> = {
  embassy: [
    'embassy', 'high commission', 'deputy high commission', 'ambassade', 'ambassade*', 'embajada', 'embaixada', 'botschaft',
    'посольство', 'посольств*', '大使馆', '大使館', 'سفاره', 'سفارت*', 'büyükelçiliği', 'büyükelçiliğ*', 'ambasciata',
    'haut commissariat', 'alto comisionado', 'hochkommission', 'amba',
  ],
  consulate: [
    'consulate', 'consulate general', 'consulat', 'consulat general', 'generalkonsulat', 'konsulat', 'consulado', 'consulado general',
    'consulado geral', 'консульство', 'консульств*', 'генконсульство', 'генконсульств*', '总领事馆', '领事馆', '总领馆', '總領事館',
    'القنصليه', 'قنصليه', 'başkonsolosluğu', 'başkonsolosluğ*', 'konsolosluğu', 'konsolosluğ*', 'consolato', 'consolato generale',
  ],
  ambassador: [
    'ambassador', 'amb', 'high commissioner', "chargé d'affaires", 'charge d affaires', 'consul general', 'consul général', 'consul',
    'permanent representative', 'ambassadeur', 'ambassadrice', 'haut commissaire', 'représentant permanent', 'consule',
    'embajador', 'embajadora', 'encargado de negocios', 'cónsul', 'cónsul general', 'representante permanente', 'embaixador', 'embaixadora',
    'encarregado de negócios', 'cônsul', 'cônsul-geral', 'botschafter', 'botschafterin', 'generalkonsul', 'generalkonsulin',
    'ständiger vertreter', 'ständige vertreterin', 'посол', 'посла', 'послом', 'послу', 'генконсул', 'генеральный консул',
    'постпред', 'постоянный представитель', '大使', '总领事', '常驻联合国代表', 'سفير', 'السفير', 'سفيره', 'القنصل العام',
    'المندوب الدائم', 'büyükelçi', 'başkonsolos', 'daimi temsilci', 'ambasciatore', 'ambasciatrice', 'console generale',
    'rappresentante permanente', 'incaricato d affari', 'suursaadik',
  ],
  mission: [
    'permanent mission', 'mission to', 'mission to the', 'delegation to', 'permanent delegation', 'permanent representation',
    'mission permanente', 'représentation permanente', 'délégation permanente', 'misión permanente', 'representación permanente',
    'delegación permanente', 'missão permanente', 'representação permanente', 'delegação permanente', 'ständige vertretung',
    'постоянное представительство', 'постоянного представительства', 'постпредство', 'постпредств*', 'постоянное представительств*',
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
    'auswärtige amt', 'министерство иностранных дел', 'министерства иностранных дел', 'мид', 'мзс', '外交部', 'وزاره الخارجيه',
    'الخارجيه', 'dışişleri bakanlığı', 'dışişleri', 'ministero degli affari esteri', 'ministero degli esteri', 'farnesina',
    'buitenlandse zaken', 'ministerie van buitenlandse zaken', 'quai d orsay', 'fcdo', 'dfat', 'mfat', 'mea',
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
  ],
  head_of_government: [
    'prime minister', "prime minister s office", 'office of the prime minister', 'pmo', 'premier ministre', 'première ministre',
    'primer ministro', 'primera ministra', 'presidente del gobierno', 'presidenta del gobierno', 'primeiro ministro',
    'primeira ministra', 'presidente do governo', 'bundeskanzler', 'bundeskanzlerin', 'bundeskanzlers', 'bundeskanzleramt',
    'chancellor', 'премьер министр', 'председатель правительства', '总理', 'رئيس الوزراء', 'رئيس مجلس الوزراء', 'başbakan',
    'presidente del consiglio', 'presidente del consiglio dei ministri', 'taoiseach', 'downing street',
  ],
  head_of_state: [
    'president of the republic', 'président de la république', 'présidence de la république', 'presidente de la república',
    'presidente da república', 'presidente della repubblica', 'bundespräsident', 'bundespräsidentin', 'президент', '国家主席',
    'رئيس الجمهوريه', 'رئيس دوله', 'cumhurbaşkanı', 'cumhurbaşkanlığı', 'king', 'queen', 'his majesty', 'her majesty', 'roi',
    'reine', 'rey', 'reina', 'rei', 'rainha', 'könig', 'königin', 'король', 'королева', '国王', 'الملك', 'جلاله', 'kral', 'kraliçe',
    'emir', 'sultan', 'élysée', 'kremlin', 'white house', 'potus', 'presidency',
  ],
  government: [
    'ministry of', 'ministry for', 'department of', 'government of', 'government', 'federal government', 'ministère',
    'gouvernement', 'ministerio', 'gobierno', 'ministério', 'governo', 'ministerium', 'bundesministerium', 'bundesregierung',
    'regierung', 'министерство', 'правительство', 'правительства', '政府', '国防部', 'وزاره', 'الحكومه', 'حكومه', 'bakanlığı',
    'hükümeti', 'ministero', 'minister', 'ministre', 'ministro', 'ministra', 'министр', 'وزير', 'bakanı', 'ministry of defence',
    'ministry of defense', 'department of defense', 'cabinet office',
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
  'Council of Europe': { names: ['council of europe', 'conseil de l europe', 'consejo de europa', 'europarat', 'совет европы'], acronyms: ['CoE'] },
  'Arab League': { names: ['arab league', 'league of arab states', 'جامعه الدول العربيه', 'ligue arabe', 'liga árabe'], acronyms: [] },
  GCC: { names: ['gulf cooperation council', 'مجلس التعاون الخليجي'], acronyms: ['GCC'] },
  ECOWAS: { names: ['economic community of west african states', 'cedeao'], acronyms: ['ECOWAS', 'CEDEAO'] },
  OIC: { names: ['organisation of islamic cooperation', 'organization of islamic cooperation', 'منظمه التعاون الاسلامي'], acronyms: ['OIC'] },
  UNESCO: { names: ['unesco', 'юнеско', '联合国教科文组织'], acronyms: ['UNESCO'] },
  UNICEF: { names: ['unicef', 'юнисеф'], acronyms: ['UNICEF'] },
  UNHCR: { names: ['unhcr', 'un refugee agency', 'un refugee agency'], acronyms: ['UNHCR', 'HCR', 'ACNUR'] },
  IAEA: { names: ['international atomic energy agency', 'магатэ'], acronyms: ['IAEA', 'AIEA'] },
  WTO: { names: ['world trade organization', 'organisation mondiale du commerce', 'всемирная торговая организация'], acronyms: ['WTO', 'OMC'] },
  IMF: { names: ['international monetary fund', 'fonds monétaire international', 'fondo monetario internacional'], acronyms: ['IMF', 'FMI'] },
  Commonwealth: { names: ['commonwealth secretariat'], acronyms: [] },
};

/**
 * Disqualifiers: former/retired, parody and fan, unofficial/not affiliated, personal accounts, press and
 * think tanks, businesses borrowing diplomatic words. A hit makes the account not official whatever else it
 * claims (a listed account is not affected: the directory is checked first).
 */
export const NEGATIVE_PHRASES: Record<string, string[]> = {
  former: [
    'former', 'formerly', 'ex', 'retired', 'ret', 'ancien', 'ancienne', 'retraité', 'retraitée', 'antiguo', 'antigua', 'exembajador',
    'exembajadora', 'exministro', 'exministra', 'jubilado', 'jubilada', 'antigo', 'antiga', 'aposentado', 'aposentada', 'ehemalig*',
    'im ruhestand', 'бывший', 'бывшая', 'бывш*', 'экс', 'в отставке', '前任', '前大使', '前外长', '前总统', '退休', 'السابق',
    'السابقه', 'سابق', 'متقاعد', 'eski', 'emekli', 'in pensione', 'tidligere', 'voormalig',
  ],
  parody: [
    'parody', 'parodie', 'parodia', 'paródia', 'пародия', 'пародийный', 'пародийн*', '恶搞', '戏仿', '模仿账号', 'ساخر', 'ساخره',
    'parodi', 'satire', 'satirical', 'satira', 'sátira', 'satirique', 'сатира', 'hiciv', 'not really', 'memes', 'shitposting',
  ],
  fan: [
    'fan account', 'fan club', 'fanclub', 'fan page', 'fans', 'fan made', 'compte de fans', 'compte fan', 'cuenta fan', 'club de fans',
    'fã clube', 'fãs', 'фан клуб', 'фанат*', '粉丝', 'معجبين', 'hayran', 'hayran hesabı', 'fan',
  ],
  unofficial: [
    'unofficial', 'non official', 'non officiel', 'non officielle', 'no oficial', 'não oficial', 'inoffiziell', 'inoffizieller',
    'неофициальный', 'неофициальн*', '非官方', 'غير رسمي', 'غير رسميه', 'resmi olmayan', 'gayriresmi', 'non ufficiale',
    'not affiliated', 'no affiliation', 'no relation', 'non affilié', 'non affiliée', 'sans lien', 'no afiliado', 'no afiliada',
    'sin relación', 'sin afiliación', 'não afiliado', 'não afiliada', 'sem relação', 'nicht verbunden', 'keine verbindung',
    'не связан*', 'не аффилирован*', '无关', '與官方無關', 'غير تابع', 'لا علاقه', 'bağlantısı yoktur', 'ilişkisi yoktur',
    'non affiliato', 'non affiliata', 'nessun legame', 'mirror', 'bot', 'automated', 'not a government',
  ],
  personal: [
    'personal account', 'personal views', 'views my own', 'views are my own', 'views are mine', 'opinions my own', 'opinions are my own',
    'opinions mine', 'views expressed are my own', 'compte personnel', 'avis personnels', 'opinions personnelles', 'cuenta personal',
    'opiniones personales', 'las opiniones son mías', 'opiniones son mías', 'conta pessoal', 'opiniões pessoais', 'opiniões são minhas',
    'privater account', 'private account', 'meine meinung', 'persönliche meinung', 'личный аккаунт', 'личная страница', 'личное мнение',
    '个人账号', '个人观点', 'حساب شخصي', 'اراء شخصيه', 'الاراء شخصيه', 'kişisel hesap', 'görüşler kişisel', 'kişisel görüş*',
    'account personale', 'opinioni personali',
  ],
  press: [
    'journalist', 'journaliste', 'periodista', 'jornalista', 'journalistin', 'журналист', 'журналистка', '记者', 'صحفي', 'صحفيه',
    'gazeteci', 'giornalista', 'correspondent', 'correspondant', 'correspondante', 'corresponsal', 'correspondente', 'korrespondent',
    'korrespondentin', 'корреспондент', 'مراسل', 'muhabir', 'corrispondente', 'reporter', 'newsletter', 'news aggregator', 'aggregator',
    'think tank', 'policy institute', 'groupe de réflexion', 'laboratoire d idées', 'centro de estudios', 'centro de pensamiento',
    'denkfabrik', 'аналитический центр', '智库', 'مركز ابحاث', 'düşünce kuruluşu', 'centro studi', 'nonpartisan', 'non partisan',
    'charity', 'ngo', 'non profit', 'nonprofit', 'independent organisation', 'independent organization', 'independent policy',
    'independent charity', 'professor', 'political scientist', 'analyst', 'pas diplomate', 'not a diplomat', 'tracking what',
    'united nations association', 'model united nations', 'model un', 'student run',
  ],
  business: [
    'brand ambassador', 'goodwill ambassador', 'ambassadeur de marque', 'ambassadrice de marque', 'embajador de marca', 'embajadora de marca',
    'embaixador da marca', 'embaixadora da marca', 'markenbotschafter', 'markenbotschafterin', 'амбассадор', 'амбассадор бренда',
    '品牌大使', 'سفير العلامه التجاريه', 'marka elçisi', 'ambasciatore del marchio', 'hotel', 'hotels', 'hôtel', 'suites', 'bar', 'grill',
    'restaurant', 'café', 'coffee', 'cocktails', 'pastries', 'happy hour', 'discount', 'promo code', 'shop', 'store', 'private agency',
    'agencia privada', 'club', 'dance music', 'record label', 'festival', 'singer', 'songwriter', 'dj', 'collabs',
  ],
};

/** "This is the official account" in the ten languages: supports an identification, never proves it. */
export const OFFICIAL_CLAIM = [
  'official account', 'official', 'compte officiel', 'officiel', 'cuenta oficial', 'oficial', 'perfil oficial', 'conta oficial',
  'offizieller account', 'offizieller', 'официальный аккаунт', 'официальная страница', 'официальный', '官方账号', '官方', 'الحساب الرسمي',
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
  ['downing street', 'GB'], ['fcdo', 'GB'], ['foreign commonwealth development office', 'GB'], ['white house', 'US'],
  ['potus', 'US'], ['state department', 'US'], ['department of state', 'US'], ['secretary of state', 'US'], ['dfat', 'AU'],
  ['mfat', 'NZ'], ['global affairs canada', 'CA'], ['mea', 'IN'], ['taoiseach', 'IE'], ['buitenlandse zaken', 'NL'],
  ['secretaría de relaciones exteriores', 'MX'], ['casa rosada', 'AR'], ['planalto', 'BR'],
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
];

/** Prepositions that introduce where a post is (the receiving state, or the organisation of a mission). */
export const HOST_PREPOSITIONS = [
  'in', 'to', 'at', 'near', 'en', 'au', 'aux', 'à', 'auprès', 'près', 'ante', 'em', 'no', 'na', 'nos', 'nas', 'junto', 'bei', 'beim',
  'den', 'в', 'во', 'при', 'في', 'لدى', 'presso', 'nel', 'nella', 'negli', 'nei', 'a', 'accredited', 'nezdinde', 'nezdindeki',
];
