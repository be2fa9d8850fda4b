import { browser } from 'wxt/browser';
import type { DiagnosticsReport, Handlers, RefusalCount } from '../protocol';
import type { Verdict } from './messages';

const KEY = 'diagnostics';
const REFUSALS_KEY = 'diagnostics:refusals';
const KEEP = 20;
/** Distinct (message, reason) pairs kept: the names are ours or "(unknown)", so this bound is never reached in practice. */
const KEEP_REFUSALS = 100;

/**
 * Reports live in storage.session: they survive the service worker's restarts but not the
 * browser's, and never touch disk history.
 */
const diagnosticsArea = () => browser.storage.session ?? browser.storage.local;

/** Forgets every tab's report and the refusal counts ("delete everything"). */
export async function clearDiagnostics(): Promise<void> {
  await diagnosticsArea().remove([KEY, REFUSALS_KEY]);
}

async function loadRefusals(): Promise<RefusalCount[]> {
  return ((await diagnosticsArea().get(REFUSALS_KEY))[REFUSALS_KEY] as RefusalCount[] | undefined) ?? [];
}

let pending: Promise<void> = Promise.resolve();

/** Counts a message the background refused, by name and reason; writes are chained so that a burst loses no count. */
export function countRefusal(refusal: Extract<Verdict, { ok: false }>, now = Date.now()): Promise<void> {
  pending = pending.then(async () => {
    const counts = await loadRefusals();
    const known = counts.find((c) => c.message === refusal.message && c.reason === refusal.reason);
    const detail = refusal.detail ? { detail: refusal.detail } : {};
    if (known) Object.assign(known, { count: known.count + 1, lastAt: now }, detail);
    else counts.push({ message: refusal.message, reason: refusal.reason, count: 1, lastAt: now, ...detail });
    await diagnosticsArea().set({ [REFUSALS_KEY]: counts.sort((a, b) => b.lastAt - a.lastAt).slice(0, KEEP_REFUSALS) });
  }).catch(() => {});
  return pending;
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
    // After the counts still being written, so that a refusal just answered is already listed.
    'diagnostics:get': async () => ({ reports: await load(), refusals: await pending.then(loadRefusals) }),
  };
}
