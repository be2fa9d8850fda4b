// Which states a post speaks of: country names, demonyms and capitals in the supported languages
// (through the one country matcher, utils/core/countries.ts), country abbreviations (US, UAE, EE.UU.),
// flag emoji, Chinese diplomatic short forms (美方, 中美关系) and @mentions of listed accounts. Each
// mention carries the words that made it, so a figure built on mentions can be checked by reading.
// Pure and bounded: post text is untrusted.
import nlp from 'compromise';
import { codeAlias, findPlaces, findPlacesCJK, flagEmoji, flagsIn, type PlaceKind } from '../countries';
import { CJK, clean, words } from '../accounts/text';
import { fold } from '../text/fold';
import { isUnMember } from '../un-members';

export type MentionKind = PlaceKind | 'abbreviation' | 'flag' | 'account';

export interface Mention {
  /** ISO 3166-1 alpha-2 of the state spoken of, or "EU" for the European Union. */
  code: string;
  kind: MentionKind;
  /** The words (or handle, or flag) as they stand in the text. */
  match: string;
}

export interface MentionOptions {
  /** The post's declared language; English posts get compromise's person and organisation checks. */
  lang?: string | null;
  /** The state a listed account speaks for, by handle (no "@"), or null when the handle is not listed. */
  accountState?: (handle: string) => string | null;
  /** Whether a flag emoji alone speaks of its state (default true; a flag is often the only sign in a post). */
  flags?: boolean;
}

/** The European Union is spoken of like a state in diplomacy and has no ISO 3166-1 code of its own. */
export const EU = 'EU';
// Acronyms in capitals only: "eu" is Portuguese for "I" and a French participle.
const EU_ACRONYMS = /(?<![\p{L}\p{N}])(?:EU|UE|E\.U\.|ЕС)(?![\p{L}\p{N}])|欧盟|欧方/gu;
const EU_NAMES = /(?<![\p{L}\p{N}])(?:European Union|Union européenne|Unión Europea|União Europeia|Unione europea|Europäische[nr]? Union|Евросоюз\p{L}*|Европейск\p{L}+ союз\p{L}*|الاتحاد الأوروبي|الاتحاد الاوروبي|للاتحاد الأوروبي)(?![\p{L}\p{N}])/giu;

/**
 * States are the UN members and the four states outside it (Taiwan, Palestine, Kosovo, the Holy See);
 * dependent territories and special regions (Hong Kong, Puerto Rico, Greenland) are places, not speakers.
 */
export function isSpokenOfState(code: string): boolean {
  return code === EU || isUnMember(code) || STATES_OUTSIDE_UN.has(code);
}
const STATES_OUTSIDE_UN = new Set(['TW', 'PS', 'XK', 'VA']);

/** Bumped whenever the rules below change what is detected: cached mentions of older rules are recomputed. */
export const MENTION_RULES_VERSION = 1;

/** Longest text looked at: posts are at most a few thousand characters; anything longer is cut. */
const MAX_TEXT = 5_000;

// Words after which a place name names a sea, gulf, strait or peninsula rather than the state
// ("South China Sea", "Indian Ocean", "Gulf of Guinea", "Korean Peninsula", "بحر الصين").
const GEOGRAPHY = new Set(
  ['sea', 'seas', 'ocean', 'gulf', 'strait', 'straits', 'peninsula', 'mar', 'mer', 'meer', 'ozean', 'oceano', 'golfe', 'golfo', 'golf', 'estrecho', 'estreito', 'detroit', 'peninsule', 'halbinsel', 'море', 'океан', 'залив', 'пролив', 'полуостров', 'бухта', 'بحر', 'المحيط', 'خليج', 'مضيق', 'شبه'].map(fold),
);
/** Words that link a geography word to its place name: "Gulf of Guinea", "mer de Chine". */
const LINKING = new Set(['of', 'the', 'de', 'du', 'des', 'del', 'la', 'di', 'do', 'da', 'von', 'der']);
// A place name after these names a place elsewhere: New Mexico, Nuevo México, New Guinea, New Jersey.
const NEW = new Set(['new', 'nuevo', 'nueva', 'nouveau', 'nouvelle', 'novo', 'nova', 'neu', 'нью']);
// "American" after these is a continent's or a people's, not the United States'.
const CONTINENT_QUALIFIERS = new Set(['latin', 'south', 'north', 'central', 'native', 'african', 'pan', 'anglo', 'latino', 'latina', 'sud', 'nord', 'centro', 'latinoamericano']);
const CONTINENT_WORDS = new Set(['americas', 'ameriques', 'amerikas']);
// After these a country or capital word is part of a company's, a newspaper's, a treaty's or a club's
// name: Washington Post, Air France, Paris Agreement, Minsk agreements, Georgia Tech, Turkish Airlines.
const INSTITUTION_FOLLOWERS = new Set([
  'post', 'times', 'journal', 'herald', 'tribune', 'examiner', 'airlines', 'airways', 'air', 'bank', 'bahn', 'welle', 'telecom', 'university', 'tech', 'college',
  'agreement', 'agreements', 'accord', 'accords', 'convention', 'statute', 'declaration', 'club', 'forum', 'protocol', 'consensus', 'principles', 'format',
  'nationals', 'commanders', 'wizards', 'capitals', 'mystics', 'huskies', 'bulldogs', 'fries', 'toast', 'dinner', 'sandwich', 'breast', 'pig', 'pigs',
]);
const INSTITUTION_LEADERS = new Set(['air', 'radio', 'accord', 'acuerdo', 'acordo', 'abkommen', 'convention', 'convencion', 'convencao', 'declaration', 'declaracion', 'statut', 'estatuto', 'mount', 'lake', 'roast', 'thanksgiving', 'wild']);
// US-state contexts for Georgia ("Atlanta, Georgia", "the state of Georgia").
const US_GEORGIA = /\b(?:atlanta|savannah|peach state|state of georgia|georgia state|georgia,? (?:usa|us|u\.s\.))\b/i;
/** Titles before a name that make the next word a person's: "Mr Jordan", "Dr. Chad". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'senor', 'senora', 'coach']);
/**
 * Country and capital words that are also ordinary words or first names in a Latin-script language
 * (the bird, the first name, the pepper, the beach): they count only when written with a capital letter.
 */
const NEEDS_CAPITAL = new Set(['turkey', 'chad', 'jordan', 'china', 'guinea', 'georgia', 'jersey', 'chile', 'peru', 'sucre', 'praia', 'victoria', 'santiago', 'lima', 'kingston', 'roma', 'togo', 'cuba', 'panama', 'niger', 'moroni', 'colombo', 'georgetown', 'male', 'bern', 'israel', 'washington']);
/** Words that are also common first names: in English, a person compromise recognises around them is not the state. */
const PERSON_NAMES = new Set(['jordan', 'chad', 'georgia', 'washington', 'israel', 'kenya', 'paris', 'victoria', 'santiago', 'kingston', 'moroni', 'colombo', 'lima', 'india', 'china', 'sydney', 'florence']);
/** Words the matcher takes for a place that are mostly another word: George is not Georgia, Indiana not India, a reunión (meeting) not Réunion. */
const FALSE_FRIENDS = new Set(['george', 'georges', 'indiana', 'indianas', 'jordans', 'reunion', 'reunions']);
/** Malé is "male" without its accent: only the accented spelling counts. */
const ACCENT_REQUIRED: Record<string, string> = { male: 'malé' };
// Congo alone (or as "DR Congo") is the DRC in most writing; the Republic of the Congo is matched by its longer names.
const CONGO = new Set(['congo', 'kongo', 'конго', 'الكونغو']);
// Initials written with dots, which the country matcher reads only without them (USA, UK). "EE. UU." is
// one of the matcher's own short names.
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])(?:U\.S\.A\.|U\.S\.|U\.K\.)/gu, ''],
];
// Chinese diplomatic writing names states by one character: 美方 (the US side), 中美关系 (China–US
// relations). Only the states with a settled one-character form.
const CHINESE_SHORT: Record<string, string> = { 中: 'CN', 美: 'US', 俄: 'RU', 日: 'JP', 英: 'GB', 法: 'FR', 德: 'DE', 韩: 'KR', 朝: 'KP', 印: 'IN', 乌: 'UA', 澳: 'AU', 越: 'VN', 菲: 'PH', 以: 'IL' };
const CHINESE_SIDE = /([中美俄日英法德韩朝印乌澳越菲以])方/g;
// 驻华 (in China), 访华 (visiting China), 涉台 (concerning Taiwan): the one-character forms after a verb.
const CHINESE_VERB_FORMS: [RegExp, string][] = [
  [/[驻访来对涉在赴]华/g, 'CN'],
  [/(?:[涉对美]台|台独)/g, 'TW'],
];
const CHINESE_PAIR = /([中美俄日英法德韩朝印乌澳越菲])([中美俄日英法德韩朝印乌澳越菲])(?=关系|合作|两国|双方|友好|战略|贸易|元首|峰会|外长|建交|之间|伙伴|对话|会谈|联合|领导人|经贸|友谊|人文)/g;

/** Handles of @mentions: X's, Bluesky domains, Mastodon user@instance. */
const HANDLE = /(?<![\p{L}\p{N}_@])@([A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/gu;
const URL = /\bhttps?:\/\/\S+/g;

interface Token {
  /** The folded word the matcher sees. */
  word: string;
  /** The original text of the word it came from (before folding), and where it stands. */
  original: string;
  index: number;
  end: number;
}

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/(#?)([\p{L}\p{M}\p{N}]+)/gu)) {
    // A hashtag in camel case is several words: #StandWithUkraine.
    const parts = m[1] ? m[2]!.split(/(?<=\p{Ll})(?=\p{Lu})/u) : [m[2]!];
    let index = m.index + m[1]!.length;
    for (const part of parts) {
      for (const word of words(fold(part))) out.push({ word, original: part, index, end: index + part.length });
      index += part.length;
    }
  }
  return out;
}

const startsUpper = (s: string) => /^\p{Lu}/u.test(s);

/** The spans compromise reads as a person's name or a non-state organisation, as sets of lower-case words. */
function englishEntities(text: string): { people: string[][]; orgs: string[][] } {
  const doc = nlp(text);
  const termsOf = (view: { json: () => { terms: { normal: string }[] }[] }) => view.json().map((p) => p.terms.map((t) => fold(t.normal)));
  return { people: termsOf(doc.people()).filter((p) => p.length >= 2), orgs: termsOf(doc.organizations()) };
}
const STATE_ORG_WORDS = new Set(['ministry', 'embassy', 'government', 'republic', 'kingdom', 'mission', 'consulate', 'foreign', 'affairs', 'office', 'parliament', 'presidency', 'army', 'forces', 'navy', 'state', 'federation', 'department']);

/** Mentions of states in a post, one per state (the first evidence found: @mentions, then abbreviations, then names). */
export function detectMentions(input: string, options: MentionOptions = {}): Mention[] {
  const raw = clean(input, MAX_TEXT);
  const found = new Map<string, Mention>();
  const add = (code: string | null | undefined, kind: MentionKind, match: string) => {
    if (code && !found.has(code) && isSpokenOfState(code)) found.set(code, { code, kind, match });
  };

  for (const m of raw.matchAll(HANDLE)) add(options.accountState?.(m[1]!), 'account', '@' + m[1]);
  // Blanked to the same length, so that offsets in `text` are offsets in `raw`.
  const blank = (s: string) => ' '.repeat(s.length);
  const text = raw.replace(URL, blank).replace(HANDLE, blank);

  for (const re of [EU_ACRONYMS, EU_NAMES]) for (const m of text.matchAll(re)) add(EU, 'name', m[0]);
  if (options.flags !== false) for (const code of flagsIn(text)) add(code, 'flag', flagEmoji(code));
  for (const [re, code] of ABBREVIATIONS) for (const m of text.matchAll(re)) add(code || codeAlias(m[0]), 'abbreviation', m[0]);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.])[A-ZА-Я]{2,4}(?![\p{L}\p{N}])/gu)) add(codeAlias(m[0]), 'abbreviation', m[0]);

  if (CJK.test(text)) {
    const folded = fold(text);
    for (const p of findPlacesCJK(folded)) {
      // 南中国海, 东海: a sea, not the state.
      if (/[南东]/.test(folded[p.index - 1] ?? '') && folded[p.end] === '海') continue;
      if (p.kind === 'capital' && !capitalCounts(p.code)) continue;
      add(p.code, p.kind, folded.slice(p.index, p.end));
    }
    for (const m of text.matchAll(CHINESE_SIDE)) add(CHINESE_SHORT[m[1]!], 'abbreviation', m[0]);
    for (const [re, code] of CHINESE_VERB_FORMS) for (const m of text.matchAll(re)) add(code, 'abbreviation', m[0]);
    for (const m of text.matchAll(CHINESE_PAIR)) {
      add(CHINESE_SHORT[m[1]!], 'abbreviation', m[0]);
      add(CHINESE_SHORT[m[2]!], 'abbreviation', m[0]);
    }
  }

  const tokens = tokenise(text);
  const ws = tokens.map((t) => t.word);
  const spans = findPlaces(ws);
  if (spans.length > 0) {
    const lowerCaseWriter = !/\p{Lu}/u.test(text);
    let entities: ReturnType<typeof englishEntities> | null = null;
    const english = options.lang ? options.lang.toLowerCase().startsWith('en') : /^[\p{Script=Latin}\P{L}]*$/u.test(text);
    for (const span of spans) {
      const first = tokens[span.start]!;
      const word = ws[span.start]!;
      const single = span.end - span.start === 1;
      const prev = ws[span.start - 1];
      const prev2 = ws[span.start - 2];
      const next = ws[span.end];
      let code = span.code;
      if (span.kind === 'capital' && !capitalCounts(code)) continue;
      if (GEOGRAPHY.has(next ?? '') || GEOGRAPHY.has(prev ?? '') || (LINKING.has(prev ?? '') && GEOGRAPHY.has(prev2 ?? ''))) continue;
      if (NEW.has(prev ?? '')) continue;
      if (code === 'US' && (CONTINENT_WORDS.has(word) || CONTINENT_QUALIFIERS.has(prev ?? ''))) continue;
      if (single && INSTITUTION_FOLLOWERS.has(next ?? '')) continue;
      if (INSTITUTION_LEADERS.has(prev ?? '') || (LINKING.has(prev ?? '') && INSTITUTION_LEADERS.has(prev2 ?? ''))) continue;
      // Spanish and Portuguese write the feminine adjective "china" in lower case (la cancillería china).
      const adjective = word === 'china' && /^(?:es|pt)/.test(options.lang ?? '');
      if (single && NEEDS_CAPITAL.has(word) && !adjective && !lowerCaseWriter && !startsUpper(first.original)) continue;
      if (single && ACCENT_REQUIRED[word] && first.original.toLowerCase() !== ACCENT_REQUIRED[word]) continue;
      if (single && FALSE_FRIENDS.has(word)) continue;
      if (single && PERSON_NAMES.has(word) && TITLES.has(prev ?? '')) continue;
      if (word === 'georgia' && US_GEORGIA.test(text)) continue;
      if (CONGO.has(word) && single) code = 'CD';
      if (english && single && PERSON_NAMES.has(word)) {
        entities ??= englishEntities(text);
        // This occurrence is part of a person's name when a neighbouring word is in the same name.
        if (entities.people.some((p) => p.includes(word) && (p.includes(prev ?? '') || p.includes(next ?? '')))) continue;
      }
      // Only a capitalised word after the place can make it part of an organisation's name (Deutsche Bank).
      const nextToken = tokens[span.end];
      if (english && single && (span.kind === 'name' || span.kind === 'capital') && nextToken && startsUpper(nextToken.original)) {
        entities ??= englishEntities(text);
        const inOrg = entities.orgs.find((o) => o.length >= 2 && o.includes(word));
        if (inOrg && !inOrg.some((w) => STATE_ORG_WORDS.has(w))) continue;
      }
      add(code, span.kind, text.slice(first.index, tokens[span.end - 1]!.end));
    }
  }
  return [...found.values()];
}

// Capitals of territories (Hamilton, Stanley, Douglas, The Valley) are mostly other things.
function capitalCounts(code: string): boolean {
  return isSpokenOfState(code) && code !== EU;
}
