import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AccountInput, Identification } from '../../core/model';
import { send } from '../background-port';
import { AccountMemory } from '../account-memory';
import type { ErrorLog } from './errors';
import { outbox } from './outbox';

/** What official accounts show about themselves is kept less urgently than posts. */
const LEARN_EVERY_MS = 2_000;

/**
 * What pages show about accounts (bios, stable ids, the platform's labels) is remembered for the
 * page's life, so later posts by the same account are identified with it. Only what is known of
 * accounts found official goes to the database: a private person's bio is never stored.
 */
export function createAccountLearning(
  ctx: Pick<ContentScriptContext, 'setTimeout' | 'addEventListener'>,
  log: ErrorLog,
  rescanAccounts: (handles: Set<string>) => void,
) {
  const memory = new AccountMemory();
  let relearnt = new Set<string>();
  const persisted = new Set<string>();
  const toPersist = outbox<AccountInput>(ctx, LEARN_EVERY_MS, (accounts) => send('accounts:learn', { accounts }), (error) => log.report(error, 'learn'));

  return {
    memory,
    /** `rescan`: re-read the account's posts if this taught something new (not for what a post itself showed). */
    learn(account: AccountInput, rescan: boolean): void {
      if (!memory.learn(account) || !rescan) return;
      // Many accounts arrive at once (one API response): their posts are re-read once, together.
      if (relearnt.add(account.handle.toLowerCase()).size === 1)
        queueMicrotask(() => {
          const handles = relearnt;
          relearnt = new Set();
          rescanAccounts(handles);
        });
    },
    persistIfOfficial(account: AccountInput, identification: Identification | null): void {
      if (!identification?.official || !(account.bio || account.userId)) return;
      const key = JSON.stringify([account.platform, account.handle.toLowerCase(), account.bio, account.userId]);
      if (persisted.has(key)) return;
      persisted.add(key);
      toPersist.push(account);
    },
  };
}

export type AccountLearning = ReturnType<typeof createAccountLearning>;
