import { browser } from 'wxt/browser';
import { CONTENT_PORT, valueOf, type Messages, type MessageType, type PortReply, type PortRequest } from '../protocol';

/** The part of `runtime.Port` this client uses (a fake one in unit tests). */
export interface PortLike {
  postMessage(message: PortRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * A port left unused this long is closed (the next message opens a new one): an open port may keep
 * Firefox's event page from being suspended, and an idle tab has no reason to hold the background.
 */
export const IDLE_CLOSE_MS = 20_000;

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/**
 * Sends the content script's messages over one long-lived port, opened on the first message and again
 * on the first one after it closed. The background's service worker is stopped when idle (and Chrome
 * closes long-lived ports after a while): the port then disconnects, and every request still waiting on
 * it is rejected, into its caller's own retry path, never left hanging. A message that finds the port
 * already closed (its disconnect not yet delivered) is posted again on a new one, once.
 */
export function createPortSender(connect: () => PortLike) {
  let open: { port: PortLike; pending: Map<number, Pending> } | undefined;
  let nextId = 0;
  let lastUsed = 0;
  let idleCheck = false;

  const close = (which: NonNullable<typeof open>, reason: string) => {
    if (open === which) open = undefined;
    const error = new Error(`the DiploLens background closed the connection (${reason})`);
    for (const request of which.pending.values()) request.reject(error);
    which.pending.clear();
  };

  const connectNow = () => {
    const port = connect();
    const current = { port, pending: new Map<number, Pending>() };
    port.onMessage.addListener((message) => {
      const reply = message as PortReply | null;
      const id = reply?.id;
      const request = typeof id === 'number' ? current.pending.get(id) : undefined;
      if (!request) return;
      current.pending.delete(id!);
      try {
        request.resolve(valueOf(reply!));
      } catch (error) {
        request.reject(error as Error);
      }
    });
    port.onDisconnect.addListener(() => close(current, browser.runtime.lastError?.message ?? 'disconnected'));
    return current;
  };

  const closeWhenIdle = () => {
    idleCheck = false;
    if (!open) return;
    const idleFor = Date.now() - lastUsed;
    if (idleFor >= IDLE_CLOSE_MS && !open.pending.size) {
      const idle = open;
      close(idle, 'idle');
      try {
        idle.port.disconnect();
      } catch {}
      return;
    }
    idleCheck = true;
    setTimeout(closeWhenIdle, Math.max(IDLE_CLOSE_MS - idleFor, 1_000));
  };

  const post = (id: number, message: PortRequest, request: Pending) => {
    open ??= connectNow();
    open.pending.set(id, request);
    try {
      open.port.postMessage(message);
    } catch (error) {
      // The port was closed and its disconnect not delivered yet: it can carry nothing more.
      open.pending.delete(id);
      close(open, 'could not post');
      throw error;
    }
  };

  return function send<K extends MessageType>(type: K, payload: Messages[K]['request']): Promise<Messages[K]['response']> {
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      const request = { resolve: resolve as Pending['resolve'], reject };
      const message = { id, type, payload } as PortRequest;
      try {
        const reused = open !== undefined;
        try {
          post(id, message, request);
        } catch (error) {
          if (!reused) throw error;
          post(id, message, request);
        }
      } catch (error) {
        // connect throws too once the extension was updated or removed.
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      lastUsed = Date.now();
      if (!idleCheck) {
        idleCheck = true;
        setTimeout(closeWhenIdle, IDLE_CLOSE_MS);
      }
    });
  };
}

/** How the content script sends a message to the background: over its tab's port. */
export const send = createPortSender(() => browser.runtime.connect({ name: CONTENT_PORT }));
