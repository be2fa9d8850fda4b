// A real browser with the built extension, on X-, Bluesky- and Mastodon-like pages served from fixtures
// (there is no network here, and tests must not depend on x.com, bsky.app or any instance). Shared by the
// e2e tests, the offline demo (npm start) and the benchmark. DIPLOLENS_BROWSER chooses the browser:
// chromium (the default; playwright-core) or firefox (scripts/browser-firefox.ts, the same API over
// puppeteer-core).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { inFirefoxBadge, launchFirefox, type FirefoxLocator } from './browser-firefox';
import type { Platform } from '../utils/core/model';
import { BLUESKY_SELECTORS } from '../utils/sites/bluesky/selectors';
import { MASTODON_SELECTORS } from '../utils/sites/mastodon/selectors';
import { X_SELECTORS } from '../utils/sites/x/selectors';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER: BrowserName = process.env.DIPLOLENS_BROWSER === 'firefox' ? 'firefox' : 'chromium';
const BUILD = BROWSER === 'firefox' ? '.output/firefox-mv3' : '.output/chrome-mv3';
/** DIPLOLENS_EXTENSION_DIR points the bench at another build, to compare two builds on the same machine state. */
export const EXTENSION_DIR = resolve(process.env.DIPLOLENS_EXTENSION_DIR ?? BUILD);
const EXTENSION_SCHEME = BROWSER === 'firefox' ? 'moz-extension:' : 'chrome-extension:';
/**
 * The Mastodon instance the tests, the demo and the bench serve, and the test build that holds its
 * host from install (`npm run build:test`; docs/architecture.md, "Mastodon: instances chosen at run time"):
 * the browser's permission prompt cannot be answered by automation.
 */
export const MASTODON_TEST_HOST = 'mastodon.test';
export const TEST_EXTENSION_DIR = resolve(process.env.DIPLOLENS_TEST_EXTENSION_DIR ?? `${BUILD}-test`);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Service-worker fetches are only routed and reported with this switch; without it a request
// made by the extension's background would slip past the no-network check.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** The sites the harness serves from fixtures. */
export type ServedSite = 'x' | 'bluesky';
const SITE_HOSTS: Record<string, ServedSite> = { 'x.com': 'x', 'twitter.com': 'x', 'mobile.twitter.com': 'x', 'bsky.app': 'bluesky' };

export interface Session {
  browser: BrowserName;
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID or moz-extension://UUID: where the popup, library and other extension pages live. */
  extensionOrigin: string;
  /** Chromium's service worker; Firefox runs the background as an event page, which has no handle here. */
  worker: Worker | undefined;
  userDataDir: string;
  /** Every request seen, from pages and the extension alike. */
  requests: { url: string; fromExtension: boolean }[];
  /** Serves a page at https://x.com<path> (or https://bsky.app<path> for `bluesky`). */
  serve(path: string, html: string, site?: ServedSite): void;
  /** Serves a page at https://<host><path> (a Mastodon instance's pages). */
  serveAt(host: string, path: string, html: string): void;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const TRANSPARENT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><circle cx="18" cy="18" r="14" fill="#ccd6dd"/></svg>';

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'diplolens-profile-'));
}

type Answer = { status: number; contentType: string; body: string } | 'continue' | 'abort';

/** The pages a session serves, and what every request is answered, the same in both browsers. */
function fixtures(): Pick<Session, 'serve' | 'serveAt'> & { answer(url: URL): Answer } {
  const pages = new Map<string, string>();
  const hosts = new Set<string>();
  return {
    serve: (path, html, site = 'x') => pages.set(site + path, html),
    serveAt: (host, path, html) => {
      hosts.add(host);
      pages.set(`${host}${path}`, html);
    },
    answer(url) {
      if (url.protocol === EXTENSION_SCHEME) return 'continue';
      const site = SITE_HOSTS[url.hostname];
      if (site || hosts.has(url.hostname)) {
        const html = pages.get(site ? site + url.pathname : `${url.hostname}${url.pathname}`);
        return html !== undefined ? { status: 200, contentType: 'text/html; charset=utf-8', body: html } : { status: 404, contentType: 'text/plain', body: 'not in fixtures' };
      }
      // X's emoji images and Bluesky's avatars: the page's own requests, answered locally.
      if (url.hostname.endsWith('twimg.com') || url.hostname === 'cdn.bsky.app') return { status: 200, contentType: 'image/svg+xml', body: TRANSPARENT_SVG };
      return 'abort';
    },
  };
}

export async function launch(options: { userDataDir?: string; headless?: boolean; extension?: boolean; extensionDir?: string } = {}): Promise<Session> {
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build${BROWSER === 'firefox' ? ':firefox' : ''}" first.`);
  }
  if (BROWSER === 'firefox') return launchFirefoxSession(options, extensionDir, withExtension);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const userDataDir = options.userDataDir ?? newProfileDir();
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-unsafe-extension-debugging',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1000, height: 900 },
  });
  const served = fixtures();
  const requests: Session['requests'] = [];
  context.on('request', (request) => {
    const frameUrl = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    requests.push({ url: request.url(), fromExtension: request.serviceWorker() !== null || frameUrl.startsWith('chrome-extension://') });
  });
  await context.route('**/*', async (route) => {
    const answer = served.answer(new URL(route.request().url()));
    if (answer === 'continue') return route.continue();
    if (answer === 'abort') return route.abort('blockedbyclient');
    return route.fulfill(answer);
  });

  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    browser: 'chromium',
    context,
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}`,
    worker,
    userDataDir,
    requests,
    serve: served.serve,
    serveAt: served.serveAt,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefoxSession(options: { userDataDir?: string; headless?: boolean }, extensionDir: string, withExtension: boolean): Promise<Session> {
  const userDataDir = options.userDataDir ?? newProfileDir();
  const { context, extensionId } = await launchFirefox({ extensionDir, userDataDir, headless: options.headless ?? true, withExtension });
  const served = fixtures();
  const requests: Session['requests'] = [];
  // Over BiDi only tabs' requests are seen (pages and extension pages in tabs); the background page's are not.
  context.onRequest((request, page) => requests.push({ url: request.url(), fromExtension: page.url().startsWith(EXTENSION_SCHEME) }));
  await context.route('**/*', async (route) => {
    const answer = served.answer(new URL(route.request().url()));
    if (answer === 'continue') return route.continue();
    if (answer === 'abort') return route.abort();
    return route.fulfill(answer);
  });
  return {
    browser: 'firefox',
    context: context.facade as unknown as BrowserContext,
    extensionId,
    extensionOrigin: `moz-extension://${extensionId}`,
    worker: undefined,
    userDataDir,
    requests,
    serve: served.serve,
    serveAt: served.serveAt,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (popup.html, library.html, ...) in a tab. */
export async function openExtensionPage(session: Session, page: string): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(`${session.extensionOrigin}/${page}`);
  return tab;
}

/**
 * Stops the extension's service worker as Chromium does once it has been idle, and resolves when it has
 * stopped (its next event starts it again). Chromium only: a test cannot stop Firefox's event page.
 */
export async function stopServiceWorker(session: Session): Promise<void> {
  if (session.browser !== 'chromium' || !session.worker) throw new Error(`stopServiceWorker: no service worker to stop in ${session.browser}`);
  const tab = await session.context.newPage();
  const cdp = await session.context.newCDPSession(tab);
  try {
    const scope = `${session.extensionOrigin}/`;
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.scriptURL.startsWith(scope) && version.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => {});
    await tab.close();
  }
}

/** Outer post elements per platform: the site modules' own selectors. */
export const POST_SELECTORS: Record<Platform, string> = { x: X_SELECTORS.post, bluesky: BLUESKY_SELECTORS.post, mastodon: MASTODON_SELECTORS.post };

/** Waits until the content script has processed every post of `platform` on the page. */
export async function waitForProcessed(page: Page, count?: number, platform: Platform = 'x'): Promise<void> {
  await page.waitForFunction(
    ([expected, selector]) => {
      const posts = document.querySelectorAll(selector);
      const done = [...posts].filter((post) => post.hasAttribute('data-dl-state'));
      return posts.length > 0 && done.length === posts.length && (expected === undefined || done.length >= expected);
    },
    [count, POST_SELECTORS[platform]] as const,
    { timeout: 20_000 },
  );
}

/**
 * Runs `fn(root, arg)` on a badge's shadow root. The root is closed, so page scripts cannot reach
 * it; the DevTools protocol (Chromium) and WebDriver BiDi (Firefox), which the tests drive, can. `fn` is serialised: it must not close
 * over anything.
 */
export async function inBadge<T, A = undefined>(badge: Locator, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
  if (BROWSER === 'firefox') return inFirefoxBadge(badge as unknown as FirefoxLocator, fn, arg);
  const page = badge.page();
  const mark = `t${Math.random().toString(36).slice(2)}`;
  await badge.evaluate((el, m) => el.setAttribute('data-dl-test-target', m), mark);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-dl-test-target="${mark}"]` });
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('the badge has no shadow root');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(`inBadge: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as T;
  } finally {
    await badge.evaluate((el) => el.removeAttribute('data-dl-test-target')).catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

/** Clicks an element of a badge (the pill, a button of its card) as a person does: a trusted click at its place. */
export async function clickInBadge(badge: Locator, selector: string): Promise<void> {
  await badge.scrollIntoViewIfNeeded();
  const at = await inBadge(
    badge,
    (root, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    selector,
  );
  if (!at) throw new Error(`clickInBadge: no ${selector} in the badge`);
  await badge.page().mouse.click(at.x, at.y);
}

/** Every record of one object store of the extension's database, read straight from IndexedDB in an extension page. */
export function readStore(page: Page, store: 'posts' | 'notes' | 'tags' | 'accounts' | 'settings'): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('diplolens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}
