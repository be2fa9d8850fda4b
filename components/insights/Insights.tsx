import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DiploLensDB } from '../../utils/db/database';
import { countryName } from '../../utils/core/countries';
import { ROLES } from '../../utils/core/roles';
import type { Role } from '../../utils/core/model';
import { describeScore, type Bucket, type InsightFilter, type Insights as InsightFigures, type MatrixCell, type PairRow, type SeriesRow, type ToneFigure, type ToneSource } from '../../utils/core/insights/aggregate';
import { EU } from '../../utils/core/insights/mentions';
import { MATRIX_COLUMNS, PAIR_COLUMNS, SERIES_COLUMNS, toCsv } from '../../utils/core/insights/export';
import { saveLibrarySelection } from '../../utils/db/settings';
import { useLiveQuery } from '../shared/useLiveQuery';
import { FilterBar } from '../shared/FilterBar';
import { urlForFilter } from '../library/url-filter';
import { Figure } from './Figure';
import { DemoData } from './DemoData';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** Colour-blind-safe diverging scheme (purple–orange, ColorBrewer), −1 confrontational to +1 cooperative. */
const SCHEME = 'PuOr';
/** The matrix's colour ramp legend: Plot's 240 px default clips its title and end labels; it reads these from the scale's options. */
const RAMP_LEGEND = { width: 400, marginLeft: 14, marginRight: 14 };
const TONE_TICKS = new Map([
  [-1, '−1 confrontational'],
  [0, '0 neutral'],
  [1, '+1 cooperative'],
]);
const toneTick = (v: number) => TONE_TICKS.get(v) ?? String(v);
/** The largest matrix drawn as a chart; the table lists every cell. */
const MATRIX_MAX = 25;
const SERIES_MAX = 8;

const stateName = (code: string) => (code === EU ? 'European Union' : countryName(code));
const keyName = (row: Pick<SeriesRow, 'group' | 'key'>) => (row.group === 'role' ? ROLES[row.key as Role]?.label ?? row.key : stateName(row.key));
const mean = (m: number | null) => (m === null ? '–' : (m > 0 ? '+' : '') + m.toFixed(2));
const restsOn = (f: ToneFigure, source: ToneSource) => `${f.posts} posts (${f.scored} with a known tone${source === 'coded' ? `, ${f.coded} human-coded` : ''})`;

interface Result {
  insights: InsightFigures;
  pair: PairRow[] | null;
  posts: number;
  loadMs: number;
  aggregateMs: number;
  /** The tone source these figures were computed with: a switch shows in the figures only once they arrive. */
  toneSource: ToneSource;
}

/** Who speaks of whom, in what tone, and how it shifts: the stored history aggregated in a worker. */
export function Insights({ db }: { db: DiploLensDB }) {
  const [filter, setFilter] = useState<InsightFilter>({});
  const [bucket, setBucket] = useState<Bucket>('month');
  const [toneSource, setToneSource] = useState<ToneSource>('automatic');
  const [group, setGroup] = useState<'state' | 'role'>('state');
  const [pairA, setPairA] = useState('');
  const [pairB, setPairB] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [loaded, setLoaded] = useState<number | null>(0);
  const [error, setError] = useState('');
  const [reloadCount, setReloadCount] = useState(0);
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  /** The tone source of each query in flight, by id. */
  const sourceOf = useRef(new Map<number, ToneSource>());
  const lastProgress = useRef(0);
  const lastCellId = useRef(0);
  const cellWaiters = useRef(new Map<number, (keys: string[]) => void>());

  const tags = useLiveQuery(async () => (await db.tags.toArray()).map((t) => t.name).sort((a, b) => a.localeCompare(b)), [db]).value ?? [];

  useEffect(() => {
    const w = new Worker(new URL('./insights.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        // A few updates a second are enough for a progress line; one per chunk would re-render for nothing.
        const now = performance.now();
        if (now - lastProgress.current > 250) {
          lastProgress.current = now;
          setLoaded(reply.loaded);
        }
      }
      else if (reply.type === 'result') {
        // Only the newest query's answer is shown; an older one still in flight is dropped.
        if (reply.id !== lastId.current) return;
        setResult({ insights: reply.insights, pair: reply.pair, posts: reply.posts, loadMs: reply.loadMs, aggregateMs: reply.aggregateMs, toneSource: sourceOf.current.get(reply.id) ?? 'automatic' });
        sourceOf.current.clear();
        setLoaded(null);
        setError('');
      } else if (reply.type === 'cell') {
        cellWaiters.current.get(reply.id)?.(reply.keys);
        cellWaiters.current.delete(reply.id);
      } else setError(reply.message);
    };
    w.onerror = (event) => setError(event.message || 'The aggregation worker failed.');
    return () => w.terminate();
  }, []);

  const options = useMemo(() => ({ filter, bucket, toneSource }), [filter, bucket, toneSource]);
  const pair = pairA && pairB && pairA !== pairB ? ([pairA, pairB] as [string, string]) : null;
  const reloadSeen = useRef(0);
  useEffect(() => {
    const id = ++lastId.current;
    sourceOf.current.set(id, toneSource);
    const reload = reloadCount !== reloadSeen.current;
    reloadSeen.current = reloadCount;
    if (reload) setLoaded(0);
    worker.current?.postMessage({ type: 'query', id, options, pair, reload } satisfies WorkerRequest);
  }, [options, pairA, pairB, reloadCount]);

  const insights = result?.insights;
  const speakers = useMemo(() => rank(insights?.series.filter((s) => s.group === 'state') ?? [], (s) => s.key), [insights]);
  const spokenOf = useMemo(() => rank(insights?.matrix ?? [], (c) => c.spokenOf), [insights]);
  const speakerCodes = useMemo(() => rank(insights?.matrix ?? [], (c) => c.speaker), [insights]);
  const allStates = useMemo(() => [...new Set([...speakers, ...spokenOf])].sort((a, b) => stateName(a).localeCompare(stateName(b))), [speakers, spokenOf]);

  useEffect(() => {
    // A first pair to look at: the two states that speak of each other most.
    if (pairA || !insights?.matrix.length) return;
    const best = [...insights.matrix].sort((x, y) => y.posts - x.posts)[0]!;
    setPairA(best.speaker);
    setPairB(best.spokenOf);
  }, [insights, pairA]);

  const openCell = useCallback(
    async (cell: Pick<MatrixCell, 'speaker' | 'spokenOf'>) => {
      // Cell requests count apart from queries, so that a query's answer in flight is not taken for stale.
      const id = -++lastCellId.current;
      const keys = await new Promise<string[]>((resolve) => {
        cellWaiters.current.set(id, resolve);
        worker.current?.postMessage({ type: 'cell', id, options, speaker: cell.speaker, spokenOf: cell.spokenOf } satisfies WorkerRequest);
      });
      await saveLibrarySelection(db, { label: `${stateName(cell.speaker)} speaking of ${stateName(cell.spokenOf)}`, keys });
      // A tab of the extension's own, not window.open: by now the key press or click that asked for it is
      // over (the worker and the database answered in between), and Firefox's popup blocker refuses a
      // window.open that no click started (a keydown never allows one there).
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html?${urlForFilter(filter, true)}` as '/library.html') });
    },
    [db, options, filter],
  );

  const seriesRows = useMemo(() => {
    const rows = insights?.series.filter((s) => s.group === group) ?? [];
    const top = new Set(rank(rows, (s) => s.key).slice(0, SERIES_MAX));
    return { all: rows, shown: rows.filter((r) => top.has(r.key)) };
  }, [insights, group]);

  const matrixShown = useMemo(() => {
    const rows = new Set(speakerCodes.slice(0, MATRIX_MAX));
    const cols = new Set(spokenOf.slice(0, MATRIX_MAX));
    return (insights?.matrix ?? []).filter((c) => rows.has(c.speaker) && cols.has(c.spokenOf));
  }, [insights, speakerCodes, spokenOf]);

  const drawSeries = useCallback(
    () => toneOverTime(seriesRows.shown, { bucket, line: (r) => keyName(r), z: 'key', label: (r) => `${keyName(r)}, ${r.period}: ${mean(r.meanScore)} (${describeScore(r.meanScore)}), ${restsOn(r, toneSource)}`, size: (r) => Math.min(8, 2 + Math.sqrt(r.posts)) }),
    [seriesRows, bucket, toneSource],
  );

  const drawMatrix = useCallback(
    () =>
      Plot.plot({
        width: Math.max(420, 150 + spokenOf.slice(0, MATRIX_MAX).length * 46),
        height: Math.max(160, 60 + speakerCodes.slice(0, MATRIX_MAX).length * 30),
        marginLeft: 140,
        marginTop: 90,
        x: { axis: 'top', label: 'State spoken of', tickRotate: -45, tickFormat: stateName, domain: spokenOf.slice(0, MATRIX_MAX) },
        y: { label: 'Speaking state', tickFormat: stateName, domain: speakerCodes.slice(0, MATRIX_MAX) },
        color: { type: 'diverging', scheme: SCHEME, domain: [-1, 1], legend: true, label: 'Mean tone: −1 confrontational · 0 neutral · +1 cooperative', unknown: '#ddd', ...RAMP_LEGEND },
        marks: [
          Plot.cell(matrixShown, {
            x: 'spokenOf',
            y: 'speaker',
            fill: 'meanScore',
            inset: 1,
            title: (c: MatrixCell) => `${stateName(c.speaker)} speaking of ${stateName(c.spokenOf)}: ${mean(c.meanScore)} (${describeScore(c.meanScore)}), ${restsOn(c, toneSource)}`,
          }),
          Plot.text(matrixShown, {
            x: 'spokenOf',
            y: 'speaker',
            text: (c: MatrixCell) => `${c.posts}${c.meanScore === null ? '' : c.meanScore >= 0.15 ? '+' : c.meanScore <= -0.15 ? '−' : '='}`,
            fill: (c: MatrixCell) => (c.meanScore !== null && Math.abs(c.meanScore) > 0.6 ? 'white' : 'black'),
          }),
        ],
      }),
    [matrixShown, spokenOf, speakerCodes, toneSource],
  );

  // Every cell of the matrix chart is a button: Tab reaches it, Enter or a click lists its posts.
  const wireMatrix = useCallback(
    (chart: Element) => {
      const rects = chart.querySelectorAll('g[aria-label="cell"] rect');
      rects.forEach((rect, i) => {
        const cell = matrixShown[i];
        if (!cell) return;
        rect.setAttribute('tabindex', '0');
        rect.setAttribute('role', 'button');
        rect.setAttribute('data-cell', `${cell.speaker}>${cell.spokenOf}`);
        rect.setAttribute('aria-label', `${stateName(cell.speaker)} speaking of ${stateName(cell.spokenOf)}: ${describeScore(cell.meanScore)}, ${cell.posts} posts. Open in the library.`);
        rect.addEventListener('click', () => void openCell(cell));
        rect.addEventListener('keydown', (e) => {
          const key = (e as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            e.preventDefault();
            void openCell(cell);
          }
        });
      });
    },
    [matrixShown, openCell],
  );

  const pairRows = result?.pair ?? [];
  const drawPair = useCallback(
    () => toneOverTime(pairRows, { bucket, line: (r) => `${stateName(r.from)} about ${stateName(r.to)}`, z: 'from', label: (r) => `${stateName(r.from)} about ${stateName(r.to)}, ${r.period}: ${mean(r.meanScore)} (${describeScore(r.meanScore)}), ${restsOn(r, toneSource)}`, size: () => 4 }),
    [pairRows, bucket, toneSource],
  );

  const status = loaded !== null ? `Reading ${loaded.toLocaleString()} posts…` : result ? `${result.insights.posts.toLocaleString()} of ${result.posts.toLocaleString()} posts match; ${result.insights.postsInMatrix.toLocaleString()} speak of another state. Aggregated in ${Math.round(result.aggregateMs)} ms.` : '';

  return (
    <main class="insights">
      <header class="lib-head">
        <h1>DiploLens insights</h1>
        <a href="library.html">Library</a>
        <span class="count" role="status" data-testid="insights-status" data-posts={result?.insights.posts ?? ''} data-aggregate-ms={result?.aggregateMs ?? ''} data-load-ms={result?.loadMs ?? ''} data-tone-source={result?.toneSource ?? ''}>
          {status}
        </span>
      </header>
      {error ? (
        <p class="error" role="alert">
          Could not aggregate: {error}
        </p>
      ) : null}
      <div class="toolbar">
        <FilterBar filter={filter} onChange={(next) => setFilter({ ...filter, ...next })} countries={speakers} tags={tags} />
        <select aria-label="Labelled official because" data-testid="filter-basis" value={filter.basis ?? ''} onChange={(e) => setFilter({ ...filter, basis: e.currentTarget.value as InsightFilter['basis'] })}>
          <option value="">Any official basis</option>
          <option value="directory">Listed in the directory</option>
          <option value="inferred">Inferred from the profile</option>
          <option value="user">Corrected by me</option>
        </select>
        <select aria-label="Period" data-testid="bucket" value={bucket} onChange={(e) => setBucket(e.currentTarget.value as Bucket)}>
          <option value="month">By month</option>
          <option value="week">By week</option>
        </select>
        <select aria-label="Tone used" data-testid="tone-source" value={toneSource} onChange={(e) => setToneSource(e.currentTarget.value as ToneSource)}>
          <option value="automatic">Automatic tone</option>
          <option value="coded">Human coding where it exists</option>
        </select>
        <button type="button" onClick={() => setReloadCount((n) => n + 1)}>
          Refresh
        </button>
      </div>
      <p class="muted">
        Tone score: cooperative +1, neutral 0, confrontational −1, sarcastic −1 (hostility through irony); posts of unknown tone are counted but not averaged. Cells and points say how many posts they rest on.
      </p>

      <Figure
        id="series"
        title={`Tone over time per ${group === 'state' ? 'speaking state' : 'role'}`}
        summary={`Mean tone score per ${bucket}, for the ${Math.min(SERIES_MAX, new Set(seriesRows.all.map((r) => r.key)).size)} ${group === 'state' ? 'states' : 'roles'} with most posts (the table lists all).`}
        draw={drawSeries}
        csv={() => toCsv(seriesRows.all, SERIES_COLUMNS)}
        fileName={`diplolens-tone-over-time-${group}`}
        table={<SeriesTable rows={seriesRows.all} source={toneSource} />}
      />
      <div class="toolbar">
        <label>
          Series per{' '}
          <select data-testid="series-group" value={group} onChange={(e) => setGroup(e.currentTarget.value as 'state' | 'role')}>
            <option value="state">speaking state</option>
            <option value="role">role</option>
          </select>
        </label>
      </div>

      <Figure
        id="matrix"
        title="Who speaks of whom"
        summary={`Speaking state (rows) × state spoken of (columns): number of posts and mean tone (+ cooperative, = neutral or mixed, − confrontational). Click a cell, or Tab to it and press Enter, to list its posts in the library.`}
        draw={drawMatrix}
        onChartReady={wireMatrix}
        csv={() => toCsv(insights?.matrix ?? [], MATRIX_COLUMNS)}
        fileName="diplolens-who-speaks-of-whom"
        table={<MatrixTable cells={insights?.matrix ?? []} source={toneSource} onOpen={openCell} />}
      />

      <Figure
        id="pair"
        title={pair ? `${stateName(pair[0])} about ${stateName(pair[1])}, and back` : 'A pair of states'}
        summary="Each state's tone when speaking of the other, side by side over time."
        draw={drawPair}
        csv={() => toCsv(pairRows, PAIR_COLUMNS)}
        fileName={`diplolens-pair-${pair?.join('-') ?? ''}`}
        table={<PairTable rows={pairRows} source={toneSource} />}
      />
      <div class="toolbar">
        <StatePicker label="State A" testId="pair-a" value={pairA} states={allStates} onChange={setPairA} />
        <StatePicker label="State B" testId="pair-b" value={pairB} states={allStates} onChange={setPairB} />
      </div>
      <DemoData db={db} onChange={() => setReloadCount((n) => n + 1)} />
    </main>
  );
}

/** Mean tone score per period, one line per series (a state, a role, a direction of a pair), a dot per figure sized by its posts. */
function toneOverTime<R extends ToneFigure & { period: string }>(
  rows: readonly R[],
  o: { bucket: Bucket; line: (row: R) => string; z: keyof R & string; label: (row: R) => string; size: (row: R) => number },
) {
  const known = rows.filter((r) => r.meanScore !== null);
  const x = (r: R) => new Date(r.period);
  return Plot.plot({
    width: 900,
    height: 320,
    marginLeft: 130,
    x: { type: 'utc', label: o.bucket === 'week' ? 'Week' : 'Month' },
    y: { domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1], tickFormat: toneTick, label: 'Mean tone score', grid: true },
    color: { legend: true, type: 'categorical', scheme: 'observable10' },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(known, { x, y: 'meanScore', stroke: o.line, z: o.z }),
      Plot.dot(known, { x, y: 'meanScore', stroke: o.line, symbol: o.z, r: o.size, title: o.label, tip: true }),
    ],
  });
}

function StatePicker({ label, testId, value, states, onChange }: { label: string; testId: string; value: string; states: string[]; onChange: (code: string) => void }) {
  return (
    <label>
      {label}{' '}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {states.map((c) => (
          <option key={c} value={c}>
            {stateName(c)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Keys by number of posts, most first. */
function rank<T extends { posts: number }>(rows: readonly T[], key: (row: T) => string): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(key(r), (totals.get(key(r)) ?? 0) + r.posts);
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}

function FigureCells({ f, source }: { f: ToneFigure; source: ToneSource }) {
  return (
    <>
      <td class="num">{f.posts}</td>
      <td class="num">{f.scored}</td>
      {source === 'coded' ? <td class="num">{f.coded}</td> : null}
      <td class="num">{f.cooperative}</td>
      <td class="num">{f.confrontational}</td>
      <td class="num">{f.neutral}</td>
      <td class="num">{f.sarcastic}</td>
      <td class="num">{f.unknown}</td>
      <td class="num" data-mean={f.meanScore ?? ''}>
        {mean(f.meanScore)}
      </td>
      <td>{describeScore(f.meanScore)}</td>
    </>
  );
}
function FigureHeads({ source }: { source: ToneSource }) {
  return (
    <>
      <th scope="col">Posts</th>
      <th scope="col">Known tone</th>
      {source === 'coded' ? <th scope="col">Human-coded</th> : null}
      <th scope="col">Cooperative</th>
      <th scope="col">Confrontational</th>
      <th scope="col">Neutral</th>
      <th scope="col">Sarcastic</th>
      <th scope="col">Unknown</th>
      <th scope="col">Mean score</th>
      <th scope="col">In words</th>
    </>
  );
}

function SeriesTable({ rows, source }: { rows: SeriesRow[]; source: ToneSource }) {
  return (
    <table data-testid="series-table">
      <thead>
        <tr>
          <th scope="col">{rows[0]?.group === 'role' ? 'Role' : 'Speaking state'}</th>
          <th scope="col">Period from</th>
          <FigureHeads source={source} />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.key}-${r.period}`} data-key={r.key} data-period={r.period}>
            <th scope="row">{keyName(r)}</th>
            <td>{r.period}</td>
            <FigureCells f={r} source={source} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MatrixTable({ cells, source, onOpen }: { cells: MatrixCell[]; source: ToneSource; onOpen: (cell: MatrixCell) => void }) {
  return (
    <table data-testid="matrix-table">
      <thead>
        <tr>
          <th scope="col">Speaking state</th>
          <th scope="col">State spoken of</th>
          <FigureHeads source={source} />
          <th scope="col">Posts</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => (
          <tr key={`${c.speaker}-${c.spokenOf}`} data-cell={`${c.speaker}>${c.spokenOf}`}>
            <th scope="row">{stateName(c.speaker)}</th>
            <td>{stateName(c.spokenOf)}</td>
            <FigureCells f={c} source={source} />
            <td>
              <button type="button" onClick={() => onOpen(c)}>
                List in library
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PairTable({ rows, source }: { rows: PairRow[]; source: ToneSource }) {
  return (
    <table data-testid="pair-table">
      <thead>
        <tr>
          <th scope="col">Speaking state</th>
          <th scope="col">About</th>
          <th scope="col">Period from</th>
          <FigureHeads source={source} />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.from}-${r.period}`} data-from={r.from} data-period={r.period}>
            <th scope="row">{stateName(r.from)}</th>
            <td>{stateName(r.to)}</td>
            <td>{r.period}</td>
            <FigureCells f={r} source={source} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
