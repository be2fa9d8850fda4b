import { browser } from 'wxt/browser';
import type { Handlers } from '../protocol';
import type { SurfaceCounts } from '../content/scanner';

/** One tab's counters and last errors. Never any post text: users send this when X changes. */
export interface DiagnosticsReport {
  pageId: string;
  site: string;
  surface: string;
  updatedAt: number;
  bySurface: Record<string, SurfaceCounts>;
  errors: { where: string; message: string; at: number }[];
  busyMs: number;
}

declare module '../protocol' {
  interface Messages {
    'diagnostics:report': { request: DiagnosticsReport; response: null };
    'diagnostics:get': { request: Record<string, never>; response: { reports: DiagnosticsReport[] } };
  }
}

const KEY = 'diagnostics';
const KEEP = 20;

/**
 * Reports live in storage.session: they survive the service worker's restarts but not the
 * browser's, and never touch disk history.
 */
export function diagnosticsHandlers(): Handlers {
  const area = browser.storage.session ?? browser.storage.local;
  const load = async () => ((await area.get(KEY))[KEY] as DiagnosticsReport[] | undefined) ?? [];
  return {
    'diagnostics:report': async (report) => {
      const reports = (await load()).filter((r) => r.pageId !== report.pageId);
      reports.unshift({ ...report, errors: report.errors.slice(-KEEP), updatedAt: Date.now() });
      await area.set({ [KEY]: reports.slice(0, KEEP) });
      return null;
    },
    'diagnostics:get': async () => ({ reports: await load() }),
  };
}
