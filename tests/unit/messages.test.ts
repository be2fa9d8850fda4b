// The background's gate: every message is checked (name, sender, payload schema) before any handler
// runs, and each refusal is counted for the diagnostics page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { countRefusal, diagnosticsHandlers, clearDiagnostics } from '../../utils/background/diagnostics';
import { checkMessage, MESSAGE_RULES, serve } from '../../utils/background/messages';
import { createPortSender } from '../../utils/content/background-port';
import { CONTENT_PORT, type Handlers } from '../../utils/protocol';
import { capture } from '../fixtures/captures';
import { portPair, type FakePort } from '../fixtures/port-pair';

type Listener = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (answer: unknown) => void) => boolean;
type ConnectListener = (port: FakePort) => void;

const senderOf = (from: 'page' | 'content') => ({ id: browser.runtime.id, url: from === 'page' ? browser.runtime.getURL('/library.html') : 'https://x.com/home' });

/**
 * Serves the handlers through the real `serve` and returns ways to deliver a message as the browser would:
 * `deliver` as a runtime message, `connect` a port as a content script (or a page) opens one.
 */
function served(handlers: Handlers) {
  let listener: Listener | undefined;
  let onConnect: ConnectListener | undefined;
  const spies = [
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((l) => void (listener = l as unknown as Listener)),
    vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((l) => void (onConnect = l as unknown as ConnectListener)),
  ];
  serve(handlers, (refusal) => void countRefusal(refusal));
  for (const spy of spies) spy.mockRestore();
  const deliver = async (message: unknown, from: 'page' | 'content') =>
    new Promise((resolve) => {
      const async = listener!(message, senderOf(from), resolve);
      if (!async) setTimeout(() => resolve(undefined), 0);
    });
  const connect = (from: 'page' | 'content', name = CONTENT_PORT, sender: { id?: string; url?: string } = senderOf(from)) => {
    const { content, background } = portPair(name, sender);
    onConnect!(background);
    return content;
  };
  return Object.assign(deliver, { connect });
}

afterEach(async () => {
  await clearDiagnostics();
});

describe('message schemas', () => {
  it('refuse a bad payload before the handler runs, and count it by message and reason', async () => {
    const identify = vi.fn(async () => ({ identification: {} as never, correction: null, known: { platform: 'x' as const, handle: 'a' } }));
    const deliver = served({ 'accounts:identify': identify, ...diagnosticsHandlers() });

    const answer = await deliver({ type: 'accounts:identify', payload: { platform: 'x', handle: 42 } }, 'page');
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/accounts:identify.*expected shape.*handle/) });
    await deliver({ type: 'accounts:identify', payload: { platform: 'myspace', handle: 'a' } }, 'page');
    expect(identify).not.toHaveBeenCalled();

    await deliver({ type: 'accounts:identify', payload: { platform: 'x', handle: 'a' } }, 'content');
    await deliver({ type: 'constructor', payload: {} }, 'content');
    expect(identify).not.toHaveBeenCalled();

    await deliver({ type: 'accounts:identify', payload: { platform: 'x', handle: 'StateDept', extra: 'dropped' } }, 'page');
    expect(identify).toHaveBeenCalledWith({ platform: 'x', handle: 'StateDept' });

    const { refusals } = (await deliver({ type: 'diagnostics:get', payload: {} }, 'page').then((a) => (a as { value: { refusals: unknown[] } }).value)) as {
      refusals: { message: string; reason: string; count: number; detail?: string }[];
    };
    const counted = Object.fromEntries(refusals.map((r) => [`${r.message} / ${r.reason}`, r.count]));
    expect(counted).toEqual({ 'accounts:identify / bad payload': 2, 'accounts:identify / wrong sender': 1, '(unknown) / unknown message': 1 });
    expect(refusals.find((r) => r.reason === 'bad payload')!.detail).toMatch(/^platform: /);
  });

  it('accept what the extension really sends', () => {
    const report = { pageId: 'abc', site: 'x', surface: 'home', updatedAt: Date.now(), bySurface: { home: { seen: 3, official: 1, other: 2, skipped: 0 } }, errors: [{ where: 'scan', message: 'boom', at: 1 }], busyMs: 12 };
    expect(checkMessage({ type: 'diagnostics:report', payload: report }, 'content')).toMatchObject({ ok: true, payload: report });
    expect(checkMessage({ type: 'posts:record', payload: { posts: [capture('1'), { junk: true }] } }, 'content').ok).toBe(true);
    expect(checkMessage({ type: 'posts:save', payload: { post: capture('1') } }, 'content').ok).toBe(true);
    expect(checkMessage({ type: 'accounts:learn', payload: { accounts: [{ platform: 'bluesky', handle: 'a.gov', provenDomains: ['a.gov'], badge: 'grey' }] } }, 'content').ok).toBe(true);
    expect(checkMessage({ type: 'corrections:set', payload: { platform: 'x', handle: 'a', correction: { official: true, country: 'FR', role: 'embassy' } } }, 'content').ok).toBe(true);
    expect(checkMessage({ type: 'directory:get', payload: {} }, 'content').ok).toBe(true);
  });

  it('refuse malformed payloads of every message with a payload', () => {
    const bad: Record<string, unknown> = {
      'accounts:infer': { accounts: [{ platform: 'x' }] },
      'accounts:learn': { accounts: 'all' },
      'corrections:set': { platform: 'x', handle: 'a', correction: { official: true, role: 'emperor' } },
      'posts:save': { post: { ...capture('1'), url: 'javascript:alert(1)' } },
      'posts:record': { posts: 'many' },
      'capture:set': { platform: 'x', on: 'yes' },
      'diagnostics:report': { pageId: 'p', site: 'x', surface: 's', updatedAt: 1, bySurface: {}, errors: [], busyMs: -1 },
      'directory:import': { csv: 7 },
      'directory:get': null,
    };
    for (const [type, payload] of Object.entries(bad)) {
      const from = MESSAGE_RULES[type as keyof typeof MESSAGE_RULES].from === 'page' ? 'page' : 'content';
      expect(checkMessage({ type, payload }, from), type).toMatchObject({ ok: false, reason: 'bad payload' });
    }
  });
});

describe("a content script's port", () => {
  const refusalsOf = async (deliver: ReturnType<typeof served>) => {
    const answer = (await deliver({ type: 'diagnostics:get', payload: {} }, 'page')) as { value: { refusals: { message: string; reason: string; count: number }[] } };
    return Object.fromEntries(answer.value.refusals.map((r) => [`${r.message} / ${r.reason}`, r.count]));
  };

  it('passes every message through the same checks as a runtime message, and counts its refusals with theirs', async () => {
    const infer = vi.fn(async ({ accounts }: { accounts: { handle: string }[] }) => ({ identifications: accounts.map((a) => ({ handle: a.handle })) as never }));
    const identify = vi.fn(async () => ({ identification: {} as never, correction: null, known: { platform: 'x' as const, handle: 'a' } }));
    const deliver = served({ 'accounts:infer': infer, 'accounts:identify': identify, ...diagnosticsHandlers() });
    const send = createPortSender(() => deliver.connect('content'));

    // What a content script may send is answered, with the parsed payload (unknown keys dropped).
    const accounts = [{ platform: 'x' as const, handle: 'StateDept', extra: 'dropped' }];
    await expect(send('accounts:infer', { accounts })).resolves.toEqual({ identifications: [{ handle: 'StateDept' }] });
    expect(infer).toHaveBeenCalledWith({ accounts: [{ platform: 'x', handle: 'StateDept' }] });

    // A page's message over a content script's port is refused, as it is over sendMessage.
    await expect(send('accounts:identify', { platform: 'x', handle: 'a' })).rejects.toThrow('accounts:identify is not accepted from a content script');
    await expect(send('accounts:infer', { accounts: [{ platform: 'myspace' }] } as never)).rejects.toThrow(/accounts:infer: the message does not have the expected shape/);
    await expect(send('constructor' as never, {} as never)).rejects.toThrow('not a DiploLens message');
    await deliver({ type: 'accounts:identify', payload: { platform: 'x', handle: 'a' } }, 'content');
    expect(identify).not.toHaveBeenCalled();
    expect(infer).toHaveBeenCalledTimes(1);

    expect(await refusalsOf(deliver)).toEqual({ 'accounts:identify / wrong sender': 2, 'accounts:infer / bad payload': 1, '(unknown) / unknown message': 1 });
  });

  it("tells a port's sender by its URL, as it does a runtime message's: an extension page's port may send a page's messages", async () => {
    const identify = vi.fn(async () => ({ identification: {} as never, correction: null, known: { platform: 'x' as const, handle: 'a' } }));
    const deliver = served({ 'accounts:identify': identify });
    const send = createPortSender(() => deliver.connect('page'));
    await expect(send('accounts:identify', { platform: 'x', handle: 'a' })).resolves.toMatchObject({ known: { handle: 'a' } });
  });

  it('answers a message without an id with a null id, and a failing handler with its error', async () => {
    const deliver = served({
      'accounts:learn': async () => {
        throw new TypeError('database closed');
      },
    });
    const port = deliver.connect('content');
    const replies: unknown[] = [];
    port.onMessage.addListener((reply) => replies.push(reply));
    port.postMessage({ type: 'accounts:learn', payload: { accounts: [] } });
    port.postMessage({ id: 7, type: 'accounts:learn', payload: { accounts: [] } });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(replies).toEqual([
      { id: null, ok: false, error: 'TypeError: database closed' },
      { id: 7, ok: false, error: 'TypeError: database closed' },
    ]);
  });

  it('disconnects a port with another name or from another extension, and handles nothing from it', async () => {
    const learn = vi.fn(async () => null);
    const deliver = served({ 'accounts:learn': learn });
    for (const port of [deliver.connect('content', 'something-else'), deliver.connect('content', CONTENT_PORT, { id: 'another-extension', url: 'https://x.com/' })]) {
      const disconnected = new Promise((resolve) => port.onDisconnect.addListener(resolve));
      await disconnected;
      expect(() => port.postMessage({ id: 1, type: 'accounts:learn', payload: { accounts: [] } })).toThrow(/disconnected/);
    }
    expect(learn).not.toHaveBeenCalled();
  });

  it('does not throw when the tab went away before its answer was ready', async () => {
    let finish!: () => void;
    const deliver = served({ 'accounts:learn': () => new Promise<null>((resolve) => (finish = () => resolve(null))) });
    const port = deliver.connect('content');
    port.postMessage({ id: 1, type: 'accounts:learn', payload: { accounts: [] } });
    await vi.waitFor(() => expect(finish).toBeTypeOf('function'));
    port.disconnect();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
