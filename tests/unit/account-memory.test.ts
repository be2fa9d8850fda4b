import { describe, expect, it } from 'vitest';
import { AccountMemory } from '../../utils/content/account-memory';

describe('AccountMemory', () => {
  it('completes a post author with the bio, id and check seen elsewhere', () => {
    const memory = new AccountMemory();
    expect(memory.learn({ platform: 'x', handle: 'FranceinUSA', bio: 'Embassy of France', userId: '1', badge: 'grey' })).toBe(true);
    expect(memory.complete({ platform: 'x', handle: 'franceinusa', name: 'French Embassy', badge: 'none' })).toEqual({
      platform: 'x',
      handle: 'franceinusa',
      name: 'French Embassy',
      bio: 'Embassy of France',
      userId: '1',
      badge: 'grey',
    });
  });

  it('says whether it learnt something new, and a row without a check does not erase one', () => {
    const memory = new AccountMemory();
    memory.learn({ platform: 'x', handle: 'UN', badge: 'grey' });
    expect(memory.learn({ platform: 'x', handle: 'UN', badge: 'grey' })).toBe(false);
    expect(memory.learn({ platform: 'x', handle: 'UN', badge: 'none' })).toBe(false);
    expect(memory.complete({ platform: 'x', handle: 'UN' }).badge).toBe('grey');
    expect(memory.learn({ platform: 'x', handle: 'UN', bio: 'new bio' })).toBe(true);
  });

  it('keeps accounts apart by platform and stays bounded', () => {
    const memory = new AccountMemory(3);
    memory.learn({ platform: 'x', handle: 'a', bio: 'x' });
    expect(memory.complete({ platform: 'bluesky', handle: 'a' }).bio).toBeUndefined();
    for (const h of ['b', 'c', 'd', 'e']) memory.learn({ platform: 'x', handle: h, bio: h });
    expect(memory.size).toBe(3);
    expect(memory.complete({ platform: 'x', handle: 'e' }).bio).toBe('e');
  });
});
