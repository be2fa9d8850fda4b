// Firefox for the e2e harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
// dressed in the part of Playwright's BrowserContext/Page/Locator API that the tests use, so one
// test file runs unchanged in both browsers. Playwright's own Firefox needs its patched build (a
// download), and its BiDi Firefox needs protocol commands ESR 153 lacks; puppeteer-core drives the
// stock browser and installs the unpacked build as a temporary add-on.
//
// A call outside that subset throws "not in the Firefox harness: <name>"; add it here (see
// docs/e2e-harness.md).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type JSHandle, type Page as PPage, type Target } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The gecko id in wxt.config.ts; its moz-extension:// host is pinned by a preference so tests know it in advance. */
const ADDON_ID = 'diplolens@diplolens.example';
const ADDON_UUID = '7d1c3a52-5e0b-4f3e-9c61-d1f0e5a2b7c4';
const DEFAULT_TIMEOUT = 30_000;

export interface RouteLike {
  request(): { url(): string };
  fulfill(response: { status?: number; contentType?: string; headers?: Record<string, string>; body?: string }): Promise<void>;
  continue(): Promise<void>;
  abort(reason?: string): Promise<void>;
}
type RouteHandler = (route: RouteLike) => unknown;

/** Playwright's URL globs as the tests write them: `**` any characters, `*` any but '/'. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('**')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

function unsupported(what: string): never {
  throw new Error(`not in the Firefox harness: ${what} (add it to scripts/browser-firefox.ts)`);
}

/** Fails loudly on any Playwright member the facade does not provide, rather than with "undefined is not a function". */
function strict<T extends object>(target: T, kind: string): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      if (typeof key === 'string' && !(key in obj) && key !== 'then' && key !== 'toJSON' && !key.startsWith('__') && !key.startsWith('@@') && key !== 'asymmetricMatch' && key !== 'nodeType' && key !== '$$typeof') {
        unsupported(`${kind}.${key}`);
      }
      return Reflect.get(obj, key, receiver);
    },
  });
}

type Step = { css: string; hasText?: string } | { testId: string } | { role: string; name?: string } | { nth: number };

/** Runs in the page: the elements a chain of steps designates, in document order. */
function resolveSteps(steps: Step[]): Element[] {
  const ROLE_SELECTORS: Record<string, string> = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]',
    link: 'a[href], [role="link"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="textbox"]',
    combobox: 'select, [role="combobox"]',
    dialog: 'dialog, [role="dialog"], [role="alertdialog"]',
  };
  let current: (Element | Document)[] = [document];
  for (const step of steps) {
    if ('nth' in step) {
      const picked = step.nth < 0 ? current[current.length + step.nth] : current[step.nth];
      current = picked ? [picked] : [];
      continue;
    }
    const selector = 'css' in step ? step.css : 'testId' in step ? `[data-testid="${CSS.escape(step.testId)}"]` : (ROLE_SELECTORS[step.role] ?? `[role="${step.role}"]`);
    const found = new Set<Element>();
    for (const root of current) for (const el of root.querySelectorAll(selector)) found.add(el);
    // Matches under several roots, put back in document order as Playwright gives them.
    let list = [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if ('role' in step && step.name !== undefined) {
      const wanted = step.name.toLowerCase();
      list = list.filter((el) => ((el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '').trim().toLowerCase()).includes(wanted));
    }
    if ('css' in step && step.hasText !== undefined) {
      const wanted = step.hasText.toLowerCase();
      list = list.filter((el) => (el.textContent ?? '').toLowerCase().includes(wanted));
    }
    current = list;
  }
  return current as Element[];
}

class FirefoxLocator {
  constructor(
    private readonly owner: FirefoxPage,
    private readonly steps: Step[],
  ) {}

  private with(step: Step): FirefoxLocator {
    return strict(new FirefoxLocator(this.owner, [...this.steps, step]), 'Locator');
  }
  locator(css: string, options: { hasText?: string } = {}) {
    return this.with({ css, hasText: options.hasText });
  }
  getByTestId(testId: string) {
    return this.with({ testId });
  }
  getByRole(role: string, options: { name?: string } = {}) {
    return this.with({ role, name: options.name });
  }
  first() {
    return this.with({ nth: 0 });
  }
  last() {
    return this.with({ nth: -1 });
  }
  nth(index: number) {
    return this.with({ nth: index });
  }
  page() {
    return this.owner.facade;
  }

  async count(): Promise<number> {
    await this.owner.toFront();
    return this.owner.raw.evaluate(`(${resolveSteps.toString()})(${JSON.stringify(this.steps)}).length`) as Promise<number>;
  }
  async all(): Promise<FirefoxLocator[]> {
    const n = await this.count();
    return Array.from({ length: n }, (_, i) => this.nth(i));
  }

  /** The first matching element, waiting for it as Playwright's actions do. */
  async handle(timeout = DEFAULT_TIMEOUT): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    await this.owner.toFront();
    for (;;) {
      const handle = (await this.owner.raw.evaluateHandle(`(${resolveSteps.toString()})(${JSON.stringify(this.steps)})[0] ?? null`)) as JSHandle;
      const element = handle.asElement();
      if (element) return element as ElementHandle<Element>;
      await handle.dispose();
      if (Date.now() > deadline) throw new Error(`locator ${JSON.stringify(this.steps)}: no element within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async waitFor(options: { state?: 'attached' | 'visible'; timeout?: number } = {}): Promise<void> {
    const el = await this.handle(options.timeout);
    if ((options.state ?? 'visible') === 'visible') {
      await this.owner.raw.waitForFunction((e: Element) => e.getClientRects().length > 0, { timeout: options.timeout ?? DEFAULT_TIMEOUT }, el);
    }
  }
  async evaluate<R, A>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    const el = await this.handle();
    return el.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async evaluateAll<R, A>(fn: (els: Element[], arg: A) => R, arg?: A): Promise<R> {
    // No eval in the page: an extension page's CSP forbids it. The list is a handle, the function is passed as is.
    await this.owner.toFront();
    const list = await this.owner.raw.evaluateHandle(`(${resolveSteps.toString()})(${JSON.stringify(this.steps)})`);
    try {
      return (await list.evaluate(fn as never, arg as never)) as R;
    } finally {
      await list.dispose();
    }
  }
  async getAttribute(name: string): Promise<string | null> {
    return this.evaluate((el, n) => el.getAttribute(n), name);
  }
  async innerText(): Promise<string> {
    return this.evaluate((el) => (el as HTMLElement).innerText);
  }
  async textContent(): Promise<string | null> {
    return this.evaluate((el) => el.textContent);
  }
  async allInnerTexts(): Promise<string[]> {
    return this.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
  }
  async allTextContents(): Promise<string[]> {
    return this.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  }
  async isChecked(): Promise<boolean> {
    return this.evaluate((el) => (el as HTMLInputElement).checked);
  }
  async scrollIntoViewIfNeeded(): Promise<void> {
    await this.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
  }
  async focus(): Promise<void> {
    await this.evaluate((el) => (el as HTMLElement).focus());
  }
  async click(): Promise<void> {
    await (await this.handle()).click();
  }
  async hover(): Promise<void> {
    await (await this.handle()).hover();
  }
  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
  }
  async uncheck(): Promise<void> {
    if (await this.isChecked()) await this.click();
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await this.owner.raw.keyboard.press(key as never);
  }
  /** As Playwright's fill: the value set at once, then `input` and `change`. */
  async fill(value: string): Promise<void> {
    await this.evaluate((el, v) => {
      const input = el as HTMLInputElement;
      input.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
      if (setter) setter.call(input, v);
      else input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  async selectOption(value: string): Promise<string[]> {
    return (await this.handle()).select(value);
  }
  async setInputFiles(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    let path: string;
    if (typeof file === 'string') path = file;
    else {
      path = join(mkdtempSync(join(tmpdir(), 'diplolens-upload-')), file.name);
      writeFileSync(path, file.buffer);
    }
    await ((await this.handle()) as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
}

interface BidiEvents {
  on(event: string, listener: (params: never) => void): void;
  send(method: string, params: object): Promise<unknown>;
}

interface FirefoxDownload {
  path(): Promise<string>;
  saveAs(path: string): Promise<void>;
  suggestedFilename(): string;
}

class FirefoxPage {
  readonly facade: FirefoxPage;
  private readonly listeners = new Map<string, ((value: unknown) => void)[]>();
  private extensionUrl: string | undefined;

  constructor(
    readonly raw: PPage,
    readonly context: FirefoxContext,
  ) {
    this.facade = strict(this, 'Page');
    raw.on('pageerror', (error) => this.emit('pageerror', error));
  }

  /**
   * Firefox renders a background tab as hidden: no animation frames, so Preact's effects and the
   * content script's per-frame work wait. Playwright treats every page as the focused one; so does
   * this harness, by bringing a page to the front before it is driven.
   */
  async toFront(): Promise<void> {
    if (this.context.front === this || this.raw.isClosed()) return;
    await this.raw.bringToFront();
    this.context.front = this;
  }

  emit(event: string, value: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }
  on(event: string, listener: (value: never) => void): this {
    if (!['pageerror', 'download', 'close'].includes(event)) unsupported(`page.on('${event}')`);
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as (value: unknown) => void]);
    return this;
  }
  removeAllListeners(event?: string): this {
    if (event) this.listeners.delete(event);
    else this.listeners.clear();
    return this;
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  locator(css: string, options: { hasText?: string } = {}) {
    return strict(new FirefoxLocator(this, [{ css, hasText: options.hasText }]), 'Locator');
  }
  // Playwright's selector shorthands on the page: the same as on locator(selector).
  async click(css: string): Promise<void> {
    await this.locator(css).click();
  }
  async fill(css: string, value: string): Promise<void> {
    await this.locator(css).fill(value);
  }
  async selectOption(css: string, value: string): Promise<string[]> {
    return this.locator(css).selectOption(value);
  }
  async textContent(css: string): Promise<string | null> {
    return this.locator(css).textContent();
  }
  async innerText(css: string): Promise<string> {
    return this.locator(css).innerText();
  }
  /** The next `download`, as Playwright's waitForEvent. */
  waitForEvent(event: 'download', options: { timeout?: number } = {}): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${event} event within ${options.timeout ?? DEFAULT_TIMEOUT} ms`)), options.timeout ?? DEFAULT_TIMEOUT);
      const listener = (value: unknown) => {
        clearTimeout(timer);
        this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
        resolve(value);
      };
      this.on(event, listener as never);
    });
  }
  getByTestId(testId: string) {
    return strict(new FirefoxLocator(this, [{ testId }]), 'Locator');
  }
  getByRole(role: string, options: { name?: string } = {}) {
    return strict(new FirefoxLocator(this, [{ role, name: options.name }]), 'Locator');
  }

  /** Extension pages report no load event over BiDi: their arrival is watched in the page instead. */
  async goto(url: string): Promise<null> {
    await this.toFront();
    if (!url.startsWith('moz-extension:')) {
      await this.raw.goto(url);
      return null;
    }
    this.extensionUrl = url;
    this.raw.goto(url).catch(() => {});
    // Asked again until it holds: a question that meets the navigation half-way fails over BiDi.
    const deadline = Date.now() + DEFAULT_TIMEOUT;
    for (;;) {
      const arrived = await this.raw.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (arrived) return null;
      if (Date.now() > deadline) throw new Error(`${url} did not load within ${DEFAULT_TIMEOUT} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async reload(): Promise<null> {
    await this.toFront();
    // puppeteer's url() misses navigations to extension pages, which report no load event.
    const url = (await this.raw.evaluate(() => location.href)) as string;
    if (!url.startsWith('moz-extension:')) {
      await this.raw.reload();
      return null;
    }
    const marker = `dl${Math.random().toString(36).slice(2)}`;
    await this.raw.evaluate((m: string) => ((window as unknown as Record<string, boolean>)[m] = true), marker);
    this.raw.evaluate(() => location.reload()).catch(() => {});
    const deadline = Date.now() + DEFAULT_TIMEOUT;
    for (;;) {
      const reloaded = await this.raw
        .evaluate((m: string) => !(window as unknown as Record<string, boolean>)[m] && document.readyState === 'complete', marker)
        .catch(() => false);
      if (reloaded) return null;
      if (Date.now() > deadline) throw new Error(`${url} did not reload within ${DEFAULT_TIMEOUT} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  url(): string {
    // puppeteer's url() stays at about:blank for an extension page: its navigation reports no events.
    const url = this.raw.url();
    return url === 'about:blank' && this.extensionUrl ? this.extensionUrl : url;
  }
  async close(): Promise<void> {
    this.context.pages.delete(this);
    if (this.context.front === this) this.context.front = undefined;
    if (!this.raw.isClosed()) await this.raw.close();
  }
  async evaluate<R, A>(fn: string | ((arg: A) => R), arg?: A): Promise<R> {
    await this.toFront();
    if (typeof fn === 'string') return this.raw.evaluate(fn) as Promise<R>;
    return this.raw.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}): Promise<void> {
    await this.toFront();
    await this.raw.waitForFunction(fn as never, { timeout: options.timeout ?? DEFAULT_TIMEOUT, polling: 'raf' }, arg as never);
  }
  async waitForSelector(css: string, options: { timeout?: number } = {}): Promise<void> {
    await this.locator(css).waitFor(options);
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.raw.setViewport(size);
  }
  async screenshot(options: { path: string; fullPage?: boolean }): Promise<void> {
    await this.toFront();
    await this.raw.screenshot({ path: options.path as `${string}.png`, fullPage: options.fullPage });
  }
  async waitForTimeout(ms: number): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
  }
  async addInitScript(fn: () => unknown): Promise<void> {
    await this.raw.evaluateOnNewDocument(fn);
  }
  get keyboard() {
    const k = this.raw.keyboard;
    return {
      press: async (key: string) => (await this.toFront(), k.press(key as never)),
      type: async (text: string) => (await this.toFront(), k.type(text)),
    };
  }
  get mouse() {
    const m = this.raw.mouse;
    return {
      move: async (x: number, y: number) => (await this.toFront(), m.move(x, y)),
      click: async (x: number, y: number) => (await this.toFront(), m.click(x, y)),
    };
  }
}

export class FirefoxContext {
  readonly pages = new Set<FirefoxPage>();
  /** The tab in the foreground: a new tab opens there. */
  front: FirefoxPage | undefined;
  private readonly routes: { pattern: RegExp; handler: RouteHandler }[] = [];
  private readonly requestListeners: ((request: HTTPRequest, page: FirefoxPage) => void)[] = [];
  /** newPage() calls under way: their tabs are not reported as opened by a page. */
  private opening = 0;
  readonly facade: FirefoxContext;

  constructor(readonly browser: Browser) {
    this.facade = strict(this, 'BrowserContext');
  }

  onRequest(listener: (request: HTTPRequest, page: FirefoxPage) => void): void {
    this.requestListeners.push(listener);
  }

  on(event: 'close', listener: () => void): this {
    if (event !== 'close') unsupported(`context.on('${event}')`);
    this.browser.on('disconnected', listener);
    return this;
  }

  async route(glob: string, handler: RouteHandler): Promise<void> {
    // Playwright: the route added last is asked first.
    this.routes.unshift({ pattern: globToRegExp(glob), handler });
  }

  async newPage(): Promise<FirefoxPage> {
    this.opening++;
    try {
      const page = await this.adopt(await this.browser.newPage());
      this.front = page;
      return page.facade;
    } finally {
      this.opening--;
    }
  }

  private async adopt(raw: PPage): Promise<FirefoxPage> {
    // A tab another page or the extension has just opened may not have its browser element yet
    // ("browser is null"): the viewport is asked again until it has, for up to 2 s.
    for (let attempt = 0; ; attempt++) {
      try {
        await raw.setViewport({ width: 1000, height: 900 });
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const page = new FirefoxPage(raw, this);
    this.pages.add(page);
    raw.on('close', () => this.pages.delete(page));
    await raw.setRequestInterception(true);
    raw.on('request', (request) => {
      for (const listener of this.requestListeners) listener(request, page);
      this.dispatch(request);
    });
    return page;
  }

  /**
   * The next tab opened in the context by the pages or the extension (window.open, tabs.create), as
   * Playwright's waitForEvent('page'); it is driven like a page from newPage().
   */
  waitForEvent(event: 'page', options: { timeout?: number } = {}): Promise<FirefoxPage> {
    if (event !== 'page') unsupported(`context.waitForEvent('${event}')`);
    const timeout = options.timeout ?? DEFAULT_TIMEOUT;
    return new Promise((resolve, reject) => {
      const opened = (target: Target) => {
        // A tab of newPage() is that call's, not an event.
        if (target.type() !== 'page' || this.opening > 0) return;
        this.browser.off('targetcreated', opened);
        clearTimeout(timer);
        target
          .page()
          .then((raw) => (raw ? this.adopt(raw) : Promise.reject(new Error('the new tab has no page'))))
          .then((page) => resolve(page.facade), reject);
      };
      const timer = setTimeout(() => {
        this.browser.off('targetcreated', opened);
        reject(new Error(`no new page within ${timeout} ms`));
      }, timeout);
      this.browser.on('targetcreated', opened);
    });
  }

  private dispatch(request: HTTPRequest): void {
    const url = request.url();
    const route = this.routes.find((r) => r.pattern.test(url));
    if (!route || url.startsWith('moz-extension:') || url.startsWith('blob:') || url.startsWith('data:')) {
      request.continue().catch(() => {});
      return;
    }
    const wrapped: RouteLike = {
      request: () => ({ url: () => url }),
      fulfill: ({ status = 200, contentType = 'text/plain', headers = {}, body = '' }) => request.respond({ status, contentType, headers, body }),
      continue: () => request.continue(),
      abort: () => request.abort('blockedbyclient'),
    };
    Promise.resolve(route.handler(wrapped)).catch(() => {});
  }

  /**
   * Downloads as Playwright reports them: a `download` event when one begins, whose path() waits for
   * its end. Firefox's WebDriver BiDi announces both (browsingContext.downloadWillBegin/downloadEnd);
   * puppeteer does not relay them, so they are read off its connection.
   */
  async watchDownloads(): Promise<void> {
    const connection = (this.browser as unknown as { connection: BidiEvents }).connection;
    const ended = new Map<string, (path: string | null) => void>();
    connection.on('browsingContext.downloadWillBegin', (event: { url: string; suggestedFilename: string }) => {
      // Keyed by URL: Firefox sends no navigation id for a download from a blob: link.
      const path = new Promise<string | null>((resolve) => ended.set(event.url, resolve));
      const download: FirefoxDownload = {
        path: async () => {
          const at = await path;
          if (!at) throw new Error(`download of ${event.suggestedFilename} was canceled`);
          return at;
        },
        saveAs: async (to: string) => copyFileSync(await download.path(), to),
        suggestedFilename: () => event.suggestedFilename,
      };
      for (const page of this.pages) page.emit('download', download);
    });
    connection.on('browsingContext.downloadEnd', (event: { url: string; status: string; filepath?: string }) => {
      ended.get(event.url)?.(event.status === 'complete' ? (event.filepath ?? null) : null);
    });
    await connection.send('session.subscribe', { events: ['browsingContext.downloadWillBegin', 'browsingContext.downloadEnd'] });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export async function launchFirefox(options: { extensionDir: string; userDataDir: string; headless: boolean; withExtension: boolean }) {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  const downloadDir = join(options.userDataDir, 'downloads');
  mkdirSync(downloadDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless,
    userDataDir: options.userDataDir,
    // Extension pages (moz-extension://) may then be opened over WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  if (options.withExtension) await browser.installExtension(options.extensionDir);
  const context = new FirefoxContext(browser);
  await context.watchDownloads();
  return { context, extensionId: options.withExtension ? ADDON_UUID : '' };
}

/** The closed shadow root of a badge: WebDriver BiDi serialises an element with its shadow root, closed or not. */
export async function inFirefoxBadge<T, A>(badge: FirefoxLocator, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
  const host = await badge.handle();
  const remote = (host as unknown as { remoteValue(): { value?: { shadowRoot?: unknown } } }).remoteValue();
  const shadow = remote.value?.shadowRoot;
  if (!shadow) throw new Error('the badge has no shadow root');
  const Handle = host.constructor as unknown as { from(value: unknown, realm: unknown): JSHandle };
  const root = Handle.from(shadow, (host as unknown as { realm: unknown }).realm);
  return root.evaluate(fn as never, arg as never) as Promise<T>;
}

export type { FirefoxLocator, FirefoxPage };
