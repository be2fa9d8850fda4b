import { browser } from 'wxt/browser';
import type { DiagnosticsReport, Handlers } from '../protocol';

const KEY = 'diagnostics';
const KEEP = 20;

/**
 * Reports live in storage.session: they survive the service worker's restarts but not the
 * browser's, and never touch disk history.
 */
const diagnosticsArea = () => browser.storage.session ?? browser.storage.local;

/** Forgets every tab's report ("delete everything"). */
export async function clearDiagnostics(): Promise<void> {
  await diagnosticsArea().remove(KEY);
}

export function diagnosticsHandlers(): Handlers {
  const area = diagnosticsArea();
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
