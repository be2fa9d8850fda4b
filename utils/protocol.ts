/**
 * Every channel between DiploLens's parts, in one list (docs/architecture.md draws them):
 * 1. runtime messages to the background (`Messages`: extension pages send them with `send`, a content
 *    script over its tab's long-lived port, `CONTENT_PORT`; either way each is checked against its schema
 *    in utils/background/messages.ts, which `serve` applies before any handler);
 * 2. the one message the background sends to a tab's content script (`TabMessage`);
 * 3. storage items that the background writes and every tab or page watches (`stored`);
 * 4. DOM events between a platform's page-world observer and its content script (`pageWorldEvents`).
 */
import { browser } from 'wxt/browser';
import type { Correction } from './core/accounts/corrections';
import type { DirectoryEntry, DirectorySource } from './core/accounts/directory-entry';
import type { SerializedLookalikeIndex } from './core/accounts/lookalike';
import type { AccountInput, CapturePolicy, Identification, Platform } from './core/model';
import type { PostCapture } from './core/records';

/**
 * Who may send a message. `content`: a content script in a platform's tab (whose page may be
 * hostile, so only what it needs); `page`: an extension page (popup, library, accounts,
 * diagnostics); `any`: both.
 */
export type Sender = 'content' | 'page' | 'any';

/** Counts per surface (posts) or per kind of account element, for the diagnostics page. */
export interface SurfaceCounts {
  seen: number;
  official: number;
  other: number;
  skipped: number;
}

/** One tab's counters and last errors. Never any post text: users send this when a site changes. */
export interface DiagnosticsReport {
  pageId: string;
  site: Platform;
  surface: string;
  updatedAt: number;
  bySurface: Record<string, SurfaceCounts>;
  errors: { where: string; message: string; at: number }[];
  busyMs: number;
}

/** Why the background refused a message before any handler saw it. */
export type RefusalReason = 'unknown message' | 'wrong sender' | 'bad payload';

/** Refused messages, counted by name and reason, for the diagnostics page (a hostile page shows up here). */
export interface RefusalCount {
  /** The message's name; "(unknown)" for a name that is none of ours, so a page cannot write arbitrary text here. */
  message: string;
  reason: RefusalReason;
  count: number;
  lastAt: number;
  /** The first problem found in the last refused payload (field path and message; never its values). */
  detail?: string;
}

/** An account the user corrected, for the accounts page's list. */
export interface CorrectedAccount {
  platform: Platform;
  handle: string;
  correction: Correction;
  at: number;
  history: number;
}

/** A Mastodon instance the user added: whether the browser granted its host, and whether the content script runs there. */
export interface MastodonInstance {
  host: string;
  granted: boolean;
  active: boolean;
}

type Empty = Record<string, never>;

/**
 * Messages to the background, by name: who may send each, what it carries and what comes back. Each has
 * its run-time schema, in the same order, in utils/background/messages.ts (kept there so that content
 * scripts, which only send, do not carry valibot and the schemas).
 */
export interface Messages {
  // Accounts (utils/background/accounts.ts)
  'directory:get': {
    from: 'content';
    request: Empty;
    response: { entries: DirectoryEntry[]; sources: Record<string, DirectorySource>; lookalikes: SerializedLookalikeIndex; remembered: AccountInput[] };
  };
  /** Inference for accounts the directory does not list (too heavy for content scripts). */
  'accounts:infer': { from: 'content'; request: { accounts: AccountInput[] }; response: { identifications: Identification[] } };
  /** What the page showed about official accounts (bios, ids): kept so later visits benefit. */
  'accounts:learn': { from: 'content'; request: { accounts: AccountInput[] }; response: null };
  'accounts:identify': {
    from: 'page';
    request: { platform: Platform; handle: string };
    response: { identification: Identification; correction: Correction | null; known: AccountInput };
  };
  'corrections:set': { from: 'any'; request: { platform: Platform; handle: string; correction: Correction }; response: null };
  'corrections:undo': { from: 'any'; request: { platform: Platform; handle: string }; response: { correction: Correction | null } };
  'corrections:list': { from: 'page'; request: Empty; response: { accounts: CorrectedAccount[] } };
  'directory:import': {
    from: 'page';
    request: { csv: string };
    response: { accepted: number; rejected: { line: number; reason: string }[]; total: number };
  };
  'directory:imported': { from: 'page'; request: Empty; response: { entries: DirectoryEntry[] } };
  'directory:clear-imported': { from: 'page'; request: Empty; response: null };
  /** Opens the account's correction page (from the badge's menu). */
  'ui:correct': { from: 'any'; request: { platform: Platform; handle: string }; response: null };

  // Recording into the library (utils/background/recording.ts)
  /** Automatic recording of what the content script saw; only official posts, only where capture is on. */
  'posts:record': { from: 'content'; request: { posts: PostCapture[] }; response: { added: number; updated: number; skipped: number } };
  /** The user saved this post explicitly (badge menu, context menu): any post, whatever the capture policy. */
  'posts:save': { from: 'any'; request: { post: PostCapture }; response: { added: boolean } };
  'capture:set': { from: 'page'; request: { platform: Platform; on: boolean }; response: CapturePolicy };

  // Data safety (utils/background/data-safety.ts)
  /** Deletes the library, accounts and corrections, the imported list and diagnostics; tabs follow at once. */
  'data:delete-everything': { from: 'page'; request: Empty; response: null };
  /** A page restored a full backup into the database: every tab applies its corrections and imported list. */
  /**
   * After a restore: the backup's Mastodon instances join the list (their permission is asked for again),
   * and its badges setting, when it has one, applies.
   */
  'data:restored': { from: 'page'; request: { mastodonInstances: string[]; inferredBadges?: boolean }; response: null };

  // Mastodon instances (utils/background/mastodon-instances.ts)
  'mastodon:instances': { from: 'page'; request: Empty; response: { instances: MastodonInstance[] } };
  /** After the options page obtained the host's permission from the user's click: register the content script there. */
  'mastodon:add': { from: 'page'; request: { host: string }; response: { instances: MastodonInstance[] } };
  /** Unregisters the content script there and gives the host's permission back. */
  'mastodon:remove': { from: 'page'; request: { host: string }; response: { instances: MastodonInstance[] } };

  // Diagnostics (utils/background/diagnostics.ts)
  'diagnostics:report': { from: 'content'; request: DiagnosticsReport; response: null };
  'diagnostics:get': { from: 'page'; request: Empty; response: { reports: DiagnosticsReport[]; refusals: RefusalCount[] } };
}

export type MessageType = keyof Messages;
type RequestOf<K extends MessageType> = Messages[K]['request'];
type ResponseOf<K extends MessageType> = Messages[K]['response'];

export type Handlers = { [K in MessageType]?: (payload: RequestOf<K>) => Promise<ResponseOf<K>> };

/** What the background answers to a message, on either transport. */
export type Reply<V = unknown> = { ok: true; value: V } | { ok: false; error: string };

/** The value of a reply, or its error thrown. */
export function valueOf<V>(reply: Reply<V> | undefined): V {
  if (!reply || reply.ok !== true) throw new Error(reply?.error ?? 'no answer from the DiploLens background');
  return reply.value;
}

/** A message to the background, answered once: extension pages send it with `runtime.sendMessage`. */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return valueOf((await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseOf<K>> | undefined);
}

/**
 * The name of a content script's long-lived port to the background (`runtime.connect`). Every message
 * a content script sends goes over it, so that each does not open a message channel of its own; the
 * background checks each exactly as it checks `send`'s (utils/background/messages.ts).
 */
export const CONTENT_PORT = 'diplolens:content';

/** A message over the port: `id` pairs it with its reply. */
export interface PortRequest<K extends MessageType = MessageType> {
  id: number;
  type: K;
  payload: RequestOf<K>;
}

/** The background's reply over the port, to the request with the same `id`. */
export type PortReply = Reply & { id: number | null };

/** Sent by the background to a tab's content script: save the post with this permalink (the context menu). */
export const SAVE_POST_MESSAGE = 'diplolens:save-post';
export interface TabMessage {
  type: typeof SAVE_POST_MESSAGE;
  url: string;
}

/** When IndexedDB refused a write (a full disk): shown by the popup until the next write that works. */
export interface StorageProblem {
  at: number;
  message: string;
}

/** One typed key of `storage.local`. */
export interface StoredItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with each new value (the fallback once removed); returns the way to stop. */
  watch(callback: (value: T) => void): () => void;
}

// A few lines over browser.storage rather than WXT's storage module, which would add 11 kB to the
// content script that every page of the platform loads; nothing here needs its versioning.
function storedItem<T>(key: string, fallback: T): StoredItem<T> {
  return {
    key,
    getValue: async () => ((await browser.storage.local.get(key))[key] as T | undefined) ?? fallback,
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    removeValue: () => browser.storage.local.remove(key),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback((changes[key]!.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/**
 * Extension storage the background writes and tabs and pages watch, so a change applies at once
 * everywhere. (Kept out of IndexedDB: content scripts cannot read the extension's database, and
 * a storage problem must be reportable when IndexedDB itself is full.)
 */
export const stored = {
  /** The user's corrections, by handleKey: every tab applies them at once. */
  overrides: storedItem<Record<string, Correction>>('diplolens:overrides', {}),
  /**
   * Whether an account found official by inference alone (no listing, no proven domain) gets a dashed
   * "likely" badge; off, only vouched-for accounts are badged and recorded. Every tab applies it at once.
   */
  inferredBadges: storedItem<boolean>('diplolens:inferredBadges', true),
  /** Bumped when the imported account list changes: tabs fetch the directory again. */
  directoryVersion: storedItem<number>('diplolens:directoryVersion', 0),
  storageProblem: storedItem<StorageProblem | null>('diplolens:storageProblem', null),
  /** The Mastodon instances the user added (hosts), read by the background when it registers the content script. */
  mastodonInstances: storedItem<string[]>('diplolens:mastodonInstances', []),
};

/**
 * 4. DOM events between a platform's page-world observer and its content script. Declared in a
 * module of their own because the page-world script must not load the extension APIs above.
 */
export { pageWorldEvents } from './sites/page-world-events';
