import { defineBackground } from 'wxt/utils/define-background';
import { accountHandlers } from '../utils/background/accounts';
import { diagnosticsHandlers } from '../utils/background/diagnostics';
import { historyHandlers } from '../utils/background/history';
import { DiploLensDB } from '../utils/db';
import { serve } from '../utils/messages';

export default defineBackground(() => {
  const db = new DiploLensDB();
  serve({ ...accountHandlers(), ...historyHandlers(db), ...diagnosticsHandlers() });
});
