import countries from 'i18n-iso-countries';
import { useEffect, useState } from 'preact/hooks';
import type { Correction } from '../../utils/core/accounts/corrections';
import type { CorrectedAccount } from '../../utils/protocol';
import { countryName } from '../../utils/core/countries';
import { send } from '../../utils/protocol';
import { ROLES } from '../../utils/core/roles';
import { ROLE_IDS, type Identification, type Platform, type Role } from '../../utils/core/model';

type Account = { platform: Platform; handle: string };

const COUNTRY_CODES = Object.keys(countries.getAlpha2Codes())
  .map((code) => ({ code, name: countryName(code) }))
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * Accounts: correct one account's label (opened from a badge's menu or the context menu on an
 * account link), see and undo every correction, and import a researcher's own list.
 */
export function AccountsPage({ account }: { account: Account | null }) {
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  return (
    <main class="page">
      <h1>DiploLens accounts</h1>
      {account ? <CorrectionForm account={account} version={version} onChange={refresh} /> : null}
      <CorrectionList version={version} onChange={refresh} />
      <ImportList />
    </main>
  );
}

function CorrectionForm({ account, version, onChange }: { account: Account; version: number; onChange: () => void }) {
  const [current, setCurrent] = useState<{ identification: Identification; correction: Correction | null } | null>(null);
  const [draft, setDraft] = useState<Correction>({ official: true });
  const [message, setMessage] = useState('');
  useEffect(() => {
    send('accounts:identify', account).then((answer) => {
      setCurrent(answer);
      const id = answer.identification;
      setDraft({ official: id.official, country: id.country, org: id.org, role: id.role, host: id.host });
    }, (error) => setMessage(String(error)));
  }, [account.platform, account.handle, version]);

  const save = async (event: Event) => {
    event.preventDefault();
    const correction: Correction = draft.official
      ? { official: true, country: draft.country || null, org: draft.org || null, role: draft.role ?? null, host: draft.host || null }
      : { official: false };
    if (correction.official && !correction.country && !correction.org) return setMessage('An official account speaks for a country or an organisation: choose one.');
    await send('corrections:set', { ...account, correction });
    setMessage('Saved. Open tabs show it now.');
    onChange();
  };
  const undo = async () => {
    await send('corrections:undo', account);
    setMessage('Undone.');
    onChange();
  };

  const id = current?.identification;
  return (
    <section aria-labelledby="correct-title" data-testid="correction-form">
      <h2 id="correct-title">Correct @{account.handle} <span class="muted">({account.platform})</span></h2>
      {id ? (
        <p data-testid="current-label">
          Now: {id.official ? `official · ${id.country ? countryName(id.country) : id.org ?? ''} · ${id.role ? ROLES[id.role].label : ''}${id.host ? ` · host ${id.host}` : ''}` : 'not official'}
          {' '}<span class="muted">({id.basis ?? 'no basis'})</span>
        </p>
      ) : null}
      <form onSubmit={save}>
        <fieldset>
          <legend>Is this an official account?</legend>
          <label><input type="radio" name="official" checked={draft.official} onChange={() => setDraft({ ...draft, official: true })} /> Official</label>{' '}
          <label><input type="radio" name="official" data-testid="not-official" checked={!draft.official} onChange={() => setDraft({ official: false })} /> Not official</label>
        </fieldset>
        {draft.official ? (
          <div class="grid">
            <label>Country
              <select data-testid="country" value={draft.country ?? ''} onChange={(e) => setDraft({ ...draft, country: (e.target as HTMLSelectElement).value || null })}>
                <option value="">(none: an organisation)</option>
                {COUNTRY_CODES.map((c) => <option value={c.code}>{c.name} ({c.code})</option>)}
              </select>
            </label>
            <label>Organisation
              <input data-testid="org" value={draft.org ?? ''} placeholder="UN, NATO, EU…" onInput={(e) => setDraft({ ...draft, org: (e.target as HTMLInputElement).value.trim() || null })} />
            </label>
            <label>Role
              <select data-testid="role" value={draft.role ?? ''} onChange={(e) => setDraft({ ...draft, role: ((e.target as HTMLSelectElement).value || null) as Role | null })}>
                <option value="">(unknown)</option>
                {ROLE_IDS.map((r) => <option value={r}>{ROLES[r].label}</option>)}
              </select>
            </label>
            <label>Host (receiving country or organisation)
              <input data-testid="host" value={draft.host ?? ''} placeholder="US, UN…" onInput={(e) => setDraft({ ...draft, host: (e.target as HTMLInputElement).value.trim().toUpperCase() || null })} />
            </label>
          </div>
        ) : null}
        <button type="submit" data-testid="save-correction">Save correction</button>{' '}
        {current?.correction ? <button type="button" data-testid="undo-correction" onClick={undo}>Undo my correction</button> : null}
      </form>
      <p role="status">{message}</p>
    </section>
  );
}

function CorrectionList({ version, onChange }: { version: number; onChange: () => void }) {
  const [accounts, setAccounts] = useState<CorrectedAccount[] | null>(null);
  useEffect(() => {
    send('corrections:list', {}).then((r) => setAccounts(r.accounts));
  }, [version]);
  return (
    <section aria-labelledby="corrections-title">
      <h2 id="corrections-title">Your corrections</h2>
      {accounts && accounts.length === 0 ? <p class="muted">None yet. Use a badge's menu, or right-click an account link on X.</p> : null}
      <ul data-testid="correction-list">
        {accounts?.map((a) => (
          <li data-handle={a.handle}>
            @{a.handle} ({a.platform}): {a.correction.official ? `official${a.correction.country ? ` · ${a.correction.country}` : ''}${a.correction.role ? ` · ${a.correction.role}` : ''}` : 'not official'}{' '}
            <span class="muted">{new Date(a.at).toLocaleString()}</span>{' '}
            <button type="button" onClick={() => send('corrections:undo', { platform: a.platform, handle: a.handle }).then(onChange)}>Undo</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ImportList() {
  const [report, setReport] = useState<{ accepted: number; rejected: { line: number; reason: string }[]; total: number } | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const load = () => send('directory:imported', {}).then((r) => setImported(r.entries.length));
  useEffect(() => {
    load();
  }, []);
  const onFile = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    setError('');
    try {
      setReport(await send('directory:import', { csv: await file.text() }));
      await load();
    } catch (e) {
      setError(`Import failed, nothing was changed: ${String(e)}`);
    }
  };
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Your own list of official accounts</h2>
      <p class="muted">
        A CSV file with a header row and the directory's columns: platform, handle, userId, name, country, org, role, host,
        source. Its rows are added to the directory (and win over it for the same handle); bad rows are reported and skipped.
      </p>
      <input type="file" accept=".csv,text/csv" aria-label="Import a CSV list of official accounts" data-testid="accounts-import-file" onChange={onFile} />
      {imported !== null ? <p data-testid="imported-count">{imported.toLocaleString()} {imported === 1 ? 'account' : 'accounts'} imported so far.</p> : null}
      {imported && !confirming ? (
        <button type="button" data-testid="clear-imported" onClick={() => setConfirming(true)}>
          Remove the imported list...
        </button>
      ) : null}
      {imported && confirming ? (
        <p role="alertdialog" aria-label="Remove the imported list?">
          Remove all {imported} imported accounts? Their badges go from every tab; import the file again to bring them back.{' '}
          <button type="button" class="danger" data-testid="clear-imported-confirm" onClick={() => send('directory:clear-imported', {}).then(load).finally(() => setConfirming(false))}>
            Remove them
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </p>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
      {report ? (
        <div data-testid="accounts-import-report" role="status">
          <p>{report.accepted} of {report.total} rows accepted, {report.rejected.length} rejected.</p>
          {report.rejected.length ? (
            <table>
              <thead><tr><th>line</th><th>why</th></tr></thead>
              <tbody>{report.rejected.slice(0, 200).map((r) => <tr><td>{r.line}</td><td>{r.reason}</td></tr>)}</tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
