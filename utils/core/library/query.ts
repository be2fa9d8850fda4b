import type { PostRecord, StoredPost } from '../records';
import type { Platform, Role, Tone, ToneOrUnknown } from '../model';
import { validDate } from '../text/dates';
import { fold } from '../text/fold';

/** What the popup and the library filter by. Empty strings and undefined mean "any". */
export interface PostFilter {
  /** Words that must all occur (accent- and case-insensitive) in the text, handle or name; "-word" excludes. Quotes keep a phrase. */
  text?: string;
  country?: string;
  role?: Role | '';
  tone?: ToneOrUnknown | '';
  /** A coded tone, or 'uncoded' for posts nobody coded yet. */
  coded?: Tone | 'uncoded' | '';
  tag?: string;
  platform?: Platform | '';
  /** Inclusive bounds, ms since epoch, on the post's date (postedAt, else firstSeen). */
  from?: number | null;
  to?: number | null;
  /** Only these posts (entry keys): a set handed over by another page, e.g. one cell of the insights matrix. */
  keys?: readonly string[];
}

/** The little the library keeps in memory per post, so that 100,000 posts filter and sort in milliseconds. */
export interface LibraryEntry {
  key: string;
  platform: Platform;
  postId: string;
  firstSeen: number;
  /** The post's date: postedAt when known, else firstSeen (ms). */
  date: number;
  handle: string;
  authorName: string;
  country: string | null;
  org: string | null;
  role: Role | null;
  tone: ToneOrUnknown;
  toneScore: number;
  /** The model's probability of its tone; null where a word list decided or it was not kept. */
  toneConfidence: number | null;
  codedTone: Tone | null;
  tags: string[];
  official: boolean;
  saved: boolean;
  text: string;
  /** Folded text + handle + name: what the search looks in. */
  haystack: string;
  /** Precomputed sort keys: a locale-aware compare per pair is far too slow for 100,000 entries. */
  handleKey: string;
  placeKey: string;
}

export const entryKey = (p: { platform: Platform; postId: string }) => `${p.platform}:${p.postId}`;


/** When a post was posted, or first seen where the page gave no valid time. */
export function postDate(p: Pick<PostRecord, 'postedAt' | 'firstSeen'>): number {
  return validDate(p.postedAt)?.getTime() ?? p.firstSeen;
}

export function toEntry(p: StoredPost): LibraryEntry {
  return {
    key: entryKey(p),
    platform: p.platform,
    postId: p.postId,
    firstSeen: p.firstSeen,
    date: postDate(p),
    handle: p.handle,
    authorName: p.authorName,
    country: p.country,
    org: p.org,
    role: p.role,
    tone: p.tone,
    toneScore: p.toneScore,
    toneConfidence: p.toneConfidence ?? null,
    codedTone: p.codedTone ?? null,
    tags: p.tags ?? [],
    official: p.official,
    saved: p.saved ?? false,
    text: p.text,
    haystack: fold(`${p.text}\n@${p.handle}\n${p.authorName}`),
    handleKey: p.handle.toLowerCase(),
    placeKey: p.country ?? p.org ?? '~',
  };
}

export interface SearchTerms {
  include: string[];
  exclude: string[];
  /** Handles (lower case, no "@") from bare `@handle` terms: posts by that account, exactly. */
  accounts: string[];
  /** From `-@handle`: not by that account. */
  notAccounts: string[];
}

/**
 * `condemn "human rights" -russia @StateDept` -> include [condemn, human rights], exclude [russia],
 * posts by @StateDept. A bare `@handle` (a Mastodon `@user@domain` too) means that account and no other
 * (not @StateDept_, not posts that mention it); a quoted `"@handle"` searches the text, mentions included.
 */
export function parseSearch(text: string | undefined): SearchTerms {
  const terms: SearchTerms = { include: [], exclude: [], accounts: [], notAccounts: [] };
  if (!text) return terms;
  for (const match of text.matchAll(/(-?)"([^"]*)"?|(-?)(\S+)/g)) {
    const negated = (match[1] ?? match[3]) === '-';
    const bare = match[4];
    if (bare && /^@[^@\s]+(@[^@\s]+)?$/.test(bare)) {
      (negated ? terms.notAccounts : terms.accounts).push(bare.slice(1).toLowerCase());
      continue;
    }
    const term = fold((match[2] ?? bare ?? '').trim());
    if (!term || term === '-') continue;
    (negated ? terms.exclude : terms.include).push(term);
  }
  return terms;
}

type Filterable = Pick<LibraryEntry, 'key' | 'country' | 'role' | 'tone' | 'codedTone' | 'tags' | 'platform' | 'date' | 'haystack' | 'handleKey'>;

/** One predicate for every filter, built once per query (not per post). */
export function compileFilter(filter: PostFilter): (entry: Filterable) => boolean {
  const { include, exclude, accounts, notAccounts } = parseSearch(filter.text);
  const checks: ((e: Filterable) => boolean)[] = [];
  if (filter.keys) {
    const keys = new Set(filter.keys);
    checks.push((e) => keys.has(e.key));
  }
  if (filter.platform) checks.push((e) => e.platform === filter.platform);
  if (filter.country) checks.push((e) => e.country === filter.country);
  if (filter.role) checks.push((e) => e.role === filter.role);
  if (filter.tone) checks.push((e) => e.tone === filter.tone);
  if (filter.coded === 'uncoded') checks.push((e) => e.codedTone === null);
  else if (filter.coded) checks.push((e) => e.codedTone === filter.coded);
  if (filter.tag) checks.push((e) => e.tags.includes(filter.tag!));
  if (filter.from != null) checks.push((e) => e.date >= filter.from!);
  if (filter.to != null) checks.push((e) => e.date <= filter.to!);
  for (const handle of accounts) checks.push((e) => e.handleKey === handle);
  for (const handle of notAccounts) checks.push((e) => e.handleKey !== handle);
  for (const term of include) checks.push((e) => e.haystack.includes(term));
  for (const term of exclude) checks.push((e) => !e.haystack.includes(term));
  return (entry) => {
    for (const check of checks) if (!check(entry)) return false;
    return true;
  };
}

export function isEmptyFilter(filter: PostFilter): boolean {
  return !filter.keys && !filter.text?.trim() && !filter.country && !filter.role && !filter.tone && !filter.coded && !filter.tag && !filter.platform && filter.from == null && filter.to == null;
}

export type SortKey = 'firstSeen-desc' | 'firstSeen-asc' | 'date-desc' | 'date-asc' | 'country' | 'handle' | 'toneScore-asc' | 'toneScore-desc' | 'toneConfidence-asc';
export const SORTS: { key: SortKey; label: string }[] = [
  { key: 'firstSeen-desc', label: 'Recorded, newest first' },
  { key: 'firstSeen-asc', label: 'Recorded, oldest first' },
  { key: 'date-desc', label: 'Posted, newest first' },
  { key: 'date-asc', label: 'Posted, oldest first' },
  { key: 'country', label: 'Country' },
  { key: 'handle', label: 'Account' },
  { key: 'toneScore-asc', label: 'Tone score, most confrontational first' },
  { key: 'toneScore-desc', label: 'Tone score, most cooperative first' },
  // A coder's queue: the automatic tones least likely to be right first.
  { key: 'toneConfidence-asc', label: 'Tone, least sure first' },
];

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = (a: LibraryEntry, b: LibraryEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const COMPARE: Record<SortKey, (a: LibraryEntry, b: LibraryEntry) => number> = {
  'firstSeen-desc': (a, b) => b.firstSeen - a.firstSeen || byKey(a, b),
  'firstSeen-asc': (a, b) => a.firstSeen - b.firstSeen || byKey(a, b),
  'date-desc': (a, b) => b.date - a.date || byKey(a, b),
  'date-asc': (a, b) => a.date - b.date || byKey(a, b),
  country: (a, b) => compareStrings(a.placeKey, b.placeKey) || b.firstSeen - a.firstSeen || byKey(a, b),
  handle: (a, b) => compareStrings(a.handleKey, b.handleKey) || b.firstSeen - a.firstSeen || byKey(a, b),
  'toneScore-asc': (a, b) => a.toneScore - b.toneScore || b.firstSeen - a.firstSeen || byKey(a, b),
  'toneScore-desc': (a, b) => b.toneScore - a.toneScore || b.firstSeen - a.firstSeen || byKey(a, b),
  // Tones with no model figure (a word list's, or not kept) after every figure.
  'toneConfidence-asc': (a, b) => (a.toneConfidence ?? 2) - (b.toneConfidence ?? 2) || b.firstSeen - a.firstSeen || byKey(a, b),
};

export function sortEntries(entries: readonly LibraryEntry[], sort: SortKey): LibraryEntry[] {
  return entries.slice().sort(COMPARE[sort]);
}

/** Keeps the order it is given: the library sorts once per sort change and filters the sorted list per keystroke. */
export function filterEntries(sorted: readonly LibraryEntry[], filter: PostFilter): readonly LibraryEntry[] {
  return isEmptyFilter(filter) ? sorted : sorted.filter(compileFilter(filter));
}

/** Filter, then sort: a new array, the entries themselves are left as it is. */
export function runQuery(entries: readonly LibraryEntry[], filter: PostFilter, sort: SortKey): LibraryEntry[] {
  return sortEntries(filterEntries(entries, filter), sort);
}

/**
 * How the popup reads "newest N matching" straight from IndexedDB without loading everything:
 * the most selective equality filter picks an index range ordered by firstSeen; the rest is a predicate.
 */
export type IndexPlan =
  | { index: 'firstSeen'; lower: number; upper: number }
  | { index: '[country+firstSeen]' | '[role+firstSeen]' | '[tone+firstSeen]'; value: string }
  | { index: 'tags'; value: string };

export function planIndex(filter: PostFilter): IndexPlan {
  if (filter.tag) return { index: 'tags', value: filter.tag };
  if (filter.country) return { index: '[country+firstSeen]', value: filter.country };
  if (filter.role) return { index: '[role+firstSeen]', value: filter.role };
  if (filter.tone) return { index: '[tone+firstSeen]', value: filter.tone };
  return { index: 'firstSeen', lower: -Infinity, upper: Infinity };
}
