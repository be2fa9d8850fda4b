import type { AccountInput } from '../core/model';

type Facts = Omit<AccountInput, 'platform' | 'handle'>;

const keyOf = (a: Pick<AccountInput, 'platform' | 'handle'>) => `${a.platform}:${a.handle.toLowerCase()}`;

/**
 * What the page has shown about each account (a bio in a profile header, user cell or hover
 * card, the numeric id and grey check from X's own data), so that every later post by that
 * account is identified with it. A post's author row shows only name and handle.
 */
export class AccountMemory {
  private facts = new Map<string, Facts>();

  constructor(private readonly limit = 20_000) {}

  /** Adds what was seen; true when it taught something new (then posts should be re-read). */
  learn(account: AccountInput): boolean {
    const key = keyOf(account);
    const known = this.facts.get(key) ?? {};
    const next: Facts = { ...known };
    let changed = false;
    for (const field of ['name', 'bio', 'badge', 'userId', 'location', 'affiliation', 'accountType', 'provenDomains'] as const) {
      const value = account[field];
      if (field === 'provenDomains') {
        // Proofs add up: a post shows the home domain, the profile its verified links too.
        const union = [...new Set([...(known.provenDomains ?? []), ...((value as readonly string[] | undefined) ?? [])])];
        if (union.length > (known.provenDomains?.length ?? 0)) {
          next.provenDomains = union;
          changed = true;
        }
        continue;
      }
      // "none" from a DOM row that doesn't show badges must not erase a check seen elsewhere.
      if (value === undefined || value === '' || (field === 'badge' && value === 'none' && known.badge)) continue;
      if (next[field] !== value) {
        (next as Record<string, unknown>)[field] = value;
        changed = true;
      }
    }
    if (changed) {
      if (this.facts.size >= this.limit && !this.facts.has(key)) this.facts.delete(this.facts.keys().next().value!);
      this.facts.set(key, next);
    }
    return changed;
  }

  /** The account as a post shows it, completed with what is remembered (the post's own fields win). */
  complete(account: AccountInput): AccountInput {
    const known = this.facts.get(keyOf(account));
    if (!known) return account;
    const merged: AccountInput = { ...known, ...stripEmpty(account) } as AccountInput;
    if ((account.badge === undefined || account.badge === 'none') && known.badge) merged.badge = known.badge;
    return merged;
  }

  get size(): number {
    return this.facts.size;
  }
}

function stripEmpty(account: AccountInput): AccountInput {
  const out = { ...account };
  for (const key of Object.keys(out) as (keyof AccountInput)[]) if (out[key] === undefined || out[key] === '') delete out[key];
  return out;
}
