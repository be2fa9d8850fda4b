import type { DiploLensDB } from '../db/database';
import { deleteEverything } from '../db/library';
import { stored, type Handlers } from '../protocol';
import { correctionsInForce } from './accounts';
import { clearDiagnostics } from './diagnostics';
import { addMastodonInstances } from './mastodon-instances';

/**
 * "Delete everything" deletes all it names, and every open tab sees it at once: the library, the
 * accounts with the user's corrections, the imported list, and the diagnostics; then the corrections
 * in force are emptied and the directory's version bumped, which every tab watches. After a restore
 * (utils/db/backup.ts, written by a page) the same two are published from what was restored, and the
 * backup's Mastodon instances join the list: an instance whose permission this browser does not hold
 * shows in the options page as withdrawn, with **Grant again**; its badges setting, if it has one, applies.
 */
export function dataSafetyHandlers(db: DiploLensDB): Handlers {
  return {
    'data:delete-everything': async () => {
      await deleteEverything(db);
      await stored.overrides.setValue({});
      await stored.directoryVersion.setValue(Date.now());
      await clearDiagnostics();
      return null;
    },
    'data:restored': async ({ mastodonInstances, inferredBadges }) => {
      await addMastodonInstances(mastodonInstances);
      if (inferredBadges !== undefined) await stored.inferredBadges.setValue(inferredBadges);
      await stored.overrides.setValue(await db.transaction('r', db.accounts, () => correctionsInForce(db)));
      await stored.directoryVersion.setValue(Date.now());
      return null;
    },
  };
}
