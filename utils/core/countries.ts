// Country names, flags and the multilingual country matcher used by account identification.
// Sources: i18n-iso-countries (codes, alpha-3, English names and aliases), the runtime's CLDR data
// through Intl.DisplayNames (names in the ten supported languages, zero bundle cost), and a small
// table generated from world-countries (demonyms, capitals, official long forms CLDR lacks).
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import extra from './accounts/data/countries-extra.json';
import { CAPITAL_NAMES, SHORT_NAMES } from './place-names';
import { CJK, words } from './accounts/text';
import { fold } from './text/fold';
import { isUnMember } from './un-members';

countries.registerLocale(en);

/** The ten languages identification supports, as BCP-47 tags. */
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'de', 'ru', 'zh', 'ar', 'tr', 'it'] as const;
/**
 * Languages whose country names are recognised: the ten, and Ukrainian, in which Ukraine's ministry and
 * embassies write ("Посольство України в США"); its role words are mostly the Russian ones, and the few
 * that differ are in the role lexicon.
 */
const NAME_LANGUAGES = [...LANGUAGES, 'uk'] as const;

const displayNames = new Map<string, Intl.DisplayNames | null>();
function names(locale: string): Intl.DisplayNames | null {
  let d = displayNames.get(locale);
  if (d === undefined) {
    try {
      d = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      d = null;
    }
    displayNames.set(locale, d);
  }
  return d;
}

export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Alpha-2 for an alpha-2 or alpha-3 code (any case), else null. */
export function toAlpha2(code: string): string | null {
  const up = code.trim().toUpperCase();
  if (up.length === 2) return countries.isValid(up) ? up : null;
  if (up.length === 3) return countries.alpha3ToAlpha2(up) ?? null;
  return null;
}

const nameCache = new Map<string, string>();

/** The country's name in the given locale (CLDR via Intl), falling back to English, then the code. */
export function countryName(code: string, locale = 'en'): string {
  // Every badge names its country: Intl lookups are cached (a few hundred codes and locales at most).
  const key = `${locale}:${code}`;
  let name = nameCache.get(key);
  if (name === undefined) {
    name = lookupCountryName(code, locale);
    if (nameCache.size < 5_000) nameCache.set(key, name);
  }
  return name;
}

function lookupCountryName(code: string, locale: string): string {
  const up = code.toUpperCase();
  if (!isCountryCode(up)) return up; // CLDR names pseudo-regions too ("ZZ" → "Unknown Region")
  try {
    const n = names(locale)?.of(up);
    if (n && n !== up) return n;
  } catch {
    /* invalid code for Intl */
  }
  return countries.getName(up, 'en') ?? up;
}

/** Flag emoji from the code's regional indicator letters ('' for anything but two ASCII letters). */
export function flagEmoji(code: string): string {
  const up = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(up)) return '';
  return String.fromCodePoint(0x1f1e6 + up.charCodeAt(0) - 65, 0x1f1e6 + up.charCodeAt(1) - 65);
}

/** Alpha-2 codes of the flag emoji in a text, in order (non-country pairs such as 🇪🇺 are dropped). */
export function flagsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu)) {
    const code = String.fromCharCode(m[1]!.codePointAt(0)! - 0x1f1e6 + 65, m[2]!.codePointAt(0)! - 0x1f1e6 + 65);
    if (isCountryCode(code)) out.push(code);
  }
  return out;
}

// --- Matcher -------------------------------------------------------------------------------

export type PlaceKind = 'name' | 'demonym' | 'capital';
export interface PlaceSpan {
  /** Word index of the first and one past the last word of the mention. */
  start: number;
  end: number;
  code: string;
  kind: PlaceKind;
}
interface Pattern {
  code: string;
  kind: PlaceKind;
  words: string[];
  /** Extra stems the first word may start with (German -land adjectives). */
  alt?: string;
}

// Case endings, adjective and genitive suffixes are short in the Latin-script languages and longer in
// Russian ("Росс|ийской"), so stems accept a script-dependent tail instead of per-case word lists.
function maxTail(word: string): number {
  return /[\u0400-\u04FF]/.test(word) ? 6 : /[\u0600-\u06FF]/.test(word) ? 3 : 4;
}
const TRAILING_VOWELS = /[aeiouyаеёиоуыэюяйьةهيا]{1,2}$/;

/** Stem of a name word: trailing vowels dropped ("francia"→"franc", "россия"→"росс"), never below 4 letters. */
export function stem(word: string): string {
  // Latin stems shorter than 5 letters collide with ordinary words (Sérvia → "serv" → "server").
  const min = /[\u0400-\u04FF\u0600-\u06FF]/.test(word) ? 4 : 5;
  if (word.length <= min) return word;
  const s = word.replace(TRAILING_VOWELS, '');
  return s.length >= min ? s : word.slice(0, min);
}

function wordMatches(text: string, pattern: string, allowStem: boolean): boolean {
  if (text === pattern) return true;
  if (text === pattern + 's') return true; // English/German genitive, plural
  if (!allowStem || pattern.length < 4) return false;
  const s = stem(pattern);
  if (!text.startsWith(s) || text.length - s.length > maxTail(text)) return false;
  // Latin-script endings are a closed set (adjective, case and genitive endings); anything else is
  // another word sharing a prefix ("servi|ng" is not Sérvia). Letters only Persian has are no Arabic
  // ending: "عراقچی" (Araghchi, a name) is not Iraq.
  if (PERSIAN_LETTERS.test(text.slice(s.length))) return false;
  return /[\u0400-\u04FF\u0600-\u06FF]/.test(text) || LATIN_TAIL.test(text.slice(s.length));
}
const PERSIAN_LETTERS = /[پچژگک]/;
const LATIN_TAIL =
  /^(?:|[aeiouyns]|[aeiou]s|an|ian|ians|ese|ish|isch|ische|ischen|ischer|isches|ois|oise|ais|aise|ano|ana|anos|anas|ani|ien|ienne|ense|eno|ena|ino|ina|ico|ica|ier|er|en|ern|ens|iya|ia|ya|ca|li|lu|nin|nun|da|de|ta|te|ye|deki|daki|ca|ça|esa|eses|és|ês|ês|ea|eo|ija|eiro|eira|eiros|eiras)$/;

// Arabic attaches conjunctions, prepositions and the article to the next word (لمصر, والأردن).
const ARABIC_PREFIX = /^(?:وال|بال|لل|فال|كال|ال|و|ف|ب|ل|ك)(?=[\u0600-\u06FF]{2})/;
// Names that carry the article themselves (الأردن, الصين) keep it after a conjunction: والأردن.
const ARABIC_CONJUNCTION = /^[وفبك](?=ال[\u0600-\u06FF]{2})/;
const arabicForms = (w: string) => [w.replace(ARABIC_PREFIX, ''), w.replace(ARABIC_CONJUNCTION, '')];

interface Matcher {
  byKey: Map<string, Pattern[]>;
  cjk: { text: string; code: string; kind: PlaceKind }[];
  handleVocab: Map<string, { code: string; kind: PlaceKind | 'code' }>;
}
let matcher: Matcher | null = null;

// Abbreviations in common use that neither CLDR nor i18n-iso-countries lists as aliases.
const EXTRA_ALIASES: Record<string, string> = {
  KSA: 'SA', PRC: 'CN', ROK: 'KR', DPRK: 'KP', DRC: 'CD', UAE: 'AE', КНР: 'CN', РФ: 'RU', США: 'US', 'T.C.': 'TR',
  // Spanish and Portuguese "Estados Unidos (da América)", Turkish "Amerika Birleşik Devletleri", French
  // "République démocratique du Congo".
  EEUU: 'US', EUA: 'US', ABD: 'US', RDC: 'CD',
};
// Adjectives whose stem is not the country name's in that language (CLDR has no adjectives and
// world-countries has English and French demonyms only); regular ones are caught by stems.
const IRREGULAR_ADJECTIVES: Record<string, string[]> = {
  FR: ['französisch'],
  RU: ['russisch', 'ruso', 'rusa', 'rusos', 'русский', 'русская', 'русские'],
  CN: ['chinesisch', 'chino', 'chinos'],
  UA: ['ukrainisch', 'ucraniano', 'ucraniana'],
  IL: ['israelisch'],
  TR: ['türkisch', 'турецкий', 'турецкая', 'турецкие'],
  IN: ['indisch'],
  SA: ['saudisch', 'саудовский', 'саудовская'],
  EG: ['ägyptisch', 'egipcio', 'egipcia', 'egípcio', 'egípcia'],
  JP: ['japanisch'],
  GB: ['britisch', 'britannico', 'britanico', 'britânico', 'britannica', 'británica', 'британский', 'ingiliz'],
  US: ['amerikanisch', 'estadounidense', 'norteamericano', 'norteamericana', 'statunitense', 'norte-americano', 'американский', 'amerikan'],
  DE: ['tedesco', 'немецкий', 'alman', 'alemão', 'alemã'],
  PL: ['polnisch', 'polaco', 'polaca', 'польский', 'польская'],
  DK: ['dänisch'],
  IE: ['irisch'],
  NL: ['nederlanden', 'niederländisch'],
};

function addPattern(m: Matcher, code: string, kind: PlaceKind, raw: string) {
  const f = fold(raw);
  if (CJK.test(f)) {
    if (!m.cjk.some((c) => c.text === f && c.code === code)) m.cjk.push({ text: f, code, kind });
    return;
  }
  const ws = words(f.replace(/['’`]s\b/g, ''));
  if (ws.length === 0 || ws.join('').length < 3) return;
  const w0 = ws[0]!;
  const p: Pattern = { code, kind, words: ws };
  const keys = new Set([w0, stem(w0)]);
  // German "-land" names form adjectives on the bare stem: Deutschland → deutsch(e), Russland → russisch.
  if (w0.endsWith('land') && w0.length >= 8) {
    p.alt = w0.slice(0, -4);
    keys.add(p.alt);
  }
  for (const k of keys) {
    const list = m.byKey.get(k) ?? [];
    if (!list.some((q) => q.code === code && q.words.join(' ') === ws.join(' '))) list.push(p);
    m.byKey.set(k, list);
  }
  // Arabic adjectives (nisba) add ي to the name without its article: الصين → صيني, مصر → مصري.
  if (kind === 'name' && ws.length === 1 && /^[\u0600-\u06FF]+$/.test(w0)) {
    const base = w0.replace(/^ال/, '');
    if (base.length >= 3 && !/[اهي]$/.test(base)) addPattern(m, code, 'demonym', base + 'ي');
  }
  const joined = ws.join('');
  if (joined.length >= 4 && !m.handleVocab.has(joined)) m.handleVocab.set(joined, { code, kind });
}

function buildMatcher(): Matcher {
  const m: Matcher = { byKey: new Map(), cjk: [], handleVocab: new Map() };
  const table = (extra as { countries: Record<string, { d?: string[]; c?: string[]; o?: string[] }> }).countries;
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const en = countries.getName(code, 'en', { select: 'all' }) ?? [];
    for (const n of en) {
      if (/^[A-Z.]{2,6}$/.test(n)) m.handleVocab.set(n.replace(/\./g, '').toLowerCase(), { code, kind: 'code' });
      else addPattern(m, code, 'name', n);
    }
    for (const lang of NAME_LANGUAGES) {
      const n = names(lang)?.of(code);
      if (n && n !== code) addPattern(m, code, 'name', n);
    }
    const x = table[code];
    for (const n of x?.o ?? []) addPattern(m, code, 'name', n);
    for (const n of x?.d ?? []) addPattern(m, code, 'demonym', n);
    for (const n of x?.c ?? []) addPattern(m, code, 'capital', n.replace(/\bD\.? ?C\.?$/, '').trim());
    const a3 = countries.alpha2ToAlpha3(code);
    if (a3 && !m.handleVocab.has(a3.toLowerCase())) m.handleVocab.set(a3.toLowerCase(), { code, kind: 'code' });
    if (!m.handleVocab.has(code.toLowerCase())) m.handleVocab.set(code.toLowerCase(), { code, kind: 'code' });
  }
  for (const [code, adjs] of Object.entries(IRREGULAR_ADJECTIVES)) for (const a of adjs) addPattern(m, code, 'demonym', a);
  for (const [code, capitals] of Object.entries(CAPITAL_NAMES)) for (const c of capitals) addPattern(m, code, 'capital', c);
  for (const [code, short] of Object.entries(SHORT_NAMES)) for (const n of short) addPattern(m, code, 'name', n);
  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) {
    const k = alias.replace(/\./g, '').toLowerCase();
    m.handleVocab.set(k, { code, kind: 'code' });
    if (CJK.test(alias) || /[\u0400-\u04FF]/.test(alias)) addPattern(m, code, 'name', alias);
  }
  // Longest CJK names first so 南非共和国 wins over a shorter overlapping name.
  m.cjk.sort((a, b) => b.text.length - a.text.length);
  return m;
}

function getMatcher(): Matcher {
  return (matcher ??= buildMatcher());
}

function candidates(m: Matcher, word: string): Pattern[] {
  const out: Pattern[] = [];
  const seen = new Set<Pattern[]>();
  const tryKey = (k: string) => {
    const list = m.byKey.get(k);
    if (list && !seen.has(list)) {
      seen.add(list);
      out.push(...list);
    }
  };
  tryKey(word);
  const tail = maxTail(word);
  for (let k = word.length - 1; k >= Math.max(4, word.length - tail - 2); k--) tryKey(word.slice(0, k));
  return out;
}

function matchAt(ws: string[], i: number, p: Pattern): number {
  const first = ws[i] ?? '';
  const altOk = p.alt !== undefined && p.words.length === 1 && first.startsWith(p.alt) && first.length - p.alt.length <= 4;
  if (!altOk && !wordMatches(first, p.words[0]!, true) && !arabicForms(first).some((f) => wordMatches(f, p.words[0]!, true))) return 0;
  for (let j = 1; j < p.words.length; j++) {
    const t = ws[i + j];
    if (t === undefined) return 0;
    if (!wordMatches(t, p.words[j]!, true) && !arabicForms(t).some((f) => wordMatches(f, p.words[j]!, true))) return 0;
  }
  return p.words.length;
}

/**
 * Country mentions in a list of folded words (see utils/accounts/text fold/words), longest match first,
 * tolerant of inflection (России, Deutschlands, mexicana, لمصر) through stems.
 */
export function findPlaces(ws: string[]): PlaceSpan[] {
  const m = getMatcher();
  const spans: PlaceSpan[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // Short words start only a name of several ("EE UU"); alone they are codes, read from the cased text.
    if ((w.length < 3 && !m.byKey.has(w)) || /^\d+$/.test(w)) continue;
    let best: { len: number; p: Pattern; order: number } | null = null;
    const pool = candidates(m, w);
    for (const form of arabicForms(w)) if (form !== w) pool.push(...candidates(m, form));
    for (const p of pool) {
      const len = matchAt(ws, i, p);
      if (len === 0) continue;
      // Equal lengths: the word as written before a stem of it (Niger, not a stem of Nigeria), a name
      // before a demonym or capital, a member state before a territory sharing the word ("American").
      const exact = p.words.every((pw, j) => ws[i + j] === pw || ws[i + j] === pw + 's');
      const order = (exact ? 0 : 16) + rank(p.kind) * 4 + (isUnMember(p.code) ? 0 : 1);
      if (best === null || len > best.len || (len === best.len && order < best.order)) best = { len, p, order };
    }
    if (best) {
      spans.push({ start: i, end: i + best.len, code: best.p.code, kind: best.p.kind });
      i += best.len - 1;
    }
  }
  return spans;
}
function rank(k: PlaceKind): number {
  return k === 'name' ? 0 : k === 'demonym' ? 1 : 2;
}

/** Country mentions in a folded CJK string, as character offsets. */
export function findPlacesCJK(folded: string): { index: number; end: number; code: string; kind: PlaceKind }[] {
  const out: { index: number; end: number; code: string; kind: PlaceKind }[] = [];
  const taken: [number, number][] = [];
  for (const c of getMatcher().cjk) {
    let from = 0;
    for (;;) {
      const i = folded.indexOf(c.text, from);
      if (i < 0) break;
      const end = i + c.text.length;
      if (!taken.some(([a, b]) => i < b && end > a)) {
        taken.push([i, end]);
        out.push({ index: i, end, code: c.code, kind: c.kind });
      }
      from = i + 1;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Uppercase abbreviations in the original (unfolded) text that name a country: US, UK, UAE, KSA, PRC... */
export function codeAlias(token: string): string | null {
  const k = token.replace(/\./g, '');
  if (!/^[A-Z]{2,4}$/.test(k) && !/^[А-Я]{2,3}$/.test(k)) return null;
  const v = getMatcher().handleVocab.get(k.toLowerCase());
  if (!v || v.kind !== 'code') return null;
  // Only aliases in real use as words; bare alpha-2/alpha-3 codes collide with words (IN, TO, AND, CAN).
  const en = countries.getName(v.code, 'en', { select: 'all' }) ?? [];
  const ok = en.some((n) => n.replace(/\./g, '') === k) || EXTRA_ALIASES[k] === v.code || EXTRA_ALIASES[token] === v.code;
  return ok ? v.code : null;
}

/** Vocabulary for splitting handles: joined names, demonyms, capitals, alpha-2 and alpha-3 codes. */
export function handlePlace(segment: string): { code: string; kind: PlaceKind | 'code' } | null {
  return getMatcher().handleVocab.get(segment) ?? null;
}

/** Country of a country-code top-level domain (de, nz, uk → GB), else null. */
export function countryFromTld(domain: string): string | null {
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  if (tld === 'uk') return 'GB';
  if (tld.length !== 2) return null;
  const up = tld.toUpperCase();
  return countries.isValid(up) ? up : null;
}
