// @vitest-environment happy-dom
// The content script's port to the background: replies matched to their requests, a dropped port's requests
// rejected into the callers' retry paths, and a new port opened by the next message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPortSender, IDLE_CLOSE_MS } from '../../utils/content/background-port';
import { outbox } from '../../utils/content/features/outbox';
import type { PortReply, PortRequest } from '../../utils/protocol';
import { portPair, type FakePort } from '../fixtures/port-pair';

/**
 * A background that answers each request with `answer(request)`, after `delayMs(request)`; each `connect`
 * opens a new port to it, and `stop()` drops the current one as a stopped service worker does.
 */
function fakeBackground(answer: (request: PortRequest) => PortReply, delayMs: (request: PortRequest) => number = () => 0) {
  const ports: FakePort[] = [];
  const requests: PortRequest[] = [];
  const connect = vi.fn(() => {
    const { content, background } = portPair('diplolens:content', { id: 'extension-id', url: 'https://x.com/home' });
    background.onMessage.addListener((message) => {
      const request = message as PortRequest;
      requests.push(request);
      setTimeout(() => {
        try {
          background.postMessage(answer(request));
        } catch {}
      }, delayMs(request));
    });
    ports.push(background);
    return content;
  });
  return { connect, requests, ports, stop: () => ports.at(-1)!.disconnect() };
}

const echo = (request: PortRequest): PortReply => ({ id: request.id, ok: true, value: { identifications: request.payload } });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => vi.useRealTimers());

describe('the content script port', () => {
  it('opens one port for many messages and gives each request its own reply, whatever their order', async () => {
    // The first request is answered last.
    const background = fakeBackground(echo, (request) => (request.id === 1 ? 20 : 0));
    const send = createPortSender(background.connect);
    const replies = await Promise.all([1, 2, 3].map((n) => send('accounts:infer', { accounts: [{ platform: 'x', handle: `a${n}` }] })));
    expect(replies.map((reply) => (reply.identifications as unknown as { accounts: { handle: string }[] }).accounts[0]!.handle)).toEqual(['a1', 'a2', 'a3']);
    expect(background.connect).toHaveBeenCalledTimes(1);
    expect(background.requests.map((r) => r.type)).toEqual(['accounts:infer', 'accounts:infer', 'accounts:infer']);
  });

  it("rejects with the background's reason when it refuses a message", async () => {
    const background = fakeBackground((request) => ({ id: request.id, ok: false, error: 'accounts:identify is not accepted from a content script' }));
    const send = createPortSender(background.connect);
    await expect(send('accounts:identify', { platform: 'x', handle: 'a' })).rejects.toThrow('accounts:identify is not accepted from a content script');
  });

  it('rejects the requests in flight when the port drops, and opens a new one for the next message', async () => {
    const background = fakeBackground(echo, () => 50);
    const send = createPortSender(background.connect);
    const inFlight = send('accounts:infer', { accounts: [] });
    await tick();
    background.stop();
    await expect(inFlight).rejects.toThrow(/closed the connection/);
    await expect(send('accounts:infer', { accounts: [] })).resolves.toEqual({ identifications: { accounts: [] } });
    expect(background.connect).toHaveBeenCalledTimes(2);
  });

  it('posts again on a new port, once, when the port closed before its disconnect was delivered', async () => {
    const background = fakeBackground(echo);
    const send = createPortSender(background.connect);
    await send('directory:get', {});
    background.stop(); // the content end hears of it only in a later task
    await expect(send('accounts:infer', { accounts: [] })).resolves.toEqual({ identifications: { accounts: [] } });
    expect(background.connect).toHaveBeenCalledTimes(2);
    expect(background.requests.map((r) => r.type)).toEqual(['directory:get', 'accounts:infer']);
  });

  it('rejects, never throws, when no port can be opened (the extension was updated or removed)', async () => {
    const send = createPortSender(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(send('posts:record', { posts: [] })).rejects.toThrow('Extension context invalidated.');
  });

  it('ignores replies that answer no request of its own', async () => {
    const background = fakeBackground((request) => ({ ...echo(request), id: request.id + 100 }));
    const send = createPortSender(background.connect);
    let settled = false;
    const reply = send('directory:get', {}).finally(() => (settled = true));
    await tick(10);
    expect(settled).toBe(false);
    background.stop();
    await expect(reply).rejects.toThrow(/closed/);
  });

  it('closes an idle port, not one with a request waiting, and opens a new one when needed', async () => {
    vi.useFakeTimers();
    const background = fakeBackground(echo, (request) => (request.type === 'directory:get' ? IDLE_CLOSE_MS * 2 : 0));
    const send = createPortSender(background.connect);
    const slow = send('directory:get', {});
    const closedAt: number[] = [];
    background.ports[0]!.onDisconnect.addListener(() => closedAt.push(Date.now()));
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS + 1_000);
    expect(closedAt).toEqual([]); // a request is waiting on it
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS);
    await slow;
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS);
    expect(closedAt).toHaveLength(1);
    expect(closedAt[0]! - start).toBeLessThanOrEqual(IDLE_CLOSE_MS * 3 + 1_000);
    const next = send('accounts:infer', { accounts: [] });
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toBeTruthy();
    expect(background.connect).toHaveBeenCalledTimes(2);
  });

  it('loses no record when the service worker is stopped while a batch is on its way: the outbox sends it again', async () => {
    const recorded: string[] = [];
    const background = fakeBackground((request) => {
      const posts = (request.payload as { posts: { postId: string }[] }).posts;
      recorded.push(...posts.map((p) => p.postId));
      return { id: request.id, ok: true, value: { added: posts.length, updated: 0, skipped: 0 } };
    }, () => 30);
    const send = createPortSender(background.connect);
    const ctx = {
      setTimeout: (handler: () => void, ms?: number) => setTimeout(handler, ms) as unknown as number,
      addEventListener: (target: EventTarget, type: string, handler: EventListener) => target.addEventListener(type, handler),
    } as unknown as Parameters<typeof outbox>[0];
    const givenUp = vi.fn();
    const box = outbox<{ postId: string }>(ctx, 10, (posts) => send('posts:record', { posts: posts as never }), givenUp);
    box.push({ postId: '1' });
    await tick(15); // the batch is posted; its reply is 30 ms away
    background.stop(); // the worker stops: the reply never comes
    await tick(5);
    box.push({ postId: '2' });
    await tick(100);
    // '1' reached the background before it stopped, but its answer never came back: the outbox sends it
    // again (the library merges a post it already has), with '2', over a new port.
    expect(recorded).toEqual(['1', '1', '2']);
    expect(givenUp).not.toHaveBeenCalled();
    expect(background.connect).toHaveBeenCalledTimes(2);
  });
});
