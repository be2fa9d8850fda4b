import { Directory } from '../../core/accounts/directory';
import { deserializeLookalikeIndex } from '../../core/accounts/lookalike';
import { stored } from '../../protocol';
import { send } from '../background-port';
import type { AccountMemory } from '../account-memory';
import { PageIdentifier } from '../identifier';
import type { ErrorLog } from './errors';

/**
 * The page's identifier, kept in step with the background: the directory (bundled plus the
 * user's imported list), the user's corrections and whether inferred accounts are badged, which
 * apply at once in every open tab.
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
  const [directory, overrides, inferredBadges] = await Promise.all([
    loadDirectory(),
    stored.overrides.getValue().catch(() => ({})),
    stored.inferredBadges.getValue().catch(() => true),
  ]);
  const identifier = new PageIdentifier(
    directory,
    overrides,
    async (accounts) => (await send('accounts:infer', { accounts })).identifications,
    () => hooks.retryPending(),
    (error) => log.report(error, 'infer'),
  );
  stored.overrides.watch((next) => {
    identifier.setOverrides(next);
    hooks.rescanAll();
  });
  identifier.setInferredBadges(inferredBadges);
  stored.inferredBadges.watch((on) => {
    identifier.setInferredBadges(on);
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
