import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DiagnosticsReport, RefusalCount } from '../../utils/protocol';
import { send } from '../../utils/protocol';

/**
 * What to send us when a site changes its markup: per tab, platform and surface, how many posts were seen,
 * badged and skipped, and the last errors caught. It holds no post text and no handles.
 */
export function Diagnostics() {
  const [reports, setReports] = useState<DiagnosticsReport[] | null>(null);
  const [refusals, setRefusals] = useState<RefusalCount[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () => send('diagnostics:get', {}).then(
        (r) => {
          setReports(r.reports);
          setRefusals(r.refusals);
        },
        (e) => setError(String(e)),
      );
    load();
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, []);

  const version = browser.runtime.getManifest().version;
  const text = JSON.stringify({ version, userAgent: navigator.userAgent, reports, refusals }, null, 2);
  return (
    <main class="page">
      <h1>DiploLens diagnostics</h1>
      <p class="muted">
        Counts per page and surface since each tab was opened, and the last errors caught. No post text, names or handles
        are kept here. If badges go missing after a platform (X, Bluesky, a Mastodon instance) changes its site, copy this report into your bug report.
      </p>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {reports && reports.length === 0 ? <p data-testid="diagnostics-empty">No tab has reported yet. Open x.com, bsky.app or a Mastodon instance you added, and come back.</p> : null}
      {reports?.map((r) => (
        <section class="report" data-testid="diagnostics-report" data-site={r.site} key={r.pageId}>
          <h2>
            {r.site} · {r.surface} · updated {new Date(r.updatedAt).toLocaleTimeString()} · {r.busyMs} ms of work
          </h2>
          <table>
            <thead>
              <tr><th>surface</th><th>seen</th><th>badged</th><th>not official</th><th>skipped</th></tr>
            </thead>
            <tbody>
              {Object.entries(r.bySurface).map(([surface, c]) => (
                <tr data-surface={surface}>
                  <td>{surface}</td><td>{c.seen}</td><td>{c.official}</td><td>{c.other}</td><td>{c.skipped}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.errors.length ? (
            <ul class="errors">
              {r.errors.map((e) => (
                <li>{new Date(e.at).toLocaleTimeString()} · {e.where}: {e.message}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">No errors.</p>
          )}
        </section>
      ))}
      <section class="report" data-testid="refusals">
        <h2>Refused messages</h2>
        {refusals.length ? (
          <table>
            <thead>
              <tr><th>message</th><th>reason</th><th>times</th><th>last</th><th>first problem</th></tr>
            </thead>
            <tbody>
              {refusals.map((r) => (
                <tr key={`${r.message} ${r.reason}`} data-refused={r.message} data-reason={r.reason} data-count={r.count}>
                  <td>{r.message}</td><td>{r.reason}</td><td>{r.count}</td><td>{new Date(r.lastAt).toLocaleTimeString()}</td><td>{r.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">None: every message the background received had a known name, an allowed sender and the expected shape.</p>
        )}
      </section>
      <button type="button" onClick={() => navigator.clipboard.writeText(text)}>Copy report</button>
    </main>
  );
}
