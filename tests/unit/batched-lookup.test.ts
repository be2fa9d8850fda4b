import { describe, expect, it, vi } from 'vitest';
import { BatchedLookup } from '../../utils/content/batched-lookup';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('BatchedLookup', () => {
  it('asks the questions of one task in one message, once each, and keeps the answers', async () => {
    const ask = vi.fn(async (qs: string[]) => qs.map((q) => q.toUpperCase()));
    const onAnswers = vi.fn();
    const lookup = new BatchedLookup(ask, onAnswers, vi.fn());
    expect(lookup.get('a', 'a')).toBeUndefined();
    expect(lookup.get('b', 'b')).toBeUndefined();
    expect(lookup.get('a', 'a')).toBeUndefined(); // already asked
    await tick();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(['a', 'b']);
    expect(onAnswers).toHaveBeenCalledTimes(1);
    expect([lookup.get('a', 'a'), lookup.get('b', 'b')]).toEqual(['A', 'B']);
    await tick();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('a failed message reports the error and asks again later', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('no background')).mockResolvedValue(['A']);
    const onError = vi.fn();
    const onAnswers = vi.fn();
    const lookup = new BatchedLookup<string, string>(ask, onAnswers, onError);
    lookup.get('a', 'a');
    await tick();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'no background' }));
    expect(onAnswers).not.toHaveBeenCalled();
    expect(lookup.get('a', 'a')).toBeUndefined();
    await tick();
    expect(lookup.get('a', 'a')).toBe('A');
  });

  it('forgets everything past its limit rather than growing without bound', async () => {
    const lookup = new BatchedLookup<string, string>(async (qs) => qs, vi.fn(), vi.fn(), 3);
    for (const q of ['a', 'b', 'c']) lookup.get(q, q);
    await tick();
    expect(lookup.get('c', 'c')).toBe('c');
    lookup.get('d', 'd');
    await tick();
    expect(lookup.get('d', 'd')).toBe('d');
    expect(lookup.get('a', 'a')).toBeUndefined();
  });
});
