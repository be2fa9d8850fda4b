import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DiagnosticsReport } from '../../protocol';
import { send } from '../background-port';
import type { SiteModule } from '../../sites/types';
import type { ScannerStats } from '../scanner';
import type { ErrorLog } from './errors';

/** Diagnostics are sent at most this often, and only when a count changed. */
const REPORT_EVERY_MS = 1_000;

/** Counts per surface and the last errors, for the diagnostics page; never any post text. */
export function reportDiagnostics(ctx: Pick<ContentScriptContext, 'setInterval' | 'addEventListener'>, site: SiteModule, stats: ScannerStats, log: ErrorLog): void {
  const pageId = Math.random().toString(36).slice(2);
  let lastReported = '';
  const report = () => {
    const report: DiagnosticsReport = {
      pageId,
      site: site.platform,
      surface: site.surfaceOf(location.pathname),
      updatedAt: Date.now(),
      bySurface: stats.bySurface,
      errors: log.errors,
      busyMs: Math.round(stats.busyMs),
    };
    const digest = JSON.stringify([report.bySurface, log.errors.length, report.surface]);
    if (digest === lastReported) return;
    lastReported = digest;
    send('diagnostics:report', report).catch(() => {});
  };
  ctx.setInterval(report, REPORT_EVERY_MS);
  ctx.addEventListener(window, 'pagehide', report);
}
