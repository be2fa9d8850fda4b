import { renderBadge } from '../../components/badge-host';
import { identifyAccount } from '../accounts';
import { Directory } from '../accounts/directory';
// Type-only: these declare the messages; importing their code would pull the directory into the content script.
import type {} from '../background/accounts';
import type { DiagnosticsReport } from '../background/diagnostics';
import type {} from '../background/history';
import type { PostCapture } from '../db';
import { send } from '../messages';
import { GRAPHQL_EVENT, GRAPHQL_REPLAY_EVENT, parseAccountEvent } from '../sites/x-graphql';
import type { SiteModule } from '../sites/types';
import { classifyTone } from '../tone';
import type { AccountInput, Identification } from '../types';
import { AccountMemory } from './account-memory';
import { createScanner, type PostVerdict } from './scanner';

/** Identifications are cached per account as the page shows it: one timeline repeats authors. */
function cachedIdentifier(directory: Directory) {
  const cache = new Map<string, Identification>();
  return (account: AccountInput): Identification => {
    const key = JSON.stringify([account.platform, account.handle, account.name, account.bio, account.badge, account.userId, account.location]);
    let id = cache.get(key);
    if (!id) {
      id = identifyAccount(account, directory);
      if (cache.size > 5000) cache.clear();
      cache.set(key, id);
    }
    return id;
  };
}

function toCapture({ post, identification: id, tone }: PostVerdict, author: AccountInput): PostCapture | null {
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
 * The content script's whole life on one site: fetch the directory from the background,
 * then badge and record posts as they appear. Nothing here may throw into the page.
 */
export async function startLens(site: SiteModule): Promise<void> {
  let directory: Directory;
  let scanner: ReturnType<typeof createScanner> | undefined;
  const errors: DiagnosticsReport['errors'] = [];
  function scannerError(error: unknown, where: string) {
    // After an extension update the old content script loses its connection: stop quietly.
    if (String(error).includes('Extension context invalidated')) return scanner?.stop();
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    errors.push({ where, message: message.slice(0, 300), at: Date.now() });
    if (errors.length > 20) errors.shift();
  }

  const memory = new AccountMemory();
  const learn = (account: AccountInput) => {
    if (memory.learn(account)) scanner?.rescanAll();
  };
  // Accounts from X's own data, observed in the page's world (entrypoints/x-graphql.content.ts).
  // Listening starts before anything is awaited; what X fetched before this script ran is
  // asked for again, since X's first timeline loads before content scripts start.
  window.addEventListener(GRAPHQL_EVENT, (event) => {
    try {
      for (const account of parseAccountEvent((event as CustomEvent).detail)) learn(account);
    } catch (error) {
      scannerError(error, 'graphql');
    }
  });
  window.dispatchEvent(new CustomEvent(GRAPHQL_REPLAY_EVENT));

  try {
    const { entries } = await send('directory:get', {});
    directory = new Directory(entries);
  } catch (error) {
    scannerError(error, 'directory');
    directory = new Directory([]);
  }
  const identify = cachedIdentifier(directory);

  const running = createScanner(document, {
    site,
    identify: (account) => identify(memory.complete(account)),
    classify: classifyTone,
    renderBadge,
    onAccount: (seen) => memory.learn(seen.account),
    surface: () => site.surfaceOf(location.pathname),
    record(verdicts) {
      const posts = verdicts
        .map((v) => toCapture(v, memory.complete(v.post.author)))
        .filter((c): c is PostCapture => c !== null);
      if (posts.length) send('posts:record', { posts }).catch((error) => scannerError(error, 'record'));
    },
    onError: scannerError,
  });

  scanner = running;

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
      version: '',
    };
    const digest = JSON.stringify([report.bySurface, errors.length, report.surface]);
    if (digest === lastReported) return;
    lastReported = digest;
    send('diagnostics:report', report).catch(() => {});
  };
  setInterval(report, REPORT_EVERY_MS);
  addEventListener('pagehide', report);

  running.start();
}
