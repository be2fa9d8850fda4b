import { browser } from 'wxt/browser';
import { renderBadge, type BadgeActions } from '../../components/badge/badge-host';
import type { Correction } from '../core/accounts/corrections';
import { Directory } from '../core/accounts/directory';
import { notOfficial } from '../core/accounts/listed';
import { deserializeLookalikeIndex } from '../core/accounts/lookalike';
// Type-only: these declare the messages; importing their code would pull the directory into the content script.
import type {} from '../background/accounts';
import { DIRECTORY_VERSION_KEY, OVERRIDES_KEY, SAVE_POST_MESSAGE, type SavePostMessage } from '../background/storage-keys';
import type { DiagnosticsReport } from '../background/diagnostics';
import type {} from '../background/history';
import type { PostCapture } from '../db/database';
import { send } from '../protocol';
import { countryName } from '../core/countries';
import { GRAPHQL_EVENT, GRAPHQL_REPLAY_EVENT, parseAccountEvent } from '../sites/x/graphql';
import type { SeenPost, SiteModule } from '../sites/types';
import type { classifyTone as ClassifyTone } from '../core/tone';
import type { AccountInput, Identification, ToneResult } from '../core/model';
import { AccountMemory } from './account-memory';
import { PageIdentifier } from './identifier';
import { createScanner, type PostVerdict } from './scanner';

function toCapture(post: SeenPost, id: Identification, tone: ToneResult | null, author: AccountInput): PostCapture | null {
  if (!post.postId) return null;
  return {
    platform: post.platform,
    postId: post.postId,
    url: post.url,
    postedAt: post.postedAt,
    handle: post.author.handle,
    authorName: post.author.name ?? '',
    ...(author.userId ? { userId: author.userId } : {}),
    official: id.official,
    country: id.country,
    org: id.org,
    role: id.role,
    host: id.host,
    basis: id.basis,
    text: post.text,
    lang: post.lang ?? null,
    tone: tone?.tone ?? 'unknown',
    toneScore: tone?.score ?? 0,
    toneCues: tone?.cues ?? [],
  };
}

/** Diagnostics are sent at most this often, and only when a count changed. */
const REPORT_EVERY_MS = 1_000;
/**
 * Posts seen are sent to the history in one message per this period rather than one per batch:
 * a message costs the page about as much as reading a post.
 */
const RECORD_EVERY_MS = 500;
/** What official accounts show about themselves is kept less urgently. */
const LEARN_EVERY_MS = 2_000;

/**
 * The classifier and compromise, two thirds of the content script, are started on first need
 * (loadTone, in a task of its own during the warm-up) rather than while the script itself
 * starts: the bundler keeps a dynamically imported module's code in the script but runs it only
 * when imported.
 */
let classifyTone: typeof ClassifyTone = () => {
  throw new Error('the tone classifier is not loaded yet');
};
let toneLoading: Promise<void> | undefined;
function loadTone(): Promise<void> {
  return (toneLoading ??= import('../core/tone').then((tone) => {
    classifyTone = tone.classifyTone;
  }));
}

/**
 * Tone per text: X drops a post's cell when it scrolls far away and draws it anew when it comes
 * back, and classifying is the costliest step of a post.
 */
const toneCache = new Map<string, ToneResult>();
function classifyCached(text: string, lang: string | undefined): ToneResult {
  const key = `${lang ?? ''}\u0000${text}`;
  let tone = toneCache.get(key);
  if (!tone) {
    tone = classifyTone(text, lang);
    if (toneCache.size >= 2_000) toneCache.clear();
    toneCache.set(key, tone);
  }
  return tone;
}

/**
 * Collects items and hands them over together, `delayMs` after the first, or at once when the
 * page is hidden or left, so nothing seen is lost with the tab.
 */
function outbox<T>(delayMs: number, deliver: (items: T[]) => unknown): { push(item: T): void } {
  let items: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!items.length) return;
    const out = items;
    items = [];
    deliver(out);
  };
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  return {
    push(item) {
      items.push(item);
      timer ??= setTimeout(flush, delayMs);
    },
  };
}

/**
 * The content script's whole life on one site: fetch the directory from the background,
 * then badge and record posts as they appear. Nothing here may throw into the page.
 */
export async function startLens(site: SiteModule): Promise<void> {
  let scanner: ReturnType<typeof createScanner> | undefined;
  const errors: DiagnosticsReport['errors'] = [];
  function scannerError(error: unknown, where: string) {
    // After an extension update the old content script loses its connection: stop quietly.
    if (String(error).includes('Extension context invalidated')) return scanner?.stop();
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    errors.push({ where, message: message.slice(0, 300), at: Date.now() });
    if (errors.length > 20) errors.shift();
  }

  // What pages show about accounts is remembered for the page's life. Only what is known of
  // accounts found official is kept in the database (the brief: keep what official accounts show).
  const memory = new AccountMemory();
  let relearnt = new Set<string>();
  const learn = (account: AccountInput, rescan: boolean) => {
    if (!memory.learn(account) || !rescan) return;
    // Many accounts arrive at once (one GraphQL response): their posts are re-read once, together.
    if (relearnt.add(account.handle.toLowerCase()).size === 1)
      queueMicrotask(() => {
        const handles = relearnt;
        relearnt = new Set();
        scanner?.rescanAccounts(handles);
      });
  };
  const persisted = new Set<string>();
  const toPersist = outbox<AccountInput>(LEARN_EVERY_MS, (accounts) => send('accounts:learn', { accounts }).catch((error) => scannerError(error, 'learn')));
  const persistIfOfficial = (account: AccountInput, identification: Identification | null) => {
    if (!identification?.official || !(account.bio || account.userId)) return;
    const key = JSON.stringify([account.platform, account.handle.toLowerCase(), account.bio, account.userId]);
    if (persisted.has(key)) return;
    persisted.add(key);
    toPersist.push(account);
  };
  const toRecord = outbox<PostCapture>(RECORD_EVERY_MS, (posts) => send('posts:record', { posts }).catch((error) => scannerError(error, 'record')));
  // Accounts from X's own data, observed in the page's world (entrypoints/x-graphql.content.ts).
  // Listening starts before anything is awaited; what X fetched before this script ran is
  // asked for again, since X's first timeline loads before content scripts start.
  window.addEventListener(GRAPHQL_EVENT, (event) => {
    try {
      for (const account of parseAccountEvent((event as CustomEvent).detail)) learn(account, true);
    } catch (error) {
      scannerError(error, 'graphql');
    }
  });
  window.dispatchEvent(new CustomEvent(GRAPHQL_REPLAY_EVENT));

  const loadDirectory = async () => {
    try {
      const { entries, lookalikes, remembered } = await send('directory:get', {});
      for (const account of remembered) memory.learn(account);
      return new Directory(entries, deserializeLookalikeIndex(lookalikes));
    } catch (error) {
      scannerError(error, 'directory');
      return new Directory([]);
    }
  };
  const stored = await browser.storage.local.get(OVERRIDES_KEY).catch(() => ({}) as Record<string, unknown>);
  const identifier = new PageIdentifier(
    await loadDirectory(),
    (stored[OVERRIDES_KEY] as Record<string, Correction> | undefined) ?? {},
    async (accounts) => (await send('accounts:infer', { accounts })).identifications,
    () => scanner?.retryPending(),
    (error) => scannerError(error, 'infer'),
  );

  // Corrections and imported lists apply at once in every open tab.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes[OVERRIDES_KEY]) {
      identifier.setOverrides((changes[OVERRIDES_KEY].newValue as Record<string, Correction> | undefined) ?? {});
      scanner?.rescanAll();
    }
    if (changes[DIRECTORY_VERSION_KEY]) {
      loadDirectory().then((directory) => {
        identifier.setDirectory(directory);
        scanner?.rescanAll();
      });
    }
  });

  const actionsFor = (post: SeenPost | null, account: AccountInput, verdict: Pick<PostVerdict, 'identification' | 'tone'>): BadgeActions => ({
    save: post?.postId
      ? () => send('posts:save', { post: toCapture(post, verdict.identification, verdict.tone, memory.complete(account))! }).then(() => undefined)
      : undefined,
    notOfficial: () => send('corrections:set', { platform: account.platform, handle: account.handle, correction: { official: false } }),
    correct: () => send('ui:correct', { platform: account.platform, handle: account.handle }),
    undo: verdict.identification.basis === 'user' ? () => send('corrections:undo', { platform: account.platform, handle: account.handle }).then(() => null) : undefined,
  });

  const running = createScanner(document, {
    site,
    identify: (account) => {
      const known = memory.complete(account);
      const identification = identifier.identify(known);
      persistIfOfficial(known, identification);
      return identification;
    },
    classify: classifyCached,
    renderBadge: (slot, handle, verdict, context) =>
      renderBadge(slot, handle, verdict, verdict ? actionsFor(context.post, context.account, verdict) : undefined),
    onAccount: (seen) => learn(seen.account, false),
    surface: () => site.surfaceOf(location.pathname),
    record(verdicts) {
      for (const v of verdicts) {
        const capture = toCapture(v.post, v.identification, v.tone, memory.complete(v.post.author));
        if (capture) toRecord.push(capture);
      }
    },
    onError: scannerError,
  });
  scanner = running;

  // "DiploLens: save this post" from the context menu on a post's timestamp link.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as SavePostMessage;
    if (request?.type !== SAVE_POST_MESSAGE) return;
    (async () => {
      const postId = request.url.match(/\/status\/(\d+)/)?.[1];
      const post = postId && [...document.querySelectorAll(site.postSelector)].flatMap((el) => site.readPosts(el)).find((p) => p.postId === postId);
      if (!post) return;
      const author = memory.complete(post.author);
      const identification = identifier.identify(author) ?? notOfficial(['not identified yet']);
      await loadTone();
      const capture = toCapture(post, identification, classifyCached(post.text, post.lang), author);
      if (capture) await send('posts:save', { post: capture });
    })().catch((error) => scannerError(error, 'save'));
  });

  const pageId = Math.random().toString(36).slice(2);
  let lastReported = '';
  const report = () => {
    const report: DiagnosticsReport = {
      pageId,
      site: site.platform,
      surface: site.surfaceOf(location.pathname),
      updatedAt: Date.now(),
      bySurface: running.stats.bySurface,
      errors,
      busyMs: Math.round(running.stats.busyMs),
    };
    const digest = JSON.stringify([report.bySurface, errors.length, report.surface]);
    if (digest === lastReported) return;
    lastReported = digest;
    send('diagnostics:report', report).catch(() => {});
  };
  setInterval(report, REPORT_EVERY_MS);
  addEventListener('pagehide', report);

  await warmUp(identifier);
  running.start();
}

/**
 * Cold code costs about 60 ms at its first use: the tone lexicon's compile and compromise's first
 * run, the browser's country names (ICU), the first badge. Paid in one batch, that would be a long
 * task as the page loads; each step runs here as a task of its own, before the first scan.
 */
async function warmUp(identifier: PageIdentifier): Promise<void> {
  const lang = document.documentElement.lang || 'en';
  await new Promise((next) => setTimeout(next, 0));
  await loadTone();
  const steps = [
    () => classifyTone('We welcome the agreement and thank our partners, but condemn the so-called "vote".', 'en'),
    () => lang.startsWith('en') || classifyTone('…', lang),
    () => countryName('FR'),
    () => identifier.identify({ platform: 'x', handle: 'diplolens_warm_up', name: 'Warm up', badge: 'none' }),
    () => {
      const slot = document.createElement('div');
      const tone: ToneResult = { tone: 'cooperative', score: 1, cues: [], lang: 'en' };
      const identification: Identification = { official: true, country: 'FR', org: null, role: 'embassy', host: 'US', basis: 'directory', reasons: [] };
      renderBadge(slot, 'warm_up', { identification, tone });
      renderBadge(slot, 'warm_up', null);
    },
  ];
  for (const step of steps) {
    await new Promise((next) => setTimeout(next, 0));
    try {
      step();
    } catch {
      /* warming is best effort */
    }
  }
}
