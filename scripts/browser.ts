// Real Chromium with the built extension, on X-like pages served from fixtures (there is no
// network here, and tests must not depend on x.com). Shared by the e2e tests, the offline
// demo (npm start) and the benchmark.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';

/** DIPLOLENS_EXTENSION_DIR points the bench at another build, to compare two builds on the same machine state. */
export const EXTENSION_DIR = resolve(process.env.DIPLOLENS_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Service-worker fetches are only routed and reported with this switch; without it a request
// made by the extension's background would slip past the no-network check.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Every request seen, from pages and the extension alike. */
  requests: { url: string; fromExtension: boolean }[];
  /** Serves an X-like page at https://x.com<path>. */
  serve(path: string, html: string): void;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const TRANSPARENT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><circle cx="18" cy="18" r="14" fill="#ccd6dd"/></svg>';

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'diplolens-profile-'));
}

export async function launch(options: { userDataDir?: string; headless?: boolean; extension?: boolean } = {}): Promise<Session> {
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
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
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1000, height: 900 },
  });
  const pages = new Map<string, string>();
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
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (['x.com', 'twitter.com', 'mobile.twitter.com'].includes(url.hostname)) {
      const html = pages.get(url.pathname);
      return html !== undefined
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    }
    // X's emoji images: the page's own requests, answered locally.
    if (url.hostname.endsWith('twimg.com')) return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: TRANSPARENT_SVG });
    return route.abort('blockedbyclient');
  });

  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker: worker as Worker,
    userDataDir,
    requests,
    serve: (path, html) => pages.set(path, html),
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (popup.html, library.html, ...) in a tab. */
export async function openExtensionPage(session: Session, page: string): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(`chrome-extension://${session.extensionId}/${page}`);
  return tab;
}

/** Waits until the content script has processed every post on the page. */
export async function waitForProcessed(page: Page, count?: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const posts = document.querySelectorAll('article[data-testid="tweet"]');
      const done = document.querySelectorAll('article[data-testid="tweet"][data-dl-state]');
      return posts.length > 0 && done.length === posts.length && (expected === undefined || done.length >= expected);
    },
    count,
    { timeout: 20_000 },
  );
}

/**
 * Runs `fn(root, arg)` on a badge's shadow root. The root is closed, so page scripts cannot reach
 * it; the DevTools protocol, which the tests drive, can. `fn` is serialised: it must not close
 * over anything.
 */
export async function inBadge<T, A = undefined>(badge: Locator, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
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
