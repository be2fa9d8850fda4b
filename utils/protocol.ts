import { browser } from 'wxt/browser';

/**
 * The messages content scripts and extension pages send to the background, by name.
 * Each feature declares its own in its file under utils/background/ by augmenting this
 * interface, so features don't edit one shared list:
 *   declare module '../messages' { interface Messages { 'posts:record': { request: ...; response: ... } } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Messages {}

export type MessageType = keyof Messages;
type RequestOf<K extends MessageType> = Messages[K] extends { request: infer R } ? R : never;
type ResponseOf<K extends MessageType> = Messages[K] extends { response: infer R } ? R : never;
export type Envelope = { [K in MessageType]: { type: K; payload: RequestOf<K> } }[MessageType];

export type Handlers = { [K in MessageType]?: (payload: RequestOf<K>) => Promise<ResponseOf<K>> };

export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as { ok: true; value: ResponseOf<K> } | { ok: false; error: string };
  if (!reply || reply.ok !== true) throw new Error(reply?.error ?? 'no answer from the DiploLens background');
  return reply.value;
}

/** Wires feature handlers to runtime messages; only the extension itself may call them. */
export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const { type, payload } = message as Envelope;
    const handler = handlers[type] as ((p: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    handler(payload).then(
      (value) => sendResponse({ ok: true, value }),
      (error) => sendResponse({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    );
    return true;
  });
}
