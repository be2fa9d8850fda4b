// The run-time side of the Messages table in utils/protocol.ts: for every message, who may send it and
// the schema its payload must pass before any handler sees it. Lives with the background (the only
// receiver) so that content scripts, which only send, carry neither valibot nor these schemas.
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { CorrectionSchema } from '../core/accounts/correction-schema';
import { CapturedPostSchema } from '../core/library/import';
import { PLATFORMS, VERIFICATION_BADGES } from '../core/model';
import { CONTENT_PORT, type Handlers, type MessageType, type Messages, type PortReply, type RefusalReason, type Reply, type Sender } from '../protocol';

const empty = v.object({});
const platform = v.picklist(PLATFORMS);
const handle = v.pipe(v.string(), v.minLength(1, 'handle is empty'), v.maxLength(300));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const account = v.object({ platform, handle });

const AccountInputSchema = v.object({
  platform,
  handle,
  name: v.optional(shortText(1_000)),
  bio: v.optional(shortText(10_000)),
  badge: v.optional(v.picklist(VERIFICATION_BADGES)),
  userId: v.optional(shortText(300)),
  location: v.optional(shortText(1_000)),
  affiliation: v.optional(shortText(1_000)),
  provenDomains: v.optional(v.pipe(v.array(shortText(253)), v.maxLength(20))),
  accountType: v.optional(v.picklist(['bot', 'group'])),
});
const accounts = v.object({ accounts: v.pipe(v.array(AccountInputSchema), v.maxLength(5_000)) });

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const DiagnosticsReportSchema = v.object({
  pageId: shortText(64),
  site: platform,
  surface: shortText(60),
  updatedAt: v.pipe(v.number(), v.finite()),
  bySurface: v.pipe(
    v.record(shortText(60), v.object({ seen: count, official: count, other: count, skipped: count })),
    v.check((surfaces) => Object.keys(surfaces).length <= 50, 'at most 50 surfaces'),
  ),
  errors: v.pipe(v.array(v.object({ where: shortText(200), message: shortText(2_000), at: v.pipe(v.number(), v.finite()) })), v.maxLength(100)),
  busyMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
});

type Rule<K extends MessageType> = { from: Messages[K]['from']; request: v.GenericSchema<unknown, Messages[K]['request']> };

/** Every message of utils/protocol.ts, in the same order: who may send it and what its payload must be. */
export const MESSAGE_RULES: { readonly [K in MessageType]: Rule<K> } = {
  'directory:get': { from: 'content', request: empty },
  'accounts:infer': { from: 'content', request: accounts },
  'accounts:learn': { from: 'content', request: accounts },
  'accounts:identify': { from: 'page', request: account },
  'corrections:set': { from: 'any', request: v.object({ platform, handle, correction: CorrectionSchema }) },
  'corrections:undo': { from: 'any', request: account },
  'corrections:list': { from: 'page', request: empty },
  // A list of official accounts is small; 20 MB is far beyond any real one.
  'directory:import': { from: 'page', request: v.object({ csv: shortText(20_000_000) }) },
  'directory:imported': { from: 'page', request: empty },
  'directory:clear-imported': { from: 'page', request: empty },
  'ui:correct': { from: 'any', request: account },
  // Each capture is checked by the handler (parseCapture): a bad one is skipped and the rest kept.
  'posts:record': { from: 'content', request: v.object({ posts: v.pipe(v.array(v.unknown()), v.maxLength(10_000)) }) as Rule<'posts:record'>['request'] },
  'posts:save': { from: 'any', request: v.object({ post: CapturedPostSchema }) },
  'capture:set': { from: 'page', request: v.object({ platform, on: v.boolean() }) },
  'data:delete-everything': { from: 'page', request: empty },
  // Each host is normalised again by the handler (normalizeInstanceHost); a bad one is left out.
  'data:restored': { from: 'page', request: v.object({ mastodonInstances: v.pipe(v.array(shortText(253)), v.maxLength(1_000)), inferredBadges: v.optional(v.boolean()) }) },
  'mastodon:instances': { from: 'page', request: empty },
  // The options page normalises the host; the background checks it again (normalizeInstanceHost).
  'mastodon:add': { from: 'page', request: v.object({ host: shortText(253) }) },
  'mastodon:remove': { from: 'page', request: v.object({ host: shortText(253) }) },
  'diagnostics:report': { from: 'content', request: DiagnosticsReportSchema },
  'diagnostics:get': { from: 'page', request: empty },
};

export type Verdict = { ok: true; type: MessageType; payload: unknown } | { ok: false; message: string; reason: RefusalReason; detail?: string };

/**
 * Checks a message before any handler: a name of ours (own names only: "constructor" must not find
 * Object's), from a sender it is for, with a payload its schema accepts (the handler gets the parsed
 * payload, unknown keys dropped).
 */
export function checkMessage(message: unknown, from: Exclude<Sender, 'any'>): Verdict {
  const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_RULES, type)) return { ok: false, message: '(unknown)', reason: 'unknown message' };
  const rule = MESSAGE_RULES[type as MessageType];
  if (rule.from !== 'any' && rule.from !== from) return { ok: false, message: type, reason: 'wrong sender' };
  const result = v.safeParse(rule.request as v.GenericSchema, payload);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') || 'payload';
    return { ok: false, message: type, reason: 'bad payload', detail: `${path}: ${issue.message}`.slice(0, 300) };
  }
  return { ok: true, type: type as MessageType, payload: result.output };
}

/** Which kind of sender a message came from: an extension page is served from the extension's own origin. */
function senderKind(sender: { url?: string }): Exclude<Sender, 'any'> {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ? 'page' : 'content';
}

const REFUSED: Record<RefusalReason, (type: string, from: string) => string> = {
  'unknown message': () => 'not a DiploLens message',
  'wrong sender': (type, from) => `${type} is not accepted from a ${from === 'page' ? 'extension page' : 'content script'}`,
  'bad payload': (type) => `${type}: the message does not have the expected shape`,
};

/**
 * Answers one message from a sender of the given kind: a handler runs only for a message that passes
 * `checkMessage`; a refusal is counted (`onRefused`) and answered with why.
 */
function answerer(handlers: Handlers, onRefused: (refusal: Extract<Verdict, { ok: false }>) => void) {
  return async (message: unknown, from: Exclude<Sender, 'any'>): Promise<Reply> => {
    const verdict = checkMessage(message, from);
    const handler = verdict.ok && Object.hasOwn(handlers, verdict.type) ? (handlers[verdict.type] as (p: unknown) => Promise<unknown>) : undefined;
    if (!verdict.ok || !handler) {
      const refusal = verdict.ok ? { ok: false as const, message: verdict.type, reason: 'unknown message' as const } : verdict;
      onRefused(refusal);
      return { ok: false, error: REFUSED[refusal.reason](refusal.message, from) + (refusal.detail ? ` (${refusal.detail})` : '') };
    }
    try {
      return { ok: true, value: await handler(verdict.payload) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
}

/**
 * Wires feature handlers to the extension's two ways in: runtime messages (extension pages) and content
 * scripts' ports (`CONTENT_PORT`, one per tab). Only the extension itself may call them; each message,
 * whichever way it came, goes through the same `answerer`: its own senders only, a payload that passes
 * its schema, and a refusal answered and counted (`onRefused`).
 */
export function serve(handlers: Handlers, onRefused: (refusal: Extract<Verdict, { ok: false }>) => void = () => {}): void {
  const answer = answerer(handlers, onRefused);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    answer(message, senderKind(sender)).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CONTENT_PORT || port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    const from = senderKind(port.sender);
    port.onMessage.addListener((message: unknown) => {
      const id = (message as { id?: unknown } | null)?.id;
      void answer(message, from).then((reply) => {
        const portReply: PortReply = { ...reply, id: typeof id === 'number' ? id : null };
        // The tab may have gone (closed, navigated) while the handler ran: then there is no one to answer.
        try {
          port.postMessage(portReply);
        } catch {}
      });
    });
  });
}
