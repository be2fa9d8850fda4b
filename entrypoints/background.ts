import { defineBackground } from 'wxt/utils/define-background';
import { accountHandlers } from '../utils/background/accounts';
import { registerContextMenus } from '../utils/background/context-menus';
import { dataSafetyHandlers } from '../utils/background/data-safety';
import { countRefusal, diagnosticsHandlers } from '../utils/background/diagnostics';
import { mastodonInstanceHandlers, watchMastodonPermissions } from '../utils/background/mastodon-instances';
import { serve } from '../utils/background/messages';
import { recordingHandlers } from '../utils/background/recording';
import { DiploLensDB } from '../utils/db/database';

export default defineBackground(() => {
  const db = new DiploLensDB();
  registerContextMenus();
  watchMastodonPermissions();
  serve(
    { ...accountHandlers(db), ...recordingHandlers(db), ...diagnosticsHandlers(), ...dataSafetyHandlers(db), ...mastodonInstanceHandlers() },
    (refusal) => void countRefusal(refusal),
  );
});
