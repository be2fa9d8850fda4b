import { defineBackground } from 'wxt/utils/define-background';
import { accountHandlers } from '../utils/background/accounts';
import { registerContextMenus } from '../utils/background/context-menus';
import { diagnosticsHandlers } from '../utils/background/diagnostics';
import { historyHandlers } from '../utils/background/history';
import { DiploLensDB } from '../utils/db/database';
import { serve } from '../utils/protocol';

export default defineBackground(() => {
  const db = new DiploLensDB();
  registerContextMenus();
  serve({ ...accountHandlers(db), ...historyHandlers(db), ...diagnosticsHandlers() });
});
