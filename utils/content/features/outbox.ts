import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Tries per batch before it is given up (the background may be restarting: MV3 stops it when idle). */
const ATTEMPTS = 3;
/** Items held while the background does not answer; the oldest go first beyond this. */
const MAX_PENDING = 5_000;

/**
 * Collects items and hands them over together, `delayMs` after the first, or at once when the
 * page is hidden or left, so nothing seen is lost with the tab. A batch whose delivery fails is
 * tried again with the next one, up to ATTEMPTS times; `onGiveUp` hears of what is dropped.
 */
export function outbox<T>(
  ctx: Pick<ContentScriptContext, 'setTimeout' | 'addEventListener'>,
  delayMs: number,
  deliver: (items: T[]) => Promise<unknown>,
  onGiveUp: (error: unknown, dropped: number) => void = () => {},
): { push(item: T): void } {
  let items: { item: T; attempts: number }[] = [];
  let timer: number | undefined;
  const schedule = () => {
    timer ??= ctx.setTimeout(flush, delayMs);
  };
  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (!items.length) return;
    const batch = items;
    items = [];
    deliver(batch.map((entry) => entry.item)).catch((error) => {
      const again = batch.filter((entry) => ++entry.attempts < ATTEMPTS);
      if (again.length < batch.length) onGiveUp(error, batch.length - again.length);
      items = [...again, ...items].slice(-MAX_PENDING);
      if (items.length) schedule();
    });
  }
  ctx.addEventListener(window, 'pagehide', flush);
  ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'hidden' && flush());
  return {
    push(item) {
      items.push({ item, attempts: 0 });
      if (items.length > MAX_PENDING) items.shift();
      schedule();
    },
  };
}
