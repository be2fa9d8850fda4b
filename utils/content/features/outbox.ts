import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Collects items and hands them over together, `delayMs` after the first, or at once when the
 * page is hidden or left, so nothing seen is lost with the tab.
 */
export function outbox<T>(ctx: Pick<ContentScriptContext, 'setTimeout' | 'addEventListener'>, delayMs: number, deliver: (items: T[]) => unknown): { push(item: T): void } {
  let items: T[] = [];
  let timer: number | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!items.length) return;
    const out = items;
    items = [];
    deliver(out);
  };
  ctx.addEventListener(window, 'pagehide', flush);
  ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'hidden' && flush());
  return {
    push(item) {
      items.push(item);
      timer ??= ctx.setTimeout(flush, delayMs);
    },
  };
}
