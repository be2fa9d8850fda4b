// Evidence against beats any title: visa sellers and consultancies, candidates and campaigns, the
// opposition, nominees not yet in office, "ambassadors" of brands and events, news and fan accounts are not
// official, whatever role, country or claim they also show. Each refusing case has a nearby honest account
// that must stay official. Cases written for these tests, in the ten languages.
import { describe, expect, it } from 'vitest';
import type { AccountInput } from '../../utils/core/model';
import { inferAccount } from '../../utils/core/accounts';

const x = (handle: string, name: string, bio: string, badge: AccountInput['badge'] = 'none'): AccountInput => ({ platform: 'x', handle, name, bio, badge });

/** [label, refusing account, what its reason says, honest account nearby, its country and role]. */
type Pair = [string, AccountInput, RegExp, AccountInput, [string | null, string]];

const COMMERCE: Pair[] = [
  ['en visa slots on WhatsApp',
    x('USVisaSlotsNG', 'US Embassy Visa Appointments', 'Early US visa interview slots in Lagos and Abuja. WhatsApp +234 803 555 0147. 100% guaranteed.'),
    /commercial service: visa appointments.*WhatsApp or Telegram number/,
    x('IrelandinNigeria', 'Embassy of Ireland in Nigeria', 'Consular services of the Embassy of Ireland: appointments via our website. Visa information on ireland.ie/abuja.'),
    ['IE', 'embassy']],
  ['en consultancy',
    x('CanEmbVisaDXB', 'Canadian Embassy Visa Consultants', 'Canada visa consultancy in Dubai: study, work and visitor visas. Best prices. DM us for info.'),
    /commercial service: visas.*agency or consultancy/,
    x('CanEmbUAE', 'Embassy of Canada to the UAE', 'Official account. Visa and passport services: appointments through our website only. The Embassy does not work with visa agents.'),
    ['CA', 'embassy']],
  ['en phone for visas (an emergency line is not)',
    x('SpainVisaDeskLDN', 'Spanish Embassy Visa Desk', 'Schengen visa appointments in London: call +44 20 7946 0321.'),
    /commercial service: visa appointments \(phone number/,
    x('SpainInUK', 'Embassy of Spain in the UK', 'Emergency phone for Spanish citizens: +44 20 7235 5555. Visa information and appointments on our website.'),
    ['ES', 'embassy']],
  ['en "DM" only with a sale (a refusal to answer by DM is not)',
    x('ItalyVisaKE', 'Italian Embassy Visa Appointments Nairobi', 'Schengen visa appointments for Italy. DM us to book your slot.'),
    /commercial service: visa appointments.*private message/,
    x('ItalyinKenya', 'Embassy of Italy in Kenya', 'Official account. We cannot answer visa questions by DM: please write to the consular section.'),
    ['IT', 'embassy']],
  ['es citas with a price',
    x('CitasVisaUSA_es', 'Embajada de Estados Unidos - Citas Visa', 'Citas para la visa americana en Madrid. Precio: 150 €. Escríbenos por WhatsApp.'),
    /commercial service: visa appointments.*price "150 €"/,
    x('EmbaMexEsp', 'Embajada de México en España', 'Cuenta oficial. Citas consulares: agende su cita en MiConsulado. Protección consular: +34 91 369 2814.'),
    ['MX', 'embassy']],
  ['es gestoría',
    x('GestoriaConsulado', 'Consulado de España - Gestoría Visados', 'Gestoría: tramitamos tu visado y tu cita en el Consulado. Honorarios desde 90 USD.'),
    /commercial service: visa appointments.*agency or consultancy "gestoría"/,
    x('ConsEspMiami', 'Consulado General de España en Miami', 'Cuenta oficial. Visados y pasaportes: cita previa en nuestra web. No trabajamos con gestorías ni intermediarios.'),
    ['ES', 'consulate']],
  ['fr rendez-vous garanti',
    x('RDVVisaFranceCI', 'Ambassade de France - RDV Visa', 'Rendez-vous visa garanti pour la France. Contactez-nous en DM ou WhatsApp +225 07 12 34 56 78.'),
    /commercial service: visa appointments.*guaranteed results "garanti"/,
    x('FranceauSenegal', 'Ambassade de France au Sénégal', 'Compte officiel. Rendez-vous visa : uniquement sur France-Visas, le rendez-vous est gratuit.'),
    ['FR', 'embassy']],
  ['pt despachante',
    x('DespachanteVistoSP', 'Consulado Americano - Despachante de Vistos', 'Despachante: agendamento de visto americano em São Paulo. Aprovação garantida! Chama no direct.'),
    /commercial service: visa appointments.*despachante/,
    x('ConsBrasilLisboa2', 'Consulado-Geral do Brasil em Lisboa', 'Perfil oficial. Agendamentos de passaporte e vistos pelo portal e-consular. Não trabalhamos com despachantes.'),
    ['BR', 'consulate']],
  ['de Termin garantiert',
    x('VisaTermineDE', 'Deutsche Botschaft Visa Termine', 'Schnelle Visa-Termine für Deutschland. Garantiert! Preis: 250 €. Schreib uns auf WhatsApp.'),
    /commercial service: visa appointments.*guaranteed results "garantiert"/,
    x('GermanyinNigeria', 'Deutsche Botschaft Abuja', 'Offizieller Account der Deutschen Botschaft in Nigeria. Visa-Termine nur über das Auslandsportal; Termine sind kostenlos.'),
    ['DE', 'embassy']],
  ['ru визовое агентство',
    x('usa_visa_ru', 'Посольство США - визы', 'Запись на собеседование в посольство США. Визовое агентство. Гарантия 100%. Пишите в директ или Telegram +7 916 123 45 67.'),
    /commercial service: visa appointments.*agency or consultancy "визовое агентство"/,
    x('RusEmbTurkey', 'Посольство России в Турции', 'Официальный аккаунт. Консульский отдел: запись на приём через сайт. Экстренная связь для граждан России: +90 312 439 21 22.'),
    ['RU', 'embassy']],
  ['zh 签证加急 包过',
    x('USVisaCN', '美国大使馆签证预约', '美国签证加急预约，包过！加微信咨询。'),
    /commercial service: visa appointments.*guaranteed results "包过"/,
    x('ChinaEmbUK', '中国驻英国大使馆', '中华人民共和国驻英国大使馆官方账号。签证预约请通过官网办理，谨防中介诈骗。'),
    ['CN', 'embassy']],
  ['ar مواعيد مضمونة',
    x('USVisaKSA', 'سفارة الولايات المتحدة - مواعيد التأشيرة', 'حجز مواعيد تأشيرة أمريكا بسرعة. مضمون 100%. واتساب +966 55 123 4567'),
    /commercial service: visa appointments.*WhatsApp or Telegram number/,
    x('KSAEmbUK2', 'سفارة المملكة العربية السعودية في المملكة المتحدة', 'الحساب الرسمي. مواعيد التأشيرات عبر الموقع الرسمي فقط. للطوارئ: +44 20 7917 3000'),
    ['SA', 'embassy']],
  ['tr vize danışmanlık',
    x('ABDVizeRandevu', 'ABD Büyükelçiliği Vize Randevu', 'ABD vize randevusu hızlı ve garantili. Vize danışmanlık. WhatsApp: 0532 123 45 67'),
    /commercial service: visa appointments.*agency or consultancy/,
    x('TC_Berlin', "Türkiye'nin Berlin Büyükelçiliği", 'Resmi hesap. Vize ve pasaport randevuları konsolosluk web sitesi üzerinden alınır; randevu ücretsizdir.'),
    ['TR', 'embassy']],
  ['it agenzia visti',
    x('VistiItaliaFast', 'Ambasciata Italiana Visti', "Appuntamenti visto per l'Italia in 48 ore. Agenzia visti, successo garantito. Prezzo 120 €."),
    /commercial service: visa appointments.*agenzia visti/,
    x('ItalyinJPN2', "Ambasciata d'Italia a Tokyo", "Account ufficiale. Visti: appuntamento sul portale Prenot@mi. L'Ambasciata non si avvale di agenzie."),
    ['IT', 'embassy']],
  ['en grants by private message (an office publishes its calls)',
    x('JPGrantsDeskKE', 'Embassy of Japan Grants Office', 'Apply for grants and financial aid from Japan. Send us a DM with your details.'),
    /commercial service: grants, loans or prizes.*private message/,
    x('JapanEmbKenya', 'Embassy of Japan in Kenya', 'Official account. Grassroots grant programme: calls for proposals on our website.'),
    ['JP', 'embassy']],
  ['es préstamos on WhatsApp',
    x('EmbUSAyudas', 'Embajada de EE.UU. - Ayudas', 'Préstamos y ayudas económicas para ciudadanos. Escríbenos por WhatsApp +1 555 0142 123.'),
    /commercial service: grants, loans or prizes/,
    x('EmbEspCol', 'Embajada de España en Colombia', 'Cuenta oficial. Becas y ayudas de la Cooperación Española: convocatorias en nuestra web.'),
    ['ES', 'embassy']],
  ['ru payment in advance for work visas (a warning against deposits is not)',
    x('VizaRabotaPL', 'Посольство Польши — рабочие визы', 'Рабочие визы и работа за границей. Оформление оплачивается заранее.'),
    /commercial service: .*payment in advance/,
    x('PolandinRussia', 'Посольство Польши в России', 'Официальный аккаунт Посольства Польши. Визы: только через визовый центр, никогда не вносите предоплату посредникам.'),
    ['PL', 'embassy']],
  ["de a business's own disclaimer",
    x('GreenCardHilfe', 'US-Botschaft Green Card Hilfe', 'Wir helfen bei der Green-Card-Lotterie. Keine Dienststelle der US-Regierung.'),
    /says it is unofficial or not affiliated/,
    x('USBotschaft', 'US-Botschaft Berlin', 'Offizieller Account der Botschaft der Vereinigten Staaten in Deutschland.'),
    ['US', 'embassy']],
  ['fr answers by private message, de pay after success',
    x('RdvVisaDakar', 'Ambassade de France au Sénégal', 'Informations visas et rendez-vous consulaires. Réponses rapides en messages privés.'),
    /commercial service: visa appointments.*private message/,
    x('FranceSenegal2', 'Consulat général de France à Dakar', 'Compte officiel. Rendez-vous visa sur France-Visas ; nous ne répondons pas aux demandes en messages privés.'),
    ['FR', 'consulate']],
  ['fr booking for you, paid after confirmation',
    x('RdvConsulatFR', 'Rendez-vous Visa France', 'Pas de créneau au consulat ? Notre équipe réserve pour vous des rendez-vous visa. Vous ne payez qu après confirmation.'),
    /commercial service: visa appointments/,
    x('FranceauMaroc2', 'Consulat général de France à Casablanca', 'Compte officiel. Les rendez-vous visa sont gratuits et ouverts sur France-Visas.'),
    ['FR', 'consulate']],
  ['de pay after success',
    x('VisaTerminDE', 'Termin-Service Botschaft', 'Visa-Termine für Deutschland, schneller als über das Portal. Zahlung erst nach Erfolg.'),
    /commercial service: visa appointments/,
    x('GermanEmbAccra', 'Deutsche Botschaft Accra', 'Offizieller Account der Deutschen Botschaft in Ghana. Visa-Termine nur über das Auslandsportal.'),
    ['DE', 'embassy']],
  ['es precio especial, fr contacts inside',
    x('VisaRapidaMx', 'Consulado Visas Rápidas', 'Tu visa en tiempo récord con nuestros contactos dentro del consulado. Precio especial hasta el viernes.'),
    /commercial service: visas.*sales pitch/,
    x('ConsulMexMiami', 'Consulado de México en Miami', 'Cuenta oficial del Consulado de México en Miami. Citas en MiConsulado, sin costo.'),
    ['MX', 'consulate']],
];

const CAMPAIGN: Pair[] = [
  ['en "President of <country> <year>"',
    x('Okafor4Nigeria', 'President of Nigeria 2027', 'A new Nigeria is possible. Join the movement.'),
    /candidate or election campaign.*president of nigeria 2027/,
    x('NigeriaPresidency', 'President of Nigeria', 'Official account of the President of the Federal Republic of Nigeria. Elected 2023.'),
    ['NG', 'head_of_state']],
  ['en aspiring candidate',
    x('AdeAspires', 'Ade Balogun for President', 'Aspiring presidential candidate of Ghana. Vote for change.'),
    /candidate or election campaign/,
    x('MFAGhana2', 'Ministry of Foreign Affairs Ghana', 'Official account of the Ministry of Foreign Affairs, Republic of Ghana. Vote for Ghana at the UN Security Council!'),
    ['GH', 'foreign_ministry']],
  ['es precandidato',
    x('Perez2026', 'Presidente de Colombia 2026', 'Precandidato presidencial. Cuenta oficial de campaña.'),
    /candidate or election campaign/,
    x('PresidenciaCO', 'Presidente de la República de Colombia', 'Cuenta oficial del Presidente de la República de Colombia.'),
    ['CO', 'head_of_state']],
  ['fr candidat',
    x('Martin2027', 'Jean Martin - Président 2027', "Candidat à l'élection présidentielle au Sénégal. Équipe de campagne."),
    /candidate or election campaign/,
    x('PresidenceSN', 'Président de la République du Sénégal', 'Compte officiel de la Présidence de la République du Sénégal.'),
    ['SN', 'head_of_state']],
  ['pt pré-candidato',
    x('LimaPresidente', 'Carlos Lima Presidente', 'Pré-candidato à Presidência do Brasil. Vote em quem trabalha!'),
    /candidate or election campaign/,
    x('ItamaratyGovBr', 'Itamaraty', 'Perfil oficial do Ministério das Relações Exteriores do Brasil. Candidatura do Brasil ao Conselho de Direitos Humanos da ONU.', 'grey'),
    ['BR', 'foreign_ministry']],
  ['de Kanzlerkandidat',
    x('MaxMuster', 'Max Muster', 'Kanzlerkandidat für Deutschland. Wahlkampf-Team, offizieller Account.'),
    /candidate or election campaign/,
    x('Bundeskanzler', 'Bundeskanzler', 'Offizieller Account des Bundeskanzlers der Bundesrepublik Deutschland.'),
    ['DE', 'head_of_government']],
  ['ru кандидат в президенты',
    x('petrov_2030', 'Иван Петров — кандидат в президенты', 'Кандидат в президенты России. Предвыборный штаб.'),
    /candidate or election campaign/,
    x('KremlinRussia', 'Президент России', 'Официальный аккаунт Президента Российской Федерации.'),
    ['RU', 'head_of_state']],
  ['zh 总统候选人',
    x('PHcandidate', '菲律宾总统候选人', '竞选菲律宾总统。'),
    /candidate or election campaign/,
    x('ChinaMissionUN2', '中国常驻联合国代表团', '中华人民共和国常驻联合国代表团。中国竞选联合国人权理事会成员。'),
    ['CN', 'mission']],
  ['ar مرشح',
    x('EgyCandidate', 'مرشح رئاسة جمهورية مصر العربية', 'المرشح لرئاسة جمهورية مصر العربية. صوتوا للتغيير'),
    /candidate or election campaign/,
    x('MfaEgypt', 'وزارة الخارجية المصرية', 'الحساب الرسمي لوزارة الخارجية - جمهورية مصر العربية. ترشح مصر لعضوية مجلس حقوق الإنسان', 'grey'),
    ['EG', 'foreign_ministry']],
  ['tr cumhurbaşkanı adayı',
    x('AliYilmazAday', 'Cumhurbaşkanı Adayı Ali Yılmaz', "Türkiye'nin cumhurbaşkanı adayı. Seçim kampanyası resmi hesabı."),
    /candidate or election campaign/,
    x('TC_Disisleri2', 'T.C. Dışişleri Bakanlığı', 'Türkiye Cumhuriyeti Dışişleri Bakanlığı resmi hesabı.', 'grey'),
    ['TR', 'foreign_ministry']],
  ['it candidato',
    x('RossiPremier', "Mario Rossi, candidato premier d'Italia", 'Candidato alla Presidenza del Consiglio dei Ministri. Campagna elettorale.'),
    /candidate or election campaign/,
    x('PalazzoChigi', 'Presidente del Consiglio', 'Account ufficiale del Presidente del Consiglio dei Ministri della Repubblica Italiana.'),
    ['IT', 'head_of_government']],
];

const OPPOSITION: Pair[] = [
  ['ar الائتلاف المعارض',
    x('OppCoalitionFR', 'مكتب العلاقات الخارجية - الائتلاف المعارض', 'الحساب الرسمي لمكتب العلاقات الخارجية في الائتلاف الوطني المعارض.'),
    /opposition or shadow post/,
    x('MofaJordan', 'وزارة الخارجية وشؤون المغتربين الأردنية', 'الحساب الرسمي لوزارة الخارجية الأردنية.'),
    ['JO', 'foreign_ministry']],
  ['en shadow foreign secretary',
    x('JaneDoeMP', 'Shadow Foreign Secretary', 'Shadow Foreign Secretary of the United Kingdom. MP for Somewhere.'),
    /opposition or shadow post.*shadow foreign secretary/,
    x('ForeignSecUK', 'Foreign Secretary', 'Foreign Secretary of the United Kingdom. Official account.', 'grey'),
    ['GB', 'foreign_minister']],
  ['es oposición',
    x('OposicionVE', 'Canciller de la oposición venezolana', 'Cuenta oficial de relaciones exteriores de la oposición de Venezuela.'),
    /opposition or shadow post/,
    x('CancilleriaVE', 'Cancillería de Venezuela', 'Cuenta oficial del Ministerio de Relaciones Exteriores de Venezuela.', 'grey'),
    ['VE', 'foreign_ministry']],
  ['fr opposition',
    x('ChefOppositionCA', "Chef de l'opposition officielle du Canada", "Compte officiel du chef de l'opposition au Parlement du Canada."),
    /opposition or shadow post/,
    x('PMduCanada', 'Premier ministre du Canada', 'Compte officiel du Premier ministre du Canada.'),
    ['CA', 'head_of_government']],
  ['de Schattenminister',
    x('SchattenAussen', 'Schattenaußenminister Österreichs', 'Schattenminister für Äußeres, Oppositionspartei.'),
    /opposition or shadow post/,
    x('AussenministerAT2', 'Außenminister Österreichs', 'Offizieller Account des österreichischen Außenministers.', 'grey'),
    ['AT', 'foreign_minister']],
  ['ru теневой министр',
    x('by_shadow_mfa', 'Теневой министр иностранных дел Беларуси', 'Лидер оппозиции Беларуси. Официальный аккаунт.'),
    /opposition or shadow post/,
    x('BelarusMFA', 'МИД Беларуси', 'Официальный аккаунт Министерства иностранных дел Республики Беларусь.', 'grey'),
    ['BY', 'foreign_ministry']],
  ['tr muhalefet',
    x('MuhalefetDis', 'Ana Muhalefet Dışişleri Sözcüsü', "Türkiye'nin ana muhalefet partisi dışişleri sözcüsü."),
    /opposition or shadow post/,
    x('TC_Disisleri3', 'T.C. Dışişleri Bakanlığı Sözcüsü', 'Türkiye Cumhuriyeti Dışişleri Bakanlığı Sözcüsü resmi hesabı.', 'grey'),
    ['TR', 'foreign_ministry']],
  ['it ministro ombra',
    x('OmbraEsteri', "Ministro ombra degli Esteri d'Italia", "Governo ombra dell'opposizione."),
    /opposition or shadow post/,
    x('ItalyMFA2', 'Farnesina', 'Account ufficiale del Ministero degli Affari Esteri e della Cooperazione Internazionale.', 'grey'),
    ['IT', 'foreign_ministry']],
  ['zh 反对党',
    x('OppositionZH', '日本反对党外交发言人', '日本最大反对党的外交发言人。'),
    /opposition or shadow post/,
    x('MFA_China', '中华人民共和国外交部发言人', '中华人民共和国外交部发言人办公室官方账号。', 'grey'),
    ['CN', 'foreign_ministry']],
];

const DESIGNATE: Pair[] = [
  ['en ambassador-designate',
    x('AmbDesignateJP', 'Ambassador-designate of the United States to Japan', 'Nominee, awaiting Senate confirmation.'),
    /nominee or designate/,
    x('USAmbJapan', 'U.S. Ambassador to Japan', 'Ambassador of the United States to Japan. Nominated in March, confirmed by the Senate in June.'),
    ['US', 'ambassador']],
  ['fr ambassadeur désigné',
    x('AmbDesigneJP', 'Ambassadeur désigné de France au Japon', 'En attente de confirmation.'),
    /nominee or designate/,
    x('AmbFranceJP', 'Ambassadeur de France au Japon', "A présenté ses lettres de créance à l'Empereur."),
    ['FR', 'ambassador']],
  ['es embajador designado',
    x('EmbDesignadoMX', 'Embajador designado de España en México', 'Pendiente de ratificación.'),
    /nominee or designate/,
    x('EmbEspMX', 'Embajador de España en México', 'Presentó cartas credenciales en 2023.'),
    ['ES', 'ambassador']],
  ['pt embaixador designado',
    x('EmbDesignadoAR', 'Embaixador designado do Brasil na Argentina', 'Aguardando sabatina no Senado.'),
    /nominee or designate/,
    x('EmbBrasilAR', 'Embaixador do Brasil na Argentina', 'Conta oficial do Embaixador do Brasil em Buenos Aires.'),
    ['BR', 'ambassador']],
  ['de designierter Botschafter',
    x('DesBotKenia', 'Designierter Botschafter Deutschlands in Kenia', 'Nominiert, noch nicht im Amt.'),
    /nominee or designate/,
    x('BotKenia', 'Botschafter Deutschlands in Kenia', 'Offizieller Account des deutschen Botschafters in Nairobi.'),
    ['DE', 'ambassador']],
  ['ru избранный президент',
    x('md_elect', 'Избранный президент Республики Молдова', 'Официальный аккаунт.'),
    /nominee or designate/,
    x('md_president', 'Президент Республики Молдова', 'Официальный аккаунт.'),
    ['MD', 'head_of_state']],
  ['zh 候任大使',
    x('ChinaAmbDesig', '候任中国驻美国大使', '官方账号'),
    /nominee or designate/,
    x('ChinaAmbUS', '中国驻美国大使', '官方账号'),
    ['CN', 'ambassador']],
  ['ar السفير المعين',
    x('EgyAmbDesig', 'السفير المعين لمصر لدى إيطاليا', 'الحساب الرسمي'),
    /nominee or designate/,
    x('EgyAmbRome2', 'سفير مصر لدى إيطاليا', 'الحساب الرسمي لسفير جمهورية مصر العربية لدى إيطاليا'),
    ['EG', 'ambassador']],
  ['tr büyükelçi adayı',
    x('BuyukelciAdayi', 'Büyükelçi adayı: Türkiye - Japonya', "Türkiye'nin Japonya büyükelçi adayı."),
    /nominee or designate|candidate or election campaign/,
    x('TC_Tokyo', "Türkiye'nin Tokyo Büyükelçiliği", 'Türkiye Cumhuriyeti Tokyo Büyükelçiliği resmi hesabı.'),
    ['TR', 'embassy']],
  ['it ambasciatore designato',
    x('AmbDesignatoJP', "Ambasciatore designato d'Italia in Giappone", 'In attesa di conferma.'),
    /nominee or designate/,
    x('AmbItaliaJP', "Ambasciatore d'Italia in Giappone", "Account ufficiale dell'Ambasciatore d'Italia a Tokyo."),
    ['IT', 'ambassador']],
  ['fr prise de fonctions prévue',
    x('CLeroyDiplo', 'Claire Leroy', 'Nommée ambassadrice en Norvège, prise de fonctions prévue en mars.'),
    /nominee or designate/,
    x('AmbFranceNorvege', 'Ambassadrice de France en Norvège', "Compte officiel de l'Ambassadrice de France en Norvège."),
    ['FR', 'ambassador']],
  ['es designado, pending the presentation of credentials (presented, he is in office)',
    x('JPRuizDipl', 'Juan Pablo Ruiz', 'Embajador designado de Chile ante la República Argentina. Pendiente de la presentación de cartas credenciales.'),
    /nominee or designate/,
    x('EmbChileArg', 'Embajador de Chile en Argentina', 'Cuenta oficial del Embajador de Chile en Argentina. Designado en marzo, presentó cartas credenciales en mayo.'),
    ['CL', 'ambassador']],
  ["fr en attente d'agrément",
    x('JDupontDiplo', 'Jeanne Dupont', "Nommée ambassadrice de France en Argentine, en attente d'agrément."),
    /nominee or designate/,
    x('AmbFranceAR', 'Ambassadrice de France en Argentine', "Compte officiel de l'Ambassadrice de France en Argentine."),
    ['FR', 'ambassador']],
  ['pt indicado para a Embaixada',
    x('PedroAlvesDiplo', 'Pedro Alves', 'Indicado para a Embaixada do Brasil em Camberra. Sabatina no Senado em breve.'),
    /nominee or designate/,
    x('BrasilemCamberra', 'Embaixada do Brasil em Camberra', 'Perfil oficial da Embaixada do Brasil na Austrália.'),
    ['BR', 'embassy']],
];

const AMBASSADORS: Pair[] = [
  ["it an honorary consulate in a law firm",
    x('StudioRossiGE', 'Studio Legale Rossi · Consolato Onorario', 'Studio legale e sede del Consolato Onorario del Cile a Genova. Diritto societario.'),
    /business or promotional use/,
    x('ConsChileGenova', 'Consolato Onorario del Cile a Genova', 'Account ufficiale del Consolato Onorario del Cile a Genova.'),
    ['CL', 'consulate']],
  ["fr an honorary consul's wine house",
    x('MaisonDupuyVins', 'Maison Dupuy – Consulat honoraire', 'Négociant en vins depuis 1921. Notre gérant est consul honoraire du Chili à Bordeaux.'),
    /business or promotional use/,
    x('ConsulChileBdx', 'Consulat honoraire du Chili à Bordeaux', 'Compte officiel du Consulat honoraire du Chili à Bordeaux.'),
    ['CL', 'consulate']],
  ['it ambasciatrice della cucina',
    x('LuciaFerriChef', 'Chef Lucia Ferri – Ambasciatrice della cucina italiana', 'Ambasciatrice della cucina italiana nel mondo. Ricette, viaggi e consorzi.'),
    /ambassador of a brand, event or cause/,
    x('AmbItaliaMX', "Ambasciata d'Italia in Messico", "Account ufficiale dell'Ambasciata d'Italia in Messico."),
    ['IT', 'embassy']],
  ['en marathon global ambassador',
    x('KipGlobalAmb', 'Global Ambassador · Lagos City Marathon 🇳🇬', 'Official global ambassador of the Lagos City Marathon. Olympian. Proud Nigerian.'),
    /ambassador of a brand, event or cause.*global ambassador/,
    x('KenyaAmbDE', 'Kenya Ambassador to Germany', 'Ambassador of the Republic of Kenya to Germany. Proud supporter of our Berlin Marathon runners.'),
    ['KE', 'ambassador']],
  ['en ambassador of an event after "of the"',
    x('BerlinMarathonAmb', 'Ambassador of the Berlin Marathon 🇰🇪', 'Official ambassador of the Berlin Marathon from Kenya.'),
    /ambassador of a brand, event or cause.*ambassador of the berlin marathon/,
    x('KenyaAmbUK2', 'Kenya High Commissioner to the UK', "Kenya's High Commissioner to the United Kingdom."),
    ['KE', 'ambassador']],
  ['fr ambassadrice du tourisme',
    x('AmbTourismeMA', 'Ambassadrice du tourisme du Maroc', 'Compte officiel.'),
    /ambassador of a brand, event or cause/,
    x('AmbMarocFR', 'Ambassadeur du Maroc en France', 'Compte officiel.'),
    ['MA', 'ambassador']],
  ['es embajador de marca',
    x('EmbMarcaMX', 'Embajador de marca de México', 'Cuenta oficial. Embajador de marca de Turismo de México.'),
    /ambassador of a brand, event or cause/,
    x('EmbMexJP', 'Embajador de México en Japón', 'Cuenta oficial.'),
    ['MX', 'ambassador']],
  ['pt embaixador do turismo',
    x('EmbTurismoPT', 'Embaixador do turismo de Portugal', 'Conta oficial.'),
    /ambassador of a brand, event or cause/,
    x('EmbPortugalBR2', 'Embaixador de Portugal no Brasil', 'Conta oficial.'),
    ['PT', 'ambassador']],
  ['de Markenbotschafterin',
    x('MarkenBotin', 'Markenbotschafterin Deutschland', 'Offizieller Account.'),
    /ambassador of a brand, event or cause/,
    x('BotinJapan', 'Botschafterin Deutschlands in Japan', 'Offizieller Account.'),
    ['DE', 'ambassador']],
  ['ru посол доброй воли',
    x('ru_goodwill', 'Посол доброй воли России', 'Официальный аккаунт.'),
    /ambassador of a brand, event or cause/,
    x('RusAmbJapan', 'Посол России в Японии', 'Официальный аккаунт.'),
    ['RU', 'ambassador']],
  ['zh 形象大使',
    x('CNTourismAmb', '中国旅游形象大使', '官方账号'),
    /ambassador of a brand, event or cause/,
    x('ChinaAmbJP', '中国驻日本大使', '官方账号'),
    ['CN', 'ambassador']],
  ['ar سفيرة النوايا الحسنة',
    x('JoGoodwill', 'سفيرة النوايا الحسنة للأردن', 'الحساب الرسمي'),
    /ambassador of a brand, event or cause/,
    x('JoAmbJP', 'سفير الأردن لدى اليابان', 'الحساب الرسمي'),
    ['JO', 'ambassador']],
  ['tr turizm elçisi',
    x('TurizmElcisi', "Türkiye'nin turizm elçisi", 'Resmi hesap. Türkiye turizm elçisi.'),
    /ambassador of a brand, event or cause/,
    x('TC_Washington2', "Türkiye'nin Washington Büyükelçiliği", 'Türkiye Cumhuriyeti Washington Büyükelçiliği resmi hesabı.'),
    ['TR', 'embassy']],
  ['it ambasciatore onorario',
    x('AmbOnorario', "Ambasciatore onorario d'Italia", 'Account ufficiale.'),
    /ambassador of a brand, event or cause/,
    x('AmbItaliaJP2', "Ambasciatore d'Italia in Giappone", 'Account ufficiale.'),
    ['IT', 'ambassador']],
];

const NEWS_FAN: Pair[] = [
  ['en news account',
    x('RussiaNewsNow', 'Russia News 🇷🇺', 'Official news from the Russian government and the Kremlin.'),
    /news or aggregator account/,
    x('IrlEmbJapan', 'Embassy of Ireland in Japan', 'Official account. News and updates from the Embassy of Ireland in Tokyo.'),
    ['IE', 'embassy']],
  ['en fan page',
    x('JapanEmbFans', 'Embassy of Japan in the UK', 'Fan page: everything Japan in London!'),
    /fan account/,
    x('JapanEmbUK', 'Embassy of Japan in the UK', 'Official account: everything on Japan in the UK.'),
    ['JP', 'embassy']],
  ['es noticias',
    x('NoticiasCanciAR', 'Noticias Cancillería Argentina', 'Lo último de la Cancillería argentina.'),
    /news or aggregator account/,
    x('CancilleriaARG', 'Cancillería Argentina', 'Cuenta oficial del Ministerio de Relaciones Exteriores de Argentina. Noticias y comunicados.', 'grey'),
    ['AR', 'foreign_ministry']],
  ['fr actualités',
    x('ActuElysee', 'Actualités Élysée', "Toute l'actualité du Président de la République."),
    /news or aggregator account/,
    x('Elysee', 'Élysée', "Compte officiel de la Présidence de la République. Toute l'actualité du Président."),
    ['FR', 'head_of_state']],
  ['de Nachrichten',
    x('AANachrichten', 'Auswärtiges Amt Nachrichten', 'Alles aus der deutschen Außenpolitik.'),
    /news or aggregator account/,
    x('AuswaertigesAmt', 'Auswärtiges Amt', 'Offizieller Account des Auswärtigen Amts. Aktuelle Nachrichten aus der deutschen Außenpolitik.'),
    ['DE', 'foreign_ministry']],
  ['ru новости',
    x('mid_news_ru', 'Новости МИД России', 'Заявления и брифинги МИД России.'),
    /news or aggregator account/,
    x('MID_RF2', 'МИД России', 'Официальный аккаунт МИД России: новости, заявления, брифинги.', 'grey'),
    ['RU', 'foreign_ministry']],
  ['zh 新闻',
    x('ChinaMFANews', '中国外交部新闻', '外交部最新消息'),
    /news or aggregator account/,
    x('ChinaEmbUSPress', '中国驻美国大使馆新闻处', '中华人民共和国驻美利坚合众国大使馆新闻处官方账号'),
    ['CN', 'embassy']],
  ['ar أخبار',
    x('KSAMofaNews', 'أخبار الخارجية السعودية', 'آخر أخبار وزارة الخارجية'),
    /news or aggregator account/,
    x('KSAMOFA', 'وزارة الخارجية السعودية', 'الحساب الرسمي لوزارة الخارجية السعودية. أخبار وبيانات.', 'grey'),
    ['SA', 'foreign_ministry']],
  ['tr haber',
    x('DisisleriHaber', 'Dışişleri Haberleri', "Türkiye'nin dış politikasından son dakika."),
    /news or aggregator account/,
    x('TC_Disisleri4', 'T.C. Dışişleri Bakanlığı', 'Türkiye Cumhuriyeti Dışişleri Bakanlığı resmi hesabı. Haberler ve açıklamalar.', 'grey'),
    ['TR', 'foreign_ministry']],
  ['it notizie',
    x('FarnesinaNotizie', 'Farnesina Notizie', 'Tutto sulla politica estera italiana.'),
    /news or aggregator account/,
    x('ItalyMFA3', 'Farnesina', 'Account ufficiale del Ministero degli Affari Esteri. Notizie e comunicati.', 'grey'),
    ['IT', 'foreign_ministry']],
];

const FORMER_AND_PRIVATE: Pair[] = [
  ['it già, es (r), fr ambassadeur honoraire',
    x('PaoloRinaldiDipl', 'Paolo Rinaldi', "Già Ambasciatore d'Italia in Brasile. Oggi consulente."),
    /former or retired official \("già"\)/,
    x('ItalyinBrazil', "Ambasciata d'Italia in Brasile", "Account ufficiale dell'Ambasciata d'Italia a Brasilia."),
    ['IT', 'embassy']],
  ['en Retd.',
    x('RMehtaIFS', 'Ravi Mehta', "Retd. IFS. India's High Commissioner to Kenya and Ambassador to Chile in his time. Author."),
    /former or retired official \("retd"\)/,
    x('IndiainKenya', 'India in Kenya', 'Official account of the High Commission of India in Nairobi, Kenya.'),
    ['IN', 'embassy']],
  ['es embajador (r)',
    x('JMoralesDipl', 'Julián Morales', 'Embajador (r) de Chile en Bolivia. Profesor de relaciones internacionales.'),
    /former or retired official/,
    x('EmbChileBolivia', 'Consulado General de Chile en La Paz', 'Cuenta oficial del Consulado General de Chile en Bolivia.'),
    ['CL', 'consulate']],
  ['fr ambassadeur de France honoraire',
    x('PDurandDiplo', 'Pierre Durand', "Ambassadeur de France honoraire. A représenté la France en Inde. Essayiste."),
    /former or retired official \("ambassadeur de france honoraire"\)/,
    x('FranceinIndia', "Ambassade de France en Inde", "Compte officiel de l'Ambassade de France en Inde."),
    ['FR', 'embassy']],
  ['en an office held "until <year>" (a plan until a year is not)',
    x('AKanuHC', 'Amara Kanu', "Sierra Leone's High Commissioner to Ghana until 2021. Writer and mentor."),
    /former or retired official \("ghana until 2021"\)/,
    x('SLHCGhana', 'Sierra Leone High Commission in Ghana', 'Official account of the High Commission of Sierra Leone in Accra. Our strategy until 2030: trade and people.'),
    ['SL', 'embassy']],
  ['de Botschafter a. D.',
    x('WKesslerDiplo', 'Dr. Wilhelm Kessler, Botschafter a. D.', 'Botschafter a. D. in Chile und Peru. Heute Lehrbeauftragter. Hier privat.'),
    /former or retired official|personal account/,
    x('GermanAmbChile', 'Deutscher Botschafter in Chile', 'Offizieller Account des Deutschen Botschafters in Chile.'),
    ['DE', 'ambassador']],
  ['pt Model UN club',
    x('ClubeONUCampinas', 'Clube de Simulação das Nações Unidas 🇺🇳', 'Simulação da ONU: este ano nossa delegação representou a Embaixada do Japão no Conselho de Segurança.'),
    /press, research or civil-society account/,
    x('EmbJapaoBrasil', 'Embaixada do Japão no Brasil', 'Perfil oficial da Embaixada do Japão no Brasil.'),
    ['JP', 'embassy']],
];

const CATEGORIES: [string, Pair[]][] = [
  ['commercial services', COMMERCE],
  ['candidates and campaigns', CAMPAIGN],
  ['opposition and shadow posts', OPPOSITION],
  ['nominees and designates', DESIGNATE],
  ['ambassadors of brands, events and causes', AMBASSADORS],
  ['former officials, private accounts, Model UN', FORMER_AND_PRIVATE],
  ['news, fan and aggregator accounts', NEWS_FAN],
];

describe.each(CATEGORIES)('evidence against: %s', (_category, pairs) => {
  it.each(pairs)('%s: refused', (_label, account, reason) => {
    const id = inferAccount(account);
    expect(id).toMatchObject({ official: false, basis: 'inferred', role: null, country: null });
    expect(id.reasons.join(' | ')).toMatch(reason);
  });
  it.each(pairs)('%s: the honest account nearby stays official', (_label, _refused, _reason, honest, [country, role]) => {
    const id = inferAccount(honest);
    expect({ official: id.official, basis: id.basis, country: id.country, role: id.role }).toEqual({ official: true, basis: 'inferred', country, role });
  });
});

describe('evidence against: limits', () => {
  it('a government badge outweighs a news word in the name', () => {
    const id = inferAccount(x('UN_News_Centre', 'UN News', 'Official news service of the United Nations.', 'grey'));
    expect(id).toMatchObject({ official: true, org: 'UN', basis: 'inferred' });
  });
  it('a badge does not outweigh commerce', () => {
    const id = inferAccount(x('EmbVisaFast', 'Embassy of Spain Visa Service', 'Schengen visa appointments, 100% guaranteed. WhatsApp +44 7700 900123.', 'grey'));
    expect(id).toMatchObject({ official: false, basis: 'inferred' });
  });
  it('"visa information" and consular fees are consular vocabulary, not commerce', () => {
    for (const bio of [
      'Official account. Visa information and consular assistance for British nationals in the Philippines.',
      'Official account. Visa appointments on our website; visa fee USD 185, payable online.',
      'Official account. Passport appointments: book through our website. Appointments are free.',
    ]) {
      const id = inferAccount(x('UKinPhilippines', 'British Embassy in the Philippines', bio));
      expect(id, bio).toMatchObject({ official: true, country: 'GB', role: 'embassy' });
    }
  });
  it('a sitting head of state with a year of election is not a campaign', () => {
    for (const bio of ['President of the Republic of Finland since 2024.', 'President of the Republic of Finland. Elected in 2024.']) {
      expect(inferAccount(x('FinPresident', 'President of Finland', bio)).official, bio).toBe(true);
    }
  });
  it('a Russian academic degree is not a candidacy', () => {
    const id = inferAccount(x('RusAmbIndia', 'Посол России в Индии', 'Чрезвычайный и Полномочный Посол России в Индии. Кандидат исторических наук.'));
    expect(id).toMatchObject({ official: true, country: 'RU', role: 'ambassador' });
  });
  it('an EU candidate country is not a candidate', () => {
    const id = inferAccount(x('UkraineEU', 'Mission of Ukraine to the EU', 'Official account of the Mission of Ukraine to the European Union. Ukraine: EU candidate country.'));
    expect(id).toMatchObject({ official: true, country: 'UA', role: 'mission' });
  });
  it('an honorary consul is a state officer, not an honorary "ambassador"', () => {
    const id = inferAccount(x('IcelandConsulHH', 'Honorary Consulate of Iceland in Hamburg', 'Official account of the Honorary Consulate of Iceland in Hamburg.'));
    expect(id.reasons.join(' ')).not.toMatch(/brand, event or cause/);
  });
  it('reasons name the evidence for the badge card', () => {
    const id = inferAccount(x('EmbajadaCitas', 'Embajada de España - Citas Visa', 'Citas de visado garantizadas. Precio 90 €. WhatsApp +34 612 345 678.'));
    expect(id.reasons[0]).toMatch(/^commercial service: visa appointments \(/);
    expect(id.reasons[0]).toContain('price "90 €"');
    expect(id.reasons[0]).toContain('guaranteed results "garantizadas"');
  });
});

/** Honest official bios with words that, elsewhere, are evidence against: [name, bio, country, role, badge?]. */
const HONEST: [string, string, string, string, AccountInput['badge']?][] = [
  ['Embassy of the United States in Nigeria', 'Official account. The Embassy does not use agents. Submitting a visa application does not guarantee a visa.', 'US', 'embassy'],
  ['Embassy of India in Washington', 'Official account. Consular services: passports, visas, OCI. Tel: +1 202 939 7000', 'IN', 'embassy'],
  ['Посольство России в США', 'Официальный аккаунт Посольства России в США. Визы и паспорта. Наш Telegram-канал: t.me/rusembusa', 'RU', 'embassy'],
  ['Consulado General de México en Los Ángeles', 'Cuenta oficial. Citas: citas.sre.gob.mx. WhatsApp de emergencia: +1 213 351 6800', 'MX', 'consulate'],
  ['Embajada de Colombia en España', 'Cuenta oficial. Garantía de los derechos de los colombianos en el exterior. Visas y pasaportes: escríbenos a emb@cancilleria.gov.co', 'CO', 'embassy'],
  ['Ambassade de France au Maroc', "Compte officiel. Visas : l'Ambassade ne travaille avec aucune agence de visa. Toute l'actualité de l'Ambassade.", 'FR', 'embassy'],
  ['Deutsche Botschaft Moskau', 'Offizieller Account der Deutschen Botschaft in Moskau. Visa-Termine über das Auslandsportal, ohne Vermittler.', 'DE', 'embassy'],
  ['中国驻美国大使馆', '中华人民共和国驻美国大使馆官方账号。本馆从未委托任何中介机构代办签证。', 'CN', 'embassy'],
  ['سفارة الإمارات في لندن', 'الحساب الرسمي لسفارة دولة الإمارات العربية المتحدة في المملكة المتحدة. فعاليات ومعارض ثقافية. للطوارئ: +44 20 7581 1281', 'AE', 'embassy'],
  ["Türkiye'nin Londra Büyükelçiliği", 'Resmi hesap. Vize randevuları ücretsizdir; vize garantisi yoktur.', 'TR', 'embassy'],
  ["Ambasciata d'Italia a Washington", 'Account ufficiale. Visti: prenotazione su Prenot@mi. Attenzione: non ci avvaliamo di agenzie visti.', 'IT', 'embassy'],
  ['Embassy of Mexico in the US', 'Official account. Mexicans abroad: register to vote for the 2030 presidential election from abroad.', 'MX', 'embassy'],
  ['Ambassade de France en Algérie', "Compte officiel. Élection présidentielle 2027 : votez depuis l'étranger, inscrivez-vous.", 'FR', 'embassy'],
  ['Polish Presidency of the Council of the EU 2025', 'Official account of the Polish Presidency of the Council of the European Union 2025.', 'PL', 'head_of_state'],
];

describe('evidence against: honest official bios with risky words stay official', () => {
  it.each(HONEST)('%s', (name, bio, country, role, badge) => {
    const id = inferAccount(x('h', name, bio, badge));
    expect({ official: id.official, country: id.country, role: id.role }, id.reasons.join(' | ')).toEqual({ official: true, country, role });
  });
  it("a chargé d'affaires (临时代办) is not a visa agent (代办)", () => {
    const id = inferAccount(x('h', '中国驻立陶宛临时代办', '官方账号'));
    expect(id.reasons.join(' ')).not.toMatch(/commercial/);
  });
});

describe('inference is at most "inferred"', () => {
  const all = CATEGORIES.flatMap(([, pairs]) => pairs.flatMap(([, refused, , honest]) => [refused, honest]));
  it.each(all.map((a) => [a.handle, a] as const))('%s', (_h, account) => {
    for (const badge of ['none', 'blue', 'grey', 'gold'] as const) {
      const id = inferAccount({ ...account, badge });
      expect([null, 'inferred']).toContain(id.basis);
    }
  });
});
