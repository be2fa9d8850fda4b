// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outbox } from '../../utils/content/features/outbox';

const ctx = {
  setTimeout: (handler: () => void, ms?: number) => setTimeout(handler, ms) as unknown as number,
  addEventListener: (target: EventTarget, type: string, handler: EventListener) => target.addEventListener(type, handler),
} as unknown as Parameters<typeof outbox>[0];

afterEach(() => vi.useRealTimers());

describe('the outbox', () => {
  it('sends what it collected in one batch, and tries a failed batch again with the next, a bounded number of times', async () => {
    vi.useFakeTimers();
    const batches: number[][] = [];
    let failures = 1;
    const dropped: number[] = [];
    const box = outbox<number>(ctx, 500, async (items) => {
      batches.push(items);
      if (failures-- > 0) throw new Error('no answer from the background');
    }, (_error, count) => dropped.push(count));
    box.push(1);
    box.push(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(batches).toEqual([[1, 2]]);
    await vi.advanceTimersByTimeAsync(500);
    expect(batches).toEqual([[1, 2], [1, 2]]); // nothing seen is lost when one send fails
    expect(dropped).toEqual([]);

    failures = Infinity;
    box.push(3);
    for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(500);
    expect(batches.slice(2)).toEqual([[3], [3], [3]]);
    expect(dropped).toEqual([1]);
  });

  it('hands over at once when the page is hidden', async () => {
    const batches: string[][] = [];
    const box = outbox<string>(ctx, 60_000, async (items) => void batches.push(items));
    box.push('seen');
    window.dispatchEvent(new Event('pagehide'));
    expect(batches).toEqual([['seen']]);
  });
});
