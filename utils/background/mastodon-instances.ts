import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { stored, type Handlers, type MastodonInstance } from '../protocol';
import { instancePattern, normalizeInstanceHost } from '../sites/mastodon/urls';

/**
 * The Mastodon instances the user added in the options page. The extension holds no Mastodon host
 * in its manifest: the options page asks for each host (`permissions.request`, from the user's
 * click), and this registers the Mastodon content script and its page-world observer on the hosts
 * both added and granted. Registrations are re-checked when the service worker starts and whenever
 * a permission is granted or withdrawn (also from the browser's own extension settings).
 */
export const MASTODON_SCRIPTS = [
  { id: 'diplolens-mastodon-network', js: ['content-scripts/mastodon-network.js'], runAt: 'document_start', world: 'MAIN' },
  { id: 'diplolens-mastodon', js: ['content-scripts/mastodon.js'], runAt: 'document_idle', world: 'ISOLATED' },
] as const;

const isGranted = (host: string) => browser.permissions.contains({ origins: [instancePattern(host)] }).catch(() => false);

/** The same page patterns, in any order. */
export const samePatterns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));

type PagesListener = (patterns: readonly string[]) => void;
const pagesListeners: PagesListener[] = [];
/** Called after every sync with the page patterns of the instances the content script runs on. */
export function onMastodonPagesChanged(listener: PagesListener): void {
  pagesListeners.push(listener);
}

/** Syncs run one after another: two at once would both find no script and both register it. */
let syncing: Promise<void> = Promise.resolve();
export function syncMastodonRegistrations(): Promise<void> {
  syncing = syncing.then(registerGrantedInstances, registerGrantedInstances);
  return syncing;
}

async function registerGrantedInstances(): Promise<void> {
  const hosts = await stored.mastodonInstances.getValue();
  const granted = (await Promise.all(hosts.map(async (host) => ((await isGranted(host)) ? host : null)))).filter((h): h is string => h !== null);
  const ids = MASTODON_SCRIPTS.map((s) => s.id);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  const matches = granted.map(instancePattern);
  const current = registered.find((s) => s.id === MASTODON_SCRIPTS[1].id)?.matches ?? [];
  for (const listener of pagesListeners) listener(matches);
  if (registered.length === ids.length && samePatterns(current, matches)) return;
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts(
    MASTODON_SCRIPTS.map((script) => ({ ...script, js: [...script.js], matches, persistAcrossSessions: true })),
  );
}

async function describeInstances(): Promise<MastodonInstance[]> {
  const hosts = await stored.mastodonInstances.getValue();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [MASTODON_SCRIPTS[1].id] });
  const matches = registered[0]?.matches ?? [];
  return Promise.all(hosts.map(async (host) => ({ host, granted: await isGranted(host), active: matches.includes(instancePattern(host)) })));
}

function checkedHost(input: string): string {
  const host = normalizeInstanceHost(input);
  if (!host) throw new Error(`"${input.slice(0, 100)}" is not an instance's address (for example social.bund.de)`);
  return host;
}

export function mastodonInstanceHandlers(): Handlers {
  return {
    'mastodon:instances': async () => ({ instances: await describeInstances() }),
    'mastodon:add': async ({ host: input }) => {
      const host = checkedHost(input);
      if (!(await isGranted(host))) throw new Error(`DiploLens may not read ${host}: the browser's permission was not given`);
      const hosts = await stored.mastodonInstances.getValue();
      if (!hosts.includes(host)) await stored.mastodonInstances.setValue([...hosts, host]);
      await syncMastodonRegistrations();
      await startInOpenTabs(host);
      return { instances: await describeInstances() };
    },
    'mastodon:remove': async ({ host: input }) => {
      const host = checkedHost(input);
      await stored.mastodonInstances.setValue((await stored.mastodonInstances.getValue()).filter((h) => h !== host));
      await syncMastodonRegistrations();
      // A host the manifest itself grants (a test build) cannot be given back; the script is gone either way.
      await browser.permissions.remove({ origins: [instancePattern(host)] }).catch(() => false);
      return { instances: await describeInstances() };
    },
  };
}

/**
 * Adds hosts to the list without asking for their permission (a restore cannot: the browser asks only
 * from the user's click). Those not granted are listed, inactive, until the user grants them in the
 * options page; those granted start at once. Anything not an instance's address is left out.
 */
export async function addMastodonInstances(inputs: readonly string[]): Promise<void> {
  const hosts = await stored.mastodonInstances.getValue();
  const added = inputs.map(normalizeInstanceHost).filter((h): h is string => !!h && !hosts.includes(h));
  if (!added.length) return;
  await stored.mastodonInstances.setValue([...hosts, ...new Set(added)]);
  await syncMastodonRegistrations();
}

/**
 * The registration reaches pages loaded from now on; the instance's tabs already open get the content
 * script now, so that the user need not reload them (the script runs once per page: see
 * instance-membership.ts). Its page-world observer, which must see the page's first requests, waits for
 * the next load: until then the lens reads the page alone. A tab that refuses (still loading, an error
 * page) is left for the registration.
 */
async function startInOpenTabs(host: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: instancePattern(host) }).catch(() => []);
  const lens = MASTODON_SCRIPTS[1];
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: lens.js.map((file): ScriptPublicPath => `/${file}`), world: lens.world }).catch(() => undefined),
    ),
  );
}

/** At every start of the service worker, and whenever the browser grants or withdraws a host. */
export function watchMastodonPermissions(): void {
  const resync = () => void syncMastodonRegistrations().catch((error) => console.debug('[DiploLens] Mastodon registration', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
