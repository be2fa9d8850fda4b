// The background's gate: every message is checked (name, sender, payload schema) before any handler
// runs, and each refusal is counted for the diagnostics page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { countRefusal, diagnosticsHandlers, clearDiagnostics } from '../../utils/background/diagnostics';
import { checkMessage, MESSAGE_RULES, serve } from '../../utils/background/messages';
import type { Handlers } from '../../utils/protocol';
import { capture } from '../fixtures/captures';

type Listener = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (answer: unknown) => void) => boolean;

/** Serves the handlers through the real `serve` and returns a way to deliver a message as the browser would. */
function served(handlers: Handlers) {
  let listener: Listener | undefined;
  const spy = vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((l) => void (listener = l as unknown as Listener));
  serve(handlers, (refusal) => void countRefusal(refusal));
  spy.mockRestore();
  return async (message: unknown, from: 'page' | 'content') => {
    const sender = { id: browser.runtime.id, url: from === 'page' ? browser.runtime.getURL('/library.html') : 'https://x.com/home' };
    return new Promise((resolve) => {
      const async = listener!(message, sender, resolve);
      if (!async) setTimeout(() => resolve(undefined), 0);
    });
  };
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
