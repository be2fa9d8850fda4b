import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DiploLensDB } from '../../utils/db/database';
import { send, type MastodonInstance } from '../../utils/protocol';
import { GOVERNMENT_INSTANCES } from '../../utils/sites/mastodon/government-instances';
import { instancePattern, normalizeInstanceHost } from '../../utils/sites/mastodon/urls';
import { CaptureSwitches } from '../shared/CaptureSwitches';
import { InferredBadgesSwitch } from './InferredBadgesSwitch';

/** The settings: which accounts are badged, capture per platform, the Mastodon instances DiploLens reads, and where the data lives. */
export function Options({ db }: { db: DiploLensDB }) {
  return (
    <main class="options">
      <h1>DiploLens options</h1>
      <section class="panel" aria-label="Badges">
        <h2>Badges</h2>
        <InferredBadgesSwitch />
      </section>
      <section class="panel" aria-label="Capture">
        <h2>Capture</h2>
        <CaptureSwitches db={db} />
      </section>
      <MastodonInstances />
      <section class="panel" aria-label="Your data">
        <h2>Your data</h2>
        <p>
          Everything DiploLens records stays in this browser profile; the extension makes no network requests. Back up, export, import and
          delete in the library:
        </p>
        <ul>
          <li>
            <a href="/library.html" target="_blank" data-testid="open-library-data">
              Library → Import, export and data
            </a>{' '}
            (export all posts as NDJSON, CSV or JSON; delete by account, by date or everything)
          </li>
          <li>
            <a href="/accounts.html" target="_blank">
              Accounts
            </a>{' '}
            (your corrections and your imported list of official accounts)
          </li>
          <li>
            <a href="/diagnostics.html" target="_blank">
              Diagnostics
            </a>{' '}
            (what the extension did on each open tab, without any post text)
          </li>
        </ul>
      </section>
    </main>
  );
}

function MastodonInstances() {
  const [instances, setInstances] = useState<MastodonInstance[]>([]);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');

  const refresh = () => send('mastodon:instances', {}).then((r) => setInstances(r.instances), (e: Error) => setStatus(e.message));
  useEffect(() => {
    refresh();
    // The host may be granted or withdrawn in the browser's own settings while this page is open.
    const changed = () => void refresh();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, []);

  // The browser shows its permission prompt only from a user's click: the request is the first thing done.
  function add(text: string) {
    const host = normalizeInstanceHost(text);
    if (!host) return setStatus(`"${text.trim().slice(0, 100)}" is not an instance's address: type its host, for example social.bund.de`);
    setStatus(`Asking the browser for ${host}…`);
    browser.permissions.request({ origins: [instancePattern(host)] }).then(
      async (granted) => {
        if (!granted) return setStatus(`Not added: the browser did not give DiploLens access to ${host}.`);
        const { instances } = await send('mastodon:add', { host });
        setInstances(instances);
        setInput('');
        setStatus(`Added ${host}. Reload its open tabs to see badges there.`);
      },
      (error: Error) => setStatus(`Not added: ${error.message}`),
    );
  }

  async function remove(host: string) {
    try {
      setInstances((await send('mastodon:remove', { host })).instances);
      setStatus(`Removed ${host}: DiploLens no longer reads it, and gave its permission back.`);
    } catch (error) {
      setStatus(`Could not remove ${host}: ${(error as Error).message}`);
    }
  }

  const added = new Set(instances.map((i) => i.host));
  return (
    <section class="panel" aria-label="Mastodon instances">
      <h2>Mastodon instances</h2>
      <p>
        Mastodon runs on thousands of servers, so DiploLens reads only those you add here. When you add one, your browser asks you to let
        DiploLens "read and change your data" on that site: that is what drawing badges on its pages takes. It reads nothing else there and
        sends nothing anywhere.
      </p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          add(input);
        }}
      >
        <input
          type="text"
          data-testid="instance-input"
          aria-label="Instance address"
          placeholder="mastodon.social"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" data-testid="instance-add" disabled={!input.trim()}>
          Add instance
        </button>
      </form>
      {status ? (
        <p role="status" data-testid="instance-status">
          {status}
        </p>
      ) : null}
      {instances.length ? (
        <ul class="instances" data-testid="instance-list">
          {instances.map((instance) => (
            <li key={instance.host} data-instance={instance.host} data-active={String(instance.active)}>
              <strong>{instance.host}</strong>{' '}
              <span class="muted">
                {instance.active ? 'badges on' : instance.granted ? 'starting…' : 'the browser withdrew access: add it again to grant it'}
              </span>{' '}
              {!instance.granted ? (
                <button type="button" onClick={() => add(instance.host)}>
                  Grant again
                </button>
              ) : null}{' '}
              <button type="button" data-testid={`instance-remove-${instance.host}`} onClick={() => remove(instance.host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No instance yet.</p>
      )}
      <h3>Instances run by governments</h3>
      <p class="muted">Only their own bodies have accounts there, so an account's home on one of them is evidence of office.</p>
      <ul class="instances">
        {GOVERNMENT_INSTANCES.map((instance) => (
          <li key={instance.host}>
            <strong>{instance.host}</strong> <span class="muted">run by {instance.operator}; source: {instance.source}</span>{' '}
            {added.has(instance.host) ? null : (
              <button type="button" data-testid={`instance-suggest-${instance.host}`} onClick={() => add(instance.host)}>
                Add
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
