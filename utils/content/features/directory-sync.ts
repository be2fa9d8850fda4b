import { Directory } from '../../core/accounts/directory';
import { deserializeLookalikeIndex } from '../../core/accounts/lookalike';
import { stored } from '../../protocol';
import { send } from '../background-port';
import type { AccountMemory } from '../account-memory';
import { PageIdentifier } from '../identifier';
import type { ErrorLog } from './errors';

/**
 * The page's identifier, kept in step with the background: the directory (bundled plus the
 * user's imported list) and the user's corrections, which apply at once in every open tab.
 */
export async function createSyncedIdentifier(
  memory: AccountMemory,
  log: ErrorLog,
  hooks: { retryPending(): void; rescanAll(): void },
): Promise<PageIdentifier> {
  const loadDirectory = async () => {
    try {
      const { entries, sources, lookalikes, remembered } = await send('directory:get', {});
      for (const account of remembered) memory.learn(account);
      return new Directory(entries, deserializeLookalikeIndex(lookalikes), sources);
    } catch (error) {
      log.report(error, 'directory');
      return new Directory([]);
    }
  };
  const overrides = await stored.overrides.getValue().catch(() => ({}));
  const identifier = new PageIdentifier(
    await loadDirectory(),
    overrides,
    async (accounts) => (await send('accounts:infer', { accounts })).identifications,
    () => hooks.retryPending(),
    (error) => log.report(error, 'infer'),
  );
  stored.overrides.watch((next) => {
    identifier.setOverrides(next);
    hooks.rescanAll();
  });
  stored.directoryVersion.watch(() =>
    loadDirectory().then((directory) => {
      identifier.setDirectory(directory);
      hooks.rescanAll();
    }),
  );
  return identifier;
}
