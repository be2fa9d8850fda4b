// Inference of an unlisted account's identity from its display name, bio, handle and badge.
// The result is at most "inferred": a name is a claim, not proof (ACCOUNTS-GUIDE, hard case 1).
import type { AccountInput, Identification, Role } from '../model';
import { codeAlias, countryFromTld, findPlaces, findPlacesCJK, flagsIn, handlePlace, type PlaceSpan } from '../countries';
import {
  AGAINST_REASON, AMBASSADOR_ADJECTIVES, AMBASSADOR_SUBJECTS, AMBASSADOR_WORDS, CAMPAIGN_TITLES, CONNECTORS, CONSULAR_SERVICES,
  CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, EMERGENCY_LABELS, EVIDENCE_AGAINST, HOST_PREPOSITIONS, IN_OFFICE, INSTITUTIONS,
  GIVEAWAY_NAME_WORDS, MESSAGING_APPS, NEGATORS, NEGATORS_AFTER, NEWS_NAME_WORDS, NOT_A_CAMPAIGN, NOT_AGAINST, NUMBER_FILLERS, OFFICE_LINE_LABELS,
  OFFICIAL_CLAIM, OFFICIAL_FEE_LABELS, ORGS, ORG_POST_WORDS, COMPANY_FORMS, HONORARY_CONSUL, PENDING, PENDING_CJK, TAKES_OFFICE_IN, ROLE_PHRASES, SERVICE_PAIRS, WEAK_PHRASES, type AgainstKind, type AgainstRow,
  type LexRole,
} from './lexicon';
import { PhraseMatcher, type Hit } from './phrases';
import { fold } from '../text/fold';
import { CJK, clean, words } from './text';

interface RoleValue {
  role: LexRole;
  weak: boolean;
}
interface Lex {
  roles: PhraseMatcher<RoleValue>;
  orgs: PhraseMatcher<string>;
  acronyms: Map<string, string>;
  claims: PhraseMatcher<true>;
  institutions: PhraseMatcher<string>;
  connectors: Set<string>;
  hostPreps: Set<string>;
  orgPostWords: PhraseMatcher<true>;
  /** Evidence against (rows of EVIDENCE_AGAINST); null for the phrases of NOT_AGAINST, which only mask. */
  against: PhraseMatcher<AgainstRow | null>;
  newsName: PhraseMatcher<true | null>;
  services: PhraseMatcher<string>;
  negators: PhraseMatcher<true>;
  negatorsAfter: PhraseMatcher<true>;
  notACampaign: PhraseMatcher<true>;
  honoraryConsul: PhraseMatcher<true>;
  inOffice: PhraseMatcher<true>;
  pending: PhraseMatcher<true>;
  campaignTitles: PhraseMatcher<true>;
  ambassadors: PhraseMatcher<true>;
  ambAdjectives: PhraseMatcher<true>;
  ambSubjects: PhraseMatcher<true>;
  emergency: PhraseMatcher<true>;
  fees: PhraseMatcher<true>;
  apps: PhraseMatcher<true>;
  officeLines: PhraseMatcher<true>;
  takesOfficeIn: RegExp;
  fillers: Set<string>;
  price: RegExp;
}
let lex: Lex | null = null;
function getLex(): Lex {
  if (lex) return lex;
  const roleEntries: [string, RoleValue][] = [];
  for (const [role, list] of Object.entries(ROLE_PHRASES) as [LexRole, string[]][])
    for (const p of list) roleEntries.push([p, { role, weak: WEAK_PHRASES.has(p) }]);
  const orgEntries: [string, string][] = [];
  const acronyms = new Map<string, string>();
  for (const [org, { names, acronyms: acr }] of Object.entries(ORGS)) {
    for (const n of names) orgEntries.push([n, org]);
    for (const a of acr) acronyms.set(a, org);
  }
  const against: [string, AgainstRow | null][] = EVIDENCE_AGAINST.flatMap((row) => row.phrases.map((p) => [p, row] as [string, AgainstRow]));
  const masks = NOT_AGAINST.map((p) => [p, null] as [string, null]);
  const set = (list: string[]) => new PhraseMatcher(list.map((p) => [p, true as const]));
  lex = {
    roles: new PhraseMatcher(roleEntries),
    orgs: new PhraseMatcher(orgEntries),
    acronyms,
    claims: set(OFFICIAL_CLAIM),
    institutions: new PhraseMatcher(INSTITUTIONS),
    connectors: new Set(CONNECTORS.flatMap((c) => words(fold(c)))),
    hostPreps: new Set(HOST_PREPOSITIONS.map((c) => fold(c))),
    orgPostWords: set(ORG_POST_WORDS),
    against: new PhraseMatcher([...against, ...masks]),
    newsName: new PhraseMatcher<true | null>([...NEWS_NAME_WORDS.map((p) => [p, true] as [string, true]), ...masks]),
    services: new PhraseMatcher(CONSULAR_SERVICES.flatMap(({ service, phrases }) => phrases.map((p) => [p, service] as [string, string]))),
    negators: set(NEGATORS),
    negatorsAfter: set(NEGATORS_AFTER),
    notACampaign: set(NOT_A_CAMPAIGN),
    honoraryConsul: set(HONORARY_CONSUL),
    inOffice: set(IN_OFFICE),
    pending: set(PENDING),
    campaignTitles: set(CAMPAIGN_TITLES),
    ambassadors: set(AMBASSADOR_WORDS),
    ambAdjectives: set(AMBASSADOR_ADJECTIVES),
    ambSubjects: set(AMBASSADOR_SUBJECTS),
    emergency: set(EMERGENCY_LABELS),
    fees: set(OFFICIAL_FEE_LABELS),
    apps: set(MESSAGING_APPS),
    officeLines: set(OFFICE_LINE_LABELS),
    takesOfficeIn: takesOfficeInRegExp(),
    fillers: new Set(NUMBER_FILLERS.map(fold)),
    price: priceRegExp(),
  };
  return lex;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "prise de fonctions en janvier", "takes up the post in early September": a month, and no year after it. */
function takesOfficeInRegExp(): RegExp {
  const starts = TAKES_OFFICE_IN.phrases.map(escape).join('|');
  const months = TAKES_OFFICE_IN.months.join('|');
  return new RegExp(`\\b(?:${starts})\\s+(?:\\p{L}+\\s+){0,3}?(?:${months})\\b(?![\\s,]*(?:de\\s+|of\\s+)?(?:\\d{1,2}[\\s,]+)?(?:19|20)\\d\\d)`, 'u');
}
/** "$199", "150 €", "USD 80", "3000 рублей", "200元": an amount with its currency. */
function priceRegExp(): RegExp {
  const sym = CURRENCY_SYMBOLS.map(escape).join('|');
  const codes = CURRENCY_CODES.join('|');
  const names = CURRENCY_WORDS.map(escape).join('|');
  const num = '\\d(?:[\\d.,\\u00A0\\u202F ]*\\d)?';
  return new RegExp(
    `(?:${sym})\\s?${num}|${num}\\s?(?:${sym})|(?<![\\p{L}\\p{N}])(?:${codes})\\s?${num}|${num}\\s?(?:${codes}|${names})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`,
    'giu',
  );
}

interface Place {
  start: number;
  end: number;
  code: string | null;
  org: string | null;
  capital: boolean;
}
interface RoleHit {
  role: LexRole;
  weak: boolean;
  start: number;
  end: number;
  seg: number;
  source: string;
  sender: Place | null;
  host: Place | null;
  orgBefore: string | null;
  orgAfter: string | null;
}
/** One piece of evidence against, with the words that showed it. */
interface Against {
  kind: AgainstKind;
  source: string;
  /** Commerce: what kind ("price", "agency or consultancy"). */
  label?: string;
  /** Commerce that needs a consular service named, and that a government badge outweighs (a phone number, "DM us"). */
  withService?: boolean;
  /** ...named in the display name itself (a phone number far from any service word). */
  inName?: boolean;
}
interface Segment {
  ws: string[];
  places: Place[];
  roles: RoleHit[];
  against: Against[];
  claim: boolean;
  orgs: string[];
  institutions: string[];
  folded: string;
}

// "U.S." / "U.K." / "E.U." become one word before matching.
function joinInitials(s: string): string {
  return s.replace(/\b(?:[A-Z]\.){2,4}/g, (m) => m.replace(/\./g, ''));
}

function analyse(raw: string, seg: number): Segment {
  const L = getLex();
  const text = joinInitials(raw);
  const folded = fold(text);
  const ws = words(folded);
  const cased = words(text.normalize('NFKD').replace(/\p{M}/gu, ''));
  const places: Place[] = [];
  const spans: PlaceSpan[] = findPlaces(ws);
  const orgHits = L.orgs.find(ws);
  const orgs: string[] = orgHits.map((h) => h.value);
  const aligned = cased.length === ws.length;
  const takenByOrg = new Set<number>();
  for (const h of orgHits) for (let i = h.start; i < h.end; i++) takenByOrg.add(i);
  for (const h of orgHits) places.push({ start: h.start, end: h.end, code: null, org: h.value, capital: false });
  if (aligned) {
    cased.forEach((w, i) => {
      const org = L.acronyms.get(w);
      if (org && !takenByOrg.has(i)) {
        places.push({ start: i, end: i + 1, code: null, org, capital: false });
        orgs.push(org);
        takenByOrg.add(i);
        return;
      }
      const c = codeAlias(w);
      if (c && !spans.some((s) => s.start <= i && i < s.end)) places.push({ start: i, end: i + 1, code: c, org: null, capital: false });
    });
  }
  for (const s of spans) {
    if (s.start < s.end && [...Array(s.end - s.start).keys()].some((k) => takenByOrg.has(s.start + k))) continue;
    places.push({ start: s.start, end: s.end, code: s.code, org: null, capital: s.kind === 'capital' });
  }
  places.sort((a, b) => a.start - b.start);

  let clauses: number[] | null = null;
  const roles: RoleHit[] = L.roles
    .find(ws)
    .filter((h) => !deniedRole(h.start, ws, (j) => (clauses ??= clauseOf(folded, ws.length))[j], L))
    .map((h) => ({
      role: h.value.role, weak: h.value.weak, start: h.start, end: h.end, seg, source: h.source,
      sender: null, host: null, orgBefore: null, orgAfter: null,
    }));
  // The part of a placed role word that is not a place ("中国驻美国大使馆") is handled by the CJK pass.
  for (const r of roles) attach(r, ws, places, L);

  const claim = L.claims.find(ws).length > 0;
  const institutions = L.institutions.find(ws).map((h) => h.value);

  if (CJK.test(folded)) cjkPass(folded, seg, roles, places, orgs, L);
  const against = evidenceAgainst(text, folded, ws, places, L, roles);
  return { ws, places, roles, against, claim, orgs, institutions, folded };
}

/** "and" in the ten languages' scripts: it joins two things rather than naming what a title is of. */
const COORDINATION = new Set(['and', 'und', 'et', 'y', 'e', 'и', 've', 'و']);

/** Articles and "is" between a negation and what it denies: "not a consulate", "não é a embaixada", "n'est pas l'ambassade". */
const DENIAL_FILLERS = new Set(
  [
    'a', 'an', 'the', 'is', 'are', 'we', 're', 'it', 's', 'es', 'somos', 'la', 'el', 'los', 'las', 'un', 'una', 'é', 'o', 'os', 'as', 'um',
    'uma', 'est', 'sommes', 'pas', 'l', 'le', 'les', 'une', 'ist', 'sind', 'die', 'der', 'das', 'den', 'ein', 'eine', 'è', 'lo', 'il',
    'siamo', 'это', 'мы', 'هذا', 'هذه',
  ].flatMap((w) => words(fold(w))),
);

/**
 * A role word a negation denies ("Not a consulate.", "Não é a embaixada.", "Kein Konsulat."): a community or a
 * business saying what it is not makes no claim. Only articles and "is" may stand between them, so a title
 * such as "non-resident ambassador" is still read.
 */
function deniedRole(start: number, ws: string[], clause: (j: number) => number | undefined, L: Lex): boolean {
  let j = start - 1;
  for (let fillers = 0; j >= 0 && fillers < 3 && DENIAL_FILLERS.has(ws[j]!) && clause(j) === clause(start); j--) fillers++;
  return j >= 0 && clause(j) === clause(start) && L.negators.find([ws[j]!]).length > 0;
}

// --- Evidence against ----------------------------------------------------------------------------

/** Words before a year that end a term: "until 2022", "jusqu'en 2022", "hasta 2022", "bis 2022", "до 2022 г.". */
const UNTIL = ['until', 'till', 'jusqu en', 'hasta', 'ate', 'bis', 'до', 'fino al', 'حتى'];

/** Words that join the items of a list ("Zelle, PayPal or Venmo"; commas are gone from the words), folded as the words are. */
const LIST_JOINERS = new Set(['or', 'and', 'nor', 'o', 'u', 'y', 'ni', 'ou', 'et', 'e', 'oder', 'und', 'noch', 'или', 'и', 'ни', 'veya', 'ya', 'da', 've', 'أو', 'و', 'by', 'via', 'por', 'par', 'per', 'über', 'через'].map(fold));

// Sentence ends: a negation ("we never use agencies") or a label ("Emergencies: +52 ...") reaches to here.
const CLAUSE_END = /[.!?;](?=\s|$)|[\n|•。！？；]/g;

/** For each word, the number of the sentence it is in. */
function clauseOf(folded: string, n: number): number[] {
  const ids: number[] = [];
  folded.split(CLAUSE_END).forEach((c, i) => {
    for (let k = words(c).length; k > 0; k--) ids.push(i);
  });
  return ids.length === n ? ids : Array<number>(n).fill(0);
}
/** The sentence around character `at` of `s`: the text before `at` and after `end`, within it. */
function around(s: string, at: number, end: number): { before: string; after: string } {
  let from = 0;
  let to = s.length;
  for (const m of s.matchAll(CLAUSE_END)) {
    const i = m.index ?? 0;
    if (i < at) from = i + m[0].length;
    else if (i >= end) { to = i; break; }
  }
  return { before: s.slice(from, at), after: s.slice(end, to) };
}

/** A negation or a warning shortly before a word hit in its sentence (or, in Turkish, just after it). */
function negatedWords(h: Hit<unknown>, ws: string[], clause: (j: number) => number | undefined, L: Lex): boolean {
  const c = clause(h.start);
  const before: string[] = [];
  for (let j = Math.max(0, h.start - 4); j < h.start; j++) if (clause(j) === c) before.push(ws[j]!);
  const after = ws.slice(h.end, h.end + 2).filter((_, i) => clause(h.end + i) === c);
  return L.negators.find(before).length > 0 || L.negatorsAfter.find(after).length > 0;
}

/** Phrases of EVIDENCE_AGAINST, non-state "ambassadors", "<title> <year>" slogans, prices and sales numbers. */
function evidenceAgainst(text: string, folded: string, ws: string[], places: Place[], L: Lex, roles: readonly RoleHit[]): Against[] {
  const out: Against[] = [];
  let clauses: number[] | null = null;
  const clause = (j: number) => (clauses ??= clauseOf(folded, ws.length))[j];
  const sentenceOf = (start: number) => ws.filter((_, j) => clause(j) === clause(start));
  const add = (row: AgainstRow, source: string) => out.push({ kind: row.kind, source, label: row.label, withService: row.withService });
  // A phrase written with a * ("shadow foreign*") is shown as found.
  const shown = (h: Hit<unknown>) => (h.source.includes('*') ? ws.slice(h.start, h.end).join(' ') : h.source);
  // A state's candidacy to a council seat, or voting from abroad, is official business, not a campaign for office.
  const notCampaign = (sentence: string[]) => L.notACampaign.find(sentence).length > 0;

  // A negation reaches along a list of what it denies: "never by Zelle, PayPal, Venmo or Western Union".
  let denied: Hit<unknown> | null = null;
  const listedAfter = (h: Hit<unknown>) =>
    denied !== null && clause(denied.start) === clause(h.start) && h.start - denied.end <= 2 && ws.slice(denied.end, h.start).every((w) => LIST_JOINERS.has(w));
  for (const h of L.against.find(ws)) {
    const row = h.value;
    if (!row) continue;
    if (row.negatable && (negatedWords(h, ws, clause, L) || listedAfter(h))) {
      denied = h;
      continue;
    }
    if (row.kind === 'campaign' && notCampaign(sentenceOf(h.start))) continue;
    add(row, shown(h));
  }
  for (const h of L.against.findCJK(folded)) {
    const row = h.value;
    if (!row) continue;
    const { before, after } = around(folded, h.index, h.end);
    if (row.negatable && L.negators.findCJK(before.slice(-12)).length) continue;
    if (row.kind === 'campaign' && L.notACampaign.findCJK(before + after).length) continue;
    add(row, h.source);
  }
  const term = /\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b/.exec(text);
  if (term) out.push({ kind: 'former', source: term[0] });
  // "Ambassadeur de France honoraire": the title of a retired French ambassador (an honorary ambassador of
  // a brand puts the word next to "ambassadeur", which the non-state test reads).
  const retired = /\bambassad(?:eur|rice)\b[^.;|\n]{1,40}?\bhonoraire\b/.exec(folded);
  if (retired) out.push({ kind: 'former', source: retired[0] });
  const later = L.takesOfficeIn.exec(folded);
  if (later) out.push({ kind: 'designate', source: later[0] });
  // "High Commissioner to Ghana until 2022": an office held until a year is an office left (a plan "until
  // 2030" names no office before it, so the office must come first in the sentence).
  for (let j = 0; j < ws.length; j++) {
    if (!/^(?:19|20)\d\d$/.test(ws[j]!)) continue;
    const before = ws.slice(Math.max(0, j - 2), j).join(' ');
    const until = UNTIL.some((u) => before === u || before.endsWith(' ' + u)) || (ws[j + 1] === 'ye' && ws[j + 2] === 'kadar') || ws[j + 1] === 'kadar';
    if (until && roles.some((r) => r.start < j && clause(r.start) === clause(j))) out.push({ kind: 'former', source: ws.slice(Math.max(0, j - 2), j + 1).join(' ') });
  }

  // "President of Nigeria 2027", "Presidente 2030", "#President2027": a title and a year make a slogan.
  for (const t of L.campaignTitles.find(ws)) {
    let k = t.end;
    for (let steps = 0; k < ws.length && steps < 8; steps++) {
      const p = placeAt(places, k);
      if (p) k = Math.max(p.end, k + 1);
      else if (L.connectors.has(ws[k]!)) k++;
      else break;
    }
    const year = ws[k] ?? '';
    if (/^20\d\d$/.test(year) && !notCampaign(sentenceOf(t.start))) out.push({ kind: 'campaign', source: `${ws.slice(t.start, k).join(' ')} ${year}` });
  }
  for (const w of /\d/.test(folded) ? ws : []) {
    const m = /^(\p{L}+?)(20\d\d)$/u.exec(w);
    if (m && L.campaignTitles.find([m[1]!]).length) out.push({ kind: 'campaign', source: w });
  }

  // The "ambassador" of a brand, an event or a cause: "Global Ambassador", "Ambassador of the Lagos City Marathon".
  const ambassadors = L.ambassadors.find(ws);
  const adjectives = ambassadors.length ? L.ambAdjectives.find(ws) : [];
  const subjects = ambassadors.length ? L.ambSubjects.find(ws) : [];
  // A state's adjective between the title and its subject ("Ambassador of Italian cuisine", "Посол
  // русской кухни") still names a subject; a state alone ("Ambassador of Italy") ends the search.
  const subjectAfterState = (p: Place | undefined) => (p && !p.org && !p.capital ? subjects.find((h) => h.start === p.end) : undefined);
  for (const a of ambassadors) {
    let q = [...adjectives, ...subjects].find((h) => h.end === a.start || h.start === a.end) ?? subjectAfterState(placeAt(places, a.end));
    let k = a.end;
    // "Botschafter und Team", "the Ambassador and team": what follows "and" is not the title's subject.
    while (!q && k < ws.length && L.connectors.has(ws[k]!) && !COORDINATION.has(ws[k]!)) k++;
    if (!q && COORDINATION.has(ws[k] ?? '')) continue;
    // After "of the": the first words may name the event ("Lagos City"), not a state.
    for (let skipped = 0; !q && k > a.end && k < ws.length && skipped < 3; skipped++) {
      const p = placeAt(places, k);
      q = subjects.find((h) => h.start === k) ?? subjectAfterState(p);
      if (q || (p && (p.org || !p.capital))) break;
      k = p ? p.end : k + 1;
    }
    if (q) {
      const from = Math.min(a.start, q.start);
      out.push({ kind: 'non_state_ambassador', source: ws.slice(from, Math.max(a.end, q.end)).join(' ') });
    }
  }

  if (/\d/.test(text)) out.push(...salesNumbers(text, L));
  return out;
}

const PHONE = /\+?\(?\d(?:[\d()\-\u00A0]|[ .](?=[\d(])){7,20}\d/g;

/** Prices, and phone or messaging numbers that are not a citizens' emergency line. */
function salesNumbers(text: string, L: Lex): Against[] {
  const out: Against[] = [];
  for (const m of text.matchAll(L.price)) {
    const { before } = around(text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    if (!L.fees.find(words(fold(before))).length) out.push({ kind: 'commerce', label: 'price', source: m[0].trim() });
  }
  for (const m of text.matchAll(/\bwa\.me\/\+?\d{7,}/gi)) out.push({ kind: 'commerce', label: 'WhatsApp or Telegram number', source: m[0] });
  for (const m of (text.match(/\d/g)?.length ?? 0) >= 9 ? text.matchAll(PHONE) : []) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) continue;
    if (m[0].split(/[^\d]+/).every((g) => /^(?:19|20)\d\d$/.test(g) || g === '')) continue;
    const at = m.index ?? 0;
    if (at > 0 && /[\p{L}\/]/u.test(text[at - 1]!)) continue;
    const { before, after } = around(text, at, at + m[0].length);
    const pre = words(fold(before));
    if (L.emergency.find(pre).length || L.emergency.findCJK(fold(before)).length) continue;
    let j = pre.length;
    while (j > 0 && pre.length - j < 3 && L.fillers.has(pre[j - 1]!)) j--;
    const labelled = (labels: PhraseMatcher<true>) => labels.find(pre.slice(Math.max(0, j - 2), j)).some((h) => h.end === Math.min(j, 2));
    const next = words(fold(after)).slice(0, 2);
    if (labelled(L.apps) || L.apps.find(next).some((h) => h.start === 0)) {
      out.push({ kind: 'commerce', label: 'WhatsApp or Telegram number', source: m[0].trim() });
    } else if (!labelled(L.officeLines)) {
      // A bare number sells only next to the service it sells ("Visa appointments: +44 7946 0321"), or under a
      // display name that is the service ("UK Embassy Visa Appointment").
      const near = L.services.find([...pre, ...next]).length + L.services.findCJK(fold(before + after)).length > 0;
      out.push({ kind: 'commerce', label: 'phone number', source: m[0].trim(), withService: true, inName: !near });
    }
  }
  return out;
}

function placeAt(places: Place[], i: number): Place | undefined {
  return places.find((p) => p.start === i);
}
function placeEndingAt(places: Place[], end: number): Place | undefined {
  return places.find((p) => p.end === end);
}

/** Finds the state a role word belongs to (before it, or after "of"/genitive) and where it is posted. */
function attach(r: RoleHit, ws: string[], places: Place[], L: Lex) {
  // Before: "Russian Embassy", "U.S. Mission", "Fiji's Ambassador", "Türkiye'nin Washington Büyükelçiliği".
  let j = r.start;
  let skipped = 0;
  while (j > 0 && skipped < 2 && !placeEndingAt(places, j) && L.connectors.has(ws[j - 1]!) && !L.hostPreps.has(ws[j - 1]!)) {
    j--;
    skipped++;
  }
  const before = placeEndingAt(places, j);
  if (before) {
    if (before.org) r.orgBefore = before.org;
    else if (before.capital) {
      r.host = before;
      const gen = placeEndingAt(places, before.start - 1) ?? placeEndingAt(places, before.start);
      if (gen && gen.code && !gen.capital) r.sender = gen;
    } else {
      // Turkish genitive: "<Sender>'nin <Host> Büyükelçiliği".
      const prev = places.find((p) => p.end === before.start - 1 && /^(nin|nın|nun|nün|in|ın|un|ün)$/.test(ws[p.end] ?? ''));
      if (prev && prev.code) {
        r.sender = prev;
        r.host = before;
      } else r.sender = before;
    }
  }
  // After: connectors, then the sender (genitive/"of"); a host preposition, then the host.
  let k = r.end;
  // "mission to", "delegation to": the phrase itself ends on the host preposition.
  let prep = L.hostPreps.has(ws[r.end - 1] ?? '');
  let steps = 0;
  let unknownCity = 0;
  while (k < ws.length && steps < 8) {
    const p = placeAt(places, k);
    if (p) {
      if (p.org) {
        if (prep || r.sender) r.host ??= p;
        r.orgAfter ??= p.org;
        if (prep) break;
      } else if (!prep && !r.sender && !p.capital) {
        r.sender = p;
      } else if (unknownCity && (p.capital || !prep)) {
        break;
      } else if (!r.host || (prep && r.host.capital)) {
        r.host = p;
        if (prep) break;
      }
      k = p.end;
      steps++;
      continue;
    }
    const w = ws[k]!;
    if (L.hostPreps.has(w)) prep = true;
    else if (!L.connectors.has(w)) {
      // "à Québec, Canada", "em Lisboa, Portugal": a city we do not know, then its country.
      if (prep && !r.host && unknownCity < 1) unknownCity++;
      else break;
    }
    k++;
    steps++;
  }
}

const CJK_ROLES: [RegExp, LexRole][] = [
  [/总领事馆|總領事館|领事馆|總領館|总领馆/, 'consulate'],
  [/大使馆|大使館/, 'embassy'],
  [/使团|代表团/, 'mission'],
  [/总领事|大使/, 'ambassador'],
];

/** Chinese "<sender>驻<host><post>": 中国驻美国大使馆, 中华人民共和国常驻东南亚国家联盟使团. */
function cjkPass(folded: string, seg: number, roles: RoleHit[], places: Place[], orgs: string[], L: Lex) {
  const cjkPlaces = findPlacesCJK(folded);
  const cjkOrgs = L.orgs.findCJK(folded);
  for (const o of cjkOrgs) orgs.push(o.value);
  for (const m of folded.matchAll(/([^\s/|,;:。，]{0,16}?)驻([^\s/|,;:。，]{0,16}?)(总领事馆|總領事館|领事馆|总领馆|大使馆|大使館|使团|代表团|总领事|大使)/g)) {
    const at = m.index ?? 0;
    const m1 = m[1] ?? '', m2 = m[2] ?? '', m3 = m[3] ?? '';
    const hostFrom = at + m1.length + 1;
    const hostTo = hostFrom + m2.length;
    const role = (CJK_ROLES.find(([re]) => re.test(m3)) ?? CJK_ROLES[0]!)[1];
    const sender = cjkPlaces.find((p) => p.index >= at && p.end <= at + m1.length && p.kind !== 'capital');
    const hostPlace = cjkPlaces.find((p) => p.index >= hostFrom && p.end <= hostTo);
    const hostOrg = cjkOrgs.find((p) => p.index >= hostFrom && p.end <= hostTo);
    const mk = (code: string | null, org: string | null): Place => ({ start: -1, end: -1, code, org, capital: false });
    roles.push({
      role: hostOrg ? 'mission' : role, weak: false, start: -1, end: -1, seg, source: m[0],
      sender: sender ? mk(sender.code, null) : null,
      host: hostOrg ? mk(null, hostOrg.value) : hostPlace ? mk(hostPlace.code, null) : null,
      orgBefore: null, orgAfter: null,
    });
  }
  // Role words without 驻: 外交部, 发言人, 国家主席 ...
  const L2 = L.roles.findCJK(folded);
  for (const h of L2) {
    if (roles.some((r) => r.source.includes(h.source))) continue;
    const before = cjkPlaces.filter((p) => p.end <= h.index).pop();
    roles.push({
      role: h.value.role, weak: h.value.weak, start: -1, end: -1, seg, source: h.source,
      sender: before ? { start: -1, end: -1, code: before.code, org: null, capital: false } : null,
      host: null, orgBefore: null, orgAfter: null,
    });
  }
  for (const p of cjkPlaces) if (p.kind !== 'capital') places.push({ start: -1, end: -1, code: p.code, org: null, capital: false });
}

// --- Handles ---------------------------------------------------------------------------------

const HANDLE_ROLES: Record<string, LexRole> = {
  emb: 'embassy', embassy: 'embassy', amba: 'embassy', ambassade: 'embassy', embajada: 'embassy', embaixada: 'embassy', botschaft: 'embassy',
  botschafter: 'ambassador', botschafterin: 'ambassador',
  amb: 'ambassador', ambassador: 'ambassador', embajador: 'ambassador', embaixador: 'ambassador', hc: 'ambassador', charge: 'ambassador',
  cons: 'consulate', consul: 'consulate', consulate: 'consulate', cg: 'consulate', gk: 'consulate', consulado: 'consulate',
  mission: 'mission', msn: 'mission', permrep: 'mission', mfa: 'foreign_ministry', mofa: 'foreign_ministry', diplo: 'foreign_ministry',
  pmo: 'head_of_government', pm: 'head_of_government',
};
const HANDLE_ORGS: Record<string, string> = { un: 'UN', onu: 'UN', nato: 'NATO', otan: 'NATO', eu: 'EU', osce: 'OSCE', asean: 'ASEAN', au: 'AU' };
const HANDLE_LINKS = new Set(['in', 'at', 'to', 'en', 'em', 'a']);

interface HandleInfo {
  role: LexRole | null;
  sender: string | null;
  host: string | null;
  hostOrg: string | null;
}

/** Splits a handle like "RusEmbUSA", "GermanyinKenya", "ChinaMission2UN" into places, links and role words. */
export function parseHandle(handle: string): HandleInfo {
  const info: HandleInfo = { role: null, sender: null, host: null, hostOrg: null };
  const written = (handle.split('@')[0] ?? '').split('.')[0]!.slice(0, 40);
  // Where a handle has capitals, a two-letter code is read only as a word of its own: in capitals
  // ("UKinUSA", "EmbRusKE") or capitalised and ending where the next word starts ("EmbajadorUyAr");
  // "BotschafterBier" names no ER or BI. A handle without capitals gives no such boundaries.
  const anyCapital = /[A-Z]/.test(written);
  const capital = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
  for (const original of written.split(/[^a-zA-Z]+/).filter(Boolean)) {
    const chunk = original.toLowerCase();
    const codeHere = (i: number) =>
      !anyCapital || (capital(original[i]) && (capital(original[i + 1]) || i + 2 === original.length || capital(original[i + 2])));
    // Dynamic programming: cover as many letters as possible with known pieces, in as few pieces as possible.
    const n = chunk.length;
    const best: { cost: number; parts: string[] }[] = Array(n + 1);
    best[0] = { cost: 0, parts: [] };
    for (let i = 0; i < n; i++) {
      const here = best[i];
      if (!here) continue;
      const skip = { cost: here.cost + 3, parts: [...here.parts, '?' + chunk[i]] };
      const next = best[i + 1];
      if (!next || skip.cost < next.cost) best[i + 1] = skip;
      for (let j = i + 2; j <= Math.min(n, i + 24); j++) {
        const piece = chunk.slice(i, j);
        const known =
          piece in HANDLE_ROLES || piece in HANDLE_ORGS || HANDLE_LINKS.has(piece) || (handlePlace(piece) !== null && (piece.length > 2 || codeHere(i)));
        if (!known) continue;
        const cost = here.cost + 1;
        const there = best[j];
        if (!there || cost < there.cost) best[j] = { cost, parts: [...here.parts, piece] };
      }
    }
    // Two-letter codes fill any gap ("saopaulo" → "sa"+"o"+"pa"...): trust short pieces only when the
    // whole chunk is covered by known pieces.
    const parts = best[n]?.parts ?? [];
    // ...and a chunk read as nothing but two-letter codes ("huge" → HU+GE) is not a reading at all.
    const complete = !parts.some((p) => p.startsWith('?')) && parts.some((p) => p.length >= 3);
    let link = false;
    for (const part of parts) {
      if (!complete && part.length < 4) continue;
      if (part.startsWith('?')) continue;
      if (HANDLE_LINKS.has(part)) {
        link = true;
        continue;
      }
      if (part in HANDLE_ROLES) {
        info.role ??= HANDLE_ROLES[part] ?? null;
        continue;
      }
      if (part in HANDLE_ORGS) {
        if (info.sender) info.hostOrg ??= HANDLE_ORGS[part] ?? null;
        continue;
      }
      const p = handlePlace(part);
      if (!p) continue;
      if (!info.sender && !link && p.kind !== 'capital') info.sender = p.code;
      else if (!info.host && p.code !== info.sender) info.host = p.code;
    }
  }
  return info;
}

/** Digits that stand for letters in an imitation ("G0V", "Mex1co"); not 2 and 4, which real handles use for "to" and "for". */
const DIGIT_LETTERS: Record<string, string[]> = { '0': ['o'], '1': ['l', 'i'], '3': ['e'], '5': ['s'], '7': ['t'], '8': ['b'] };
const HANDLE_GOV = new Set(['gov', 'govt', 'gob', 'gouv', 'mfa', 'mofa']);
/** Office words a handle spells out, read for an i and an l swapped ("palaupresldent"). */
const HANDLE_TITLES = new Set([
  'president', 'presidency', 'presidencia', 'presidente', 'embassy', 'embajada', 'ambassade', 'botschaft', 'ministry', 'ministerio',
  'minister', 'consulate', 'government', 'gobierno', 'governo', 'gouvernement', 'regierung',
]);
const handleWord = (piece: string, minPlace: number) =>
  piece in HANDLE_ROLES || piece in HANDLE_ORGS || HANDLE_GOV.has(piece) || (piece.length >= minPlace && handlePlace(piece) !== null);

/** A known word of `chunk` (a role, an organisation, a state) that covers letter `k`, and where it starts. */
function wordCovering(chunk: string, k: number, minPlace: number): { piece: string; at: number } | null {
  for (let i = Math.max(0, k - 23); i <= k; i++) {
    for (let j = Math.max(k + 1, i + 3); j <= Math.min(chunk.length, i + 24); j++) {
      const piece = chunk.slice(i, j);
      if (handleWord(piece, minPlace)) return { piece, at: i };
    }
  }
  return null;
}
/** A state's name of four letters or more written plainly somewhere in `chunk` between `from` and `to`. */
function nameWithin(chunk: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) for (let j = i + 4; j <= to; j++) if (handlePlace(chunk.slice(i, j))?.kind === 'name') return true;
  return false;
}

/**
 * A handle that writes a state's or an office's word with a look-alike character: a digit between letters
 * ("Iraqi_G0V", "SpainEmbMex1co"), or an i and an l swapped in a state's name ("GreeceinSpaln", "IsraeIMFA").
 * An office writes its own name plainly; returns the word and how it was written, or null.
 */
export function lookalikeSpelling(handle: string): { word: string; written: string } | null {
  const written = (handle.split('@')[0] ?? '').split('.')[0]!.slice(0, 40);
  // "In" written with a lower-case l between capitals: "EUlnASEAN", "UKlnUSA" (not "BlnBDI", Berlin).
  if (/[A-Z]{2}ln[A-Z]/.test(written)) return { word: 'in', written };
  for (const run of written.split(/[^a-zA-Z0-9]+/).filter(Boolean)) {
    const chunk = run.toLowerCase();
    for (let k = 0; k < chunk.length; k++) {
      const c = chunk[k]!;
      // A digit between letters, or closing a run of letters ("TongaPM0").
      const between = /[a-z]/.test(chunk[k - 1] ?? '') && (/[a-z]/.test(chunk[k + 1] ?? '') || k === chunk.length - 1);
      const swaps = between && DIGIT_LETTERS[c] ? DIGIT_LETTERS[c] : c === 'l' ? ['i'] : c === 'i' ? ['l'] : [];
      for (const letter of swaps) {
        // A letter swapped only where the handle as written names nothing, into a state's name of five
        // letters or more that no name as written overlaps: "Mall" is no "Mali", and "finlandla" (Finland
        // in LA) no "Finlandia".
        const isLetter = /[a-z]/.test(c);
        if (isLetter && wordCovering(chunk, k, 3)) continue;
        const swapped = chunk.slice(0, k) + letter + chunk.slice(k + 1);
        if (isLetter) {
          for (const t of HANDLE_TITLES) {
            const at = swapped.indexOf(t);
            if (at >= 0 && at <= k && k < at + t.length && !chunk.includes(t)) return { word: t, written: run };
          }
        }
        const found = wordCovering(swapped, k, isLetter ? 5 : 3);
        if (!found) continue;
        // A digit closing the handle names an office ("PM0"), never a place: "policesecretar3" is no "are".
        const closing = !isLetter && k === chunk.length - 1;
        if (closing && !(found.piece in HANDLE_ROLES || HANDLE_GOV.has(found.piece))) continue;
        if (isLetter && (handlePlace(found.piece)?.kind !== 'name' || nameWithin(chunk, found.at, found.at + found.piece.length))) continue;
        return { word: found.piece, written: run };
      }
    }
  }
  return null;
}

// --- Decision --------------------------------------------------------------------------------

/** The state of an institution's name ("Quirinale" → IT), for a role named by its seat. */
const INSTITUTION_OF = new Map(INSTITUTIONS);

const NOT_OFFICIAL: Identification = { official: false, country: null, org: null, role: null, host: null, basis: null, reasons: [] };

const SPECIFIC: LexRole[] = [
  'embassy', 'consulate', 'ambassador', 'mission', 'foreign_ministry', 'foreign_minister', 'head_of_government', 'head_of_state',
];
/** Services no office names itself after (a ministry of immigration does; an office of legalisation does). */
const SOLD_IN_NAME: ReadonlySet<string> = new Set(['visas', 'appointments', 'passports', 'scholarships', 'jobs abroad']);
const COMPANY_FORM_SET: ReadonlySet<string> = new Set(COMPANY_FORMS);
const GIVEAWAY_NAME_SET: ReadonlySet<string> = new Set(GIVEAWAY_NAME_WORDS.flatMap((w) => words(fold(w))));

/**
 * The reasons an account is not official whatever it claims, or none. Commerce is one reason naming the
 * services sold and how ("commercial service: visa appointments (price "150 €", ...)"); a phone number or
 * "DM us" is commerce only when a consular service is named, and never against a government badge. News
 * words count in the display name only, and not against a government badge either.
 */
function againstReasons(segs: readonly Segment[], grey: boolean): string[] {
  const L = getLex();
  const servicesIn = (s: Segment) => [...L.services.find(s.ws), ...L.services.findCJK(s.folded)].map((h) => h.value);
  const found = segs.flatMap((s) => s.against);
  const name = segs[0]!;
  if (!grey) for (const h of [...L.newsName.find(name.ws), ...L.newsName.findCJK(name.folded)]) if (h.value) found.push({ kind: 'news', source: h.source });
  // An office's display name names the office; one that names what it sells ("US Embassy Visa Desk",
  // "RDV Ambassade & Visa Schengen") is a business under an office's name. No listed office and no
  // account of the evaluation sets' real offices names a service so.
  if (!grey) {
    const sold = [...L.services.find(name.ws), ...L.services.findCJK(name.folded)].find((h) => SOLD_IN_NAME.has(h.value));
    if (sold) found.push({ kind: 'commerce', label: 'a service in the display name', source: sold.source });
    // The bio's legal form first: the honorary-consul phrases are read only for the rare bio that has one.
    const bioCompany = segs[1]?.ws.find((w) => COMPANY_FORM_SET.has(w));
    const company =
      name.ws.find((w) => COMPANY_FORM_SET.has(w)) ?? (bioCompany && segs.some((s) => L.honoraryConsul.find(s.ws).length > 0) ? bioCompany : undefined);
    if (company) found.push({ kind: 'business', source: company });
    const giveaway = name.ws.find((w) => GIVEAWAY_NAME_SET.has(w));
    if (giveaway) found.push({ kind: 'commerce', label: 'a giveaway or raffle in the display name', source: giveaway });
  }
  if (!found.length) return [];
  const services = new Set(found.some((e) => e.kind === 'commerce') ? segs.flatMap(servicesIn) : []);
  // "Presented credentials in June" ends a nomination; "pending the presentation of credentials" does not.
  const awaited = (s: Segment, h: Hit<true>) => L.pending.find(s.ws.slice(Math.max(0, h.start - 6), h.start)).length > 0;
  const awaitedCJK = (s: Segment, h: { index: number; end: number }) =>
    PENDING_CJK.before.test(s.folded.slice(Math.max(0, h.index - 2), h.index)) || PENDING_CJK.after.test(s.folded.slice(h.end));
  const inOffice =
    found.some((e) => e.kind === 'designate') &&
    segs.some((s) => L.inOffice.find(s.ws).some((h) => !awaited(s, h)) || L.inOffice.findCJK(s.folded).some((h) => !awaitedCJK(s, h)));
  const byKind = new Map<AgainstKind, string>();
  const commerce = new Map<string, string>();
  for (const e of found) {
    if (e.kind === 'designate' && inOffice) continue;
    if (e.kind === 'commerce') {
      if (e.withService && (grey || !services.size)) continue;
      if (e.inName && !servicesIn(name).length) continue;
      if (!commerce.has(e.label ?? '')) commerce.set(e.label ?? '', e.source);
      continue;
    }
    if (!byKind.has(e.kind)) byKind.set(e.kind, `${AGAINST_REASON[e.kind]} ("${e.source}")`);
  }
  const reasons = [...byKind.values()];
  if (commerce.size) {
    let named = CONSULAR_SERVICES.map((c) => c.service).filter((c) => services.has(c));
    for (const [a, b, both] of SERVICE_PAIRS) if (named.includes(a) && named.includes(b)) named = [both, ...named.filter((n) => n !== a && n !== b)];
    const how = [...commerce].map(([label, source]) => `${label} "${source}"`).join(', ');
    reasons.unshift(`${AGAINST_REASON.commerce}${named.length ? `: ${named.join(', ')}` : ''} (${how})`);
  }
  return reasons;
}

export function inferAccount(account: AccountInput): Identification {
  const name = clean(account.name, 200);
  const bio = clean(account.bio, 1200);
  const affiliation = clean(account.affiliation, 200);
  const segs = [analyse(name, 0), analyse(bio, 1), analyse(affiliation, 2)] as const;
  const reasons: string[] = [];

  // Evidence against beats any title, flag or claim (a government badge outweighs only news words in the
  // name and a bare number or "DM"): not official, and still an inference.
  const against = againstReasons(segs, account.badge === 'grey');
  if (against.length) return { ...NOT_OFFICIAL, basis: 'inferred', reasons: against };
  if (account.badge === 'gold') return { ...NOT_OFFICIAL, reasons: ['gold badge: a verified business or NGO, not a government'] };
  const spelled = account.badge === 'grey' ? null : lookalikeSpelling(account.handle ?? '');
  if (spelled) {
    return { ...NOT_OFFICIAL, basis: 'inferred', reasons: [`its handle writes "${spelled.word}" with a look-alike character ("${spelled.written}"): an office writes its own name plainly`] };
  }
  // A mirror of an embassy's X feed carries the embassy's name and bio word for word.
  if (account.accountType) {
    return { ...NOT_OFFICIAL, basis: 'inferred', reasons: [account.accountType === 'bot' ? 'the platform marks it automated (a feed or a mirror), not the office itself' : 'a group account: it reposts what its members send'] };
  }

  const roles = segs.flatMap((s) => s.roles);
  const orgsNamed = segs[0].orgs;
  const allOrgs = segs.flatMap((s) => s.orgs);
  const claim = segs.some((s) => s.claim);
  const grey = account.badge === 'grey';
  const handle = parseHandle(account.handle ?? '');
  const hasFM = roles.some((r) => r.role === 'foreign_ministry' && !r.weak) || roles.some((r) => r.role === 'foreign_ministry');

  // Resolve context-dependent words.
  type Cand = { role: Role; hit: RoleHit; org: string | null; strong: boolean };
  const cands: Cand[] = [];
  for (const r of roles) {
    const org = r.orgAfter ?? r.orgBefore;
    let role: Role | null = null;
    switch (r.role) {
      case 'president':
        if (org && !r.sender) role = 'io_official';
        else if (r.sender && !r.sender.org) role = 'head_of_state';
        break;
      case 'io_person':
        if (org && !(r.sender && r.sender.code)) role = 'io_official';
        break;
      case 'spokesperson':
        role = hasFM ? 'foreign_ministry' : org && !r.sender ? 'io_official' : 'government';
        break;
      case 'deputy':
        role = org && !r.sender ? 'io_official' : 'government';
        break;
      case 'mission':
        role = r.orgBefore && !r.sender ? 'international_org' : 'mission';
        break;
      default:
        role = r.role;
    }
    if (!role) continue;
    if (role === 'head_of_state' && org && !r.sender) role = 'io_official';
    const strong = !r.weak || !!(r.sender && r.sender.code);
    cands.push({ role, hit: r, org: role === 'io_official' || role === 'international_org' ? org ?? allOrgs[0] ?? null : null, strong });
  }
  // Name before bio; specific roles before "government"; strong before weak.
  const order = (c: Cand) =>
    (c.strong ? 0 : 100) + (c.role === 'government' ? 50 : 0) + (c.hit.role === 'spokesperson' || c.hit.role === 'deputy' ? 20 : 0) + c.hit.seg * 10;
  cands.sort((a, b) => order(a) - order(b) || a.hit.start - b.hit.start);
  let primary = cands[0] ?? null;

  let role: Role | null = primary?.role ?? null;
  let org: string | null = primary?.org ?? null;

  // An organisation named as the account itself: "United Nations", "NATO", "European Commission".
  // A seat city beside it ("UN Vienna", "UN Geneva") is where the body sits, not a state it serves.
  if ((!role || (!primary!.strong && role === 'government')) && orgsNamed.length && !segs[0].places.some((p) => p.code && !p.capital)) {
    role = 'international_org';
    org = orgsNamed[0] ?? null;
  } else if (!role && claim && allOrgs.length && !segs.some((s) => s.places.some((p) => p.code))) {
    role = 'international_org';
    org = allOrgs[0] ?? null;
  }
  // "<Country> in <Country>", "<Country> at the UN", "France ONU" as a display name.
  if (!role) {
    const [first, second] = segs[0].places;
    if (first && second && first.code && !first.capital) {
      if (second.org) role = 'mission';
      else if (second.code && second.code !== first.code) role = 'embassy';
    }
  }
  // An organisation's post in a state: the EU's delegations are its embassies ("EU in Yemen",
  // "Delegation of the European Union to India"); another organisation's office there ("UN in Yemen")
  // is a body of that organisation. Not where a state's own post or official was found, and only with
  // the account's own claim or the government label (a bio may speak of "the EU in Africa").
  if ((!role || role === 'international_org') && (claim || grey)) {
    const orgPost = segs.map((s) => orgPostIn(s, getLex())).find((p) => p !== null);
    if (orgPost?.hostOrg) {
      reasons.push(`mission of ${orgPost.org} to ${orgPost.hostOrg} ("${orgPost.source}")`);
      return { official: true, country: null, org: orgPost.org, role: 'mission', host: orgPost.hostOrg, basis: 'inferred', reasons: [...reasons, ...support(claim, grey)] };
    }
    if (orgPost?.org === 'EU') {
      reasons.push(`delegation of the EU in ${orgPost.host} ("${orgPost.source}")`);
      return { official: true, country: null, org: 'EU', role: 'embassy', host: orgPost.host, basis: 'inferred', reasons: [...reasons, ...support(claim, grey)] };
    }
    if (orgPost && !role) {
      reasons.push(`body of ${orgPost.org} in ${orgPost.host} ("${orgPost.source}")`);
      return { official: true, country: null, org: orgPost.org, role: 'international_org', host: null, basis: 'inferred', reasons: [...reasons, ...support(claim, grey)] };
    }
  }

  if (!role && handle.role && (grey || claim)) role = handle.role as Role;
  if (!role) return { ...NOT_OFFICIAL, reasons: ['no official role named in name or bio'] };

  const isIO = role === 'international_org' || role === 'io_official';
  if (isIO) {
    if (!org) return { ...NOT_OFFICIAL, reasons: ['organisation role without an organisation'] };
    reasons.push(`${role === 'io_official' ? 'official of' : 'body of'} ${org} (${primary?.hit.source ?? 'named in the name'})`);
    return { official: true, country: null, org, role, host: null, basis: 'inferred', reasons: [...reasons, ...support(claim, grey)] };
  }

  // The state the account speaks for.
  let country: string | null = primary?.hit.sender?.code ?? null;
  let why = country ? `"${primary!.hit.source}" of ${country}` : '';
  // A role named by its seat ("Quirinale", "Taipei Economic and Cultural Office") names its state too,
  // before any other place in the name (the office's host).
  const seat = primary ? INSTITUTION_OF.get(primary.hit.source) : undefined;
  if (!country && seat) { country = seat; why = `"${primary!.hit.source}" of ${country}`; }
  if (!country) {
    for (const c of cands) if (c.hit.sender?.code) { country = c.hit.sender.code; why = `"${c.hit.source}" of ${country}`; break; }
  }
  const namePlaces = segs[0].places.filter((p) => p.code && !p.capital);
  if (!country && namePlaces[0]) { country = namePlaces[0].code; why = `${country} named in the display name`; }
  const nameFlags = flagsIn(name);
  const inst = segs.flatMap((s) => s.institutions)[0] ?? null;
  if (!country && inst) { country = inst; why = `institution of ${inst}`; }
  // A weak role word ("ministry") takes its state from the bio only with the platform's government label.
  if (!country && segs[1].places.some((p) => p.code && !p.capital) && ((primary?.strong ?? false) || grey)) {
    country = segs[1].places.find((p) => p.code && !p.capital)!.code;
    why = `${country} named in the bio`;
  }

  if (!country && nameFlags[0]) { country = nameFlags[0]; why = `flag ${country} in the display name`; }
  // A ministry that writes in its own language often names no state but shows its flag; with the
  // platform's government label, one flag in the bio is that state.
  if (!country && grey) {
    const bioFlags = [...new Set(flagsIn(bio))];
    if (bioFlags.length === 1) { country = bioFlags[0]!; why = `flag ${country} in the bio`; }
  }
  if (!country && handle.sender) { country = handle.sender; why = `handle names ${country}`; }
  if (!country && account.platform !== 'x') {
    const domain = account.platform === 'mastodon' ? account.handle.split('@').pop() ?? '' : account.handle;
    const t = countryFromTld(domain);
    if (t) { country = t; why = `domain .${domain.split('.').pop()}`; }
  }

  const strong = primary ? primary.strong || !!primary.hit.sender?.code : false;
  // A state read only from a flag, the handle or the domain needs the account's own claim or a badge.
  const countryFromText = !!country && !/^(flag|handle|domain)/.test(why);
  if (country && !countryFromText && !claim && !grey) {
    return { ...NOT_OFFICIAL, reasons: [`state only hinted (${why}); no official claim or government badge`] };
  }
  if (!strong && !claim && !grey) return { ...NOT_OFFICIAL, reasons: ['role word without a state, an official claim or a government badge'] };
  if (!country && !grey) return { ...NOT_OFFICIAL, reasons: ['no state named'] };
  if (role === 'government' && !claim && !grey && !primary?.hit.sender?.code) {
    return { ...NOT_OFFICIAL, reasons: ['generic government word without an official claim'] };
  }

  // Where the post is.
  let host: string | null = null;
  if (role === 'embassy' || role === 'consulate' || role === 'ambassador' || role === 'mission') {
    const hosts = [primary?.hit, ...cands.map((c) => c.hit)].filter((h): h is RoleHit => !!h).map((h) => h.host).filter((h) => h && (h.code ?? h.org) !== country);
    const h = hosts.find((x) => x && !x.capital) ?? hosts[0];
    host = h ? h.org ?? h.code : null;
    if (!host) {
      const p = segs[0].places.filter((x) => (x.code ?? x.org) && (x.code ?? x.org) !== country);
      if (p[0]) host = p[0].org ?? p[0].code;
    }
    if (!host && nameFlags.length >= 2 && nameFlags[0] === country) host = nameFlags[1] ?? null;
    if (!host) {
      const bioFlags = flagsIn(bio);
      if (bioFlags.length >= 2 && bioFlags[0] === country) host = bioFlags[1] ?? null;
    }
    if (!host) host = handle.hostOrg ?? (handle.host !== country ? handle.host : null);
    if (!host && account.location) {
      const loc = analyse(clean(account.location, 200), 3).places.find((x) => x.code && x.code !== country);
      if (loc) host = loc.code;
    }
    if (role === 'mission' && host && /^[A-Z]{2}$/.test(host) && !allOrgs.length) {
      // A "mission" posted to a state is an embassy-like post; keep the state as host.
    }
  }
  // Every embassy is posted somewhere, and its profile says where (in the handle, the name, the bio, a flag
  // or the location); one that names no host is what an impostor's profile looks like, unless the platform
  // vouches for it. (Consulates and envoys often name only a city this reading does not know.)
  if (role === 'embassy' && !host && !grey) {
    return { ...NOT_OFFICIAL, basis: 'inferred', reasons: [`an embassy that names no host country or city ("${primary?.hit.source ?? 'embassy'}"), without the government label`] };
  }
  reasons.push(`${role.replace(/_/g, ' ')}${primary ? ` ("${primary.hit.source}")` : ''}${why ? `; ${why}` : ''}`);
  return { official: true, country, org: null, role, host, basis: 'inferred', reasons: [...reasons, ...support(claim, grey)] };
}

/**
 * "<organisation> [delegation | office | …] <in | to | au | en …> <state>": the organisation and the state
 * it is posted in, with at most a post word between them.
 */
function orgPostIn(seg: Segment, L: Lex): { org: string; host: string; hostOrg?: string; source: string } | null {
  for (const p of seg.places) {
    if (!p.org) continue;
    let k = p.end;
    const after = L.orgPostWords.find(seg.ws.slice(k, k + 2)).find((h) => h.start === 0);
    if (after) k += after.end;
    // The post word may also come first, with connectors to the organisation ("Delegation of the European Union").
    let b = p.start;
    while (b > 0 && p.start - b < 3 && L.connectors.has(seg.ws[b - 1]!)) b--;
    const before = b < p.start && b > 0 && L.orgPostWords.find(seg.ws.slice(Math.max(0, b - 2), b)).some((h) => h.end === b - Math.max(0, b - 2));
    const word = after ?? (before ? true : undefined);
    if (!L.hostPreps.has(seg.ws[k] ?? '')) continue;
    // Only articles and the like may come between ("to the Republic of Yemen"); "EU to support Yemen" is no post.
    let q = k + 1;
    while (q < seg.ws.length && q <= k + 2 && !placeAt(seg.places, q) && L.connectors.has(seg.ws[q]!)) q++;
    const host = placeAt(seg.places, q);
    if (host?.code && !host.capital) return { org: p.org, host: host.code, source: seg.ws.slice(p.start, host.end).join(' ') };
    // "EU Mission to the UN": one organisation's mission to another.
    if (word && host?.org && host.org !== p.org) return { org: p.org, host: host.org, hostOrg: host.org, source: seg.ws.slice(p.start, host.end).join(' ') };
  }
  return null;
}

/** The last reason of every inference: dropped when the inference only corroborates a listing. */
export const INFERRED_ONLY = 'not listed in the directory: inferred from name and bio';

function support(claim: boolean, grey: boolean): string[] {
  const out: string[] = [];
  if (claim) out.push('says it is an official account');
  if (grey) out.push('grey (government) badge');
  out.push(INFERRED_ONLY);
  return out;
}

export { SPECIFIC };
