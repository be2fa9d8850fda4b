// The insights aggregates: tone over time per speaking state and per role, the speaker × spoken-of
// matrix, and the pair view (A about B beside B about A). One pass over the posts, the library's own
// filters (library/query.ts), and every figure says how many posts it rests on. The page (in a Web
// Worker), the CLI and the tests run this same code.
import type { Basis, Tone, ToneOrUnknown } from '../model';
import { TONE_IDS } from '../model';
import { compileFilter, type LibraryEntry, type PostFilter } from '../library/query';

/** A library entry with the states its text speaks of (insights/mentions.ts). */
export type InsightEntry = Pick<LibraryEntry, 'key' | 'country' | 'role' | 'tone' | 'codedTone' | 'tags' | 'platform' | 'date' | 'haystack' | 'handleKey'> & {
  basis: Basis | null;
  /** Alpha-2 codes of the states spoken of. */
  mentions: readonly string[];
};

export type Bucket = 'week' | 'month';
/** Which tone a figure counts: the automatic one, or the human coding where it exists (else automatic). */
export type ToneSource = 'automatic' | 'coded';

export interface InsightFilter extends PostFilter {
  /** Why the author is labelled official: listed, inferred or corrected by the user. */
  basis?: Basis | '';
}

export interface InsightOptions {
  filter?: InsightFilter;
  bucket?: Bucket;
  toneSource?: ToneSource;
}

/**
 * Tone score of a label on the conflict (−1) to cooperation (+1) axis of the tone guide: cooperative +1,
 * neutral 0, confrontational −1, and sarcastic −1 because the guide defines sarcasm as hostility carried
 * by irony (a stance against the other party). Unknown has no score: it is counted, never averaged.
 */
export const TONE_SCORE: Record<Tone, number> = { cooperative: 1, neutral: 0, confrontational: -1, sarcastic: -1 };

/** Counts behind one figure. `meanScore` is null when no post in it has a known tone. */
export interface ToneFigure {
  /** Posts in the figure. */
  posts: number;
  /** Posts whose tone is known (the mean's base). */
  scored: number;
  /** Posts whose tone came from human coding (only with toneSource 'coded'). */
  coded: number;
  cooperative: number;
  confrontational: number;
  neutral: number;
  sarcastic: number;
  unknown: number;
  meanScore: number | null;
}

export interface SeriesRow extends ToneFigure {
  /** 'state': the speaking state (alpha-2); 'role': the author's role id. */
  group: 'state' | 'role';
  key: string;
  /** First day of the week (Monday) or month, UTC, as YYYY-MM-DD. */
  period: string;
}

export interface MatrixCell extends ToneFigure {
  speaker: string;
  spokenOf: string;
}

export interface PairRow extends ToneFigure {
  from: string;
  to: string;
  period: string;
}

export interface Insights {
  bucket: Bucket;
  toneSource: ToneSource;
  /** Posts that passed the filter. */
  posts: number;
  /** Of those, posts with a speaking state and at least one other state spoken of (the matrix's base). */
  postsInMatrix: number;
  series: SeriesRow[];
  matrix: MatrixCell[];
}

const DAY = 86_400_000;

/** The period a time falls in: the Monday of its ISO week or the first of its month, UTC. */
export function periodOf(time: number, bucket: Bucket): string {
  const d = new Date(time);
  if (!Number.isFinite(d.getTime())) return 'unknown';
  if (bucket === 'month') return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;
  const dayFromMonday = (d.getUTCDay() + 6) % 7;
  const monday = Math.floor(time / DAY) * DAY - dayFromMonday * DAY;
  return new Date(monday).toISOString().slice(0, 10);
}

/** The tone a post counts with, and whether it came from coding. */
export function effectiveTone(entry: Pick<InsightEntry, 'tone' | 'codedTone'>, source: ToneSource): { tone: ToneOrUnknown; coded: boolean } {
  if (source === 'coded' && entry.codedTone) return { tone: entry.codedTone, coded: true };
  return { tone: entry.tone, coded: false };
}

interface Accumulator {
  posts: number;
  coded: number;
  sum: number;
  counts: Record<ToneOrUnknown, number>;
}
const newAccumulator = (): Accumulator => ({ posts: 0, coded: 0, sum: 0, counts: { cooperative: 0, confrontational: 0, neutral: 0, sarcastic: 0, unknown: 0 } });

function addTo(acc: Accumulator, tone: ToneOrUnknown, coded: boolean) {
  acc.posts++;
  if (coded) acc.coded++;
  acc.counts[tone]++;
  if (tone !== 'unknown') acc.sum += TONE_SCORE[tone];
}

function figure(acc: Accumulator): ToneFigure {
  const scored = acc.posts - acc.counts.unknown;
  return { posts: acc.posts, scored, coded: acc.coded, ...acc.counts, meanScore: scored > 0 ? acc.sum / scored : null };
}

function bump<K>(map: Map<K, Accumulator>, key: K): Accumulator {
  let acc = map.get(key);
  if (!acc) map.set(key, (acc = newAccumulator()));
  return acc;
}

/** Entries that pass the library's filter and the basis filter. */
export function insightPredicate(filter: InsightFilter = {}): (entry: InsightEntry) => boolean {
  const library = compileFilter(filter);
  const basis = filter.basis;
  return basis ? (e) => e.basis === basis && library(e) : library;
}

const SEP = '\u0000';

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Series and matrix, one post at a time: the CLI streams a corpus bigger than memory through it, the
 * page's worker its IndexedDB chunks. Rows come sorted (key, then period; speaker, then spoken-of).
 */
export class InsightAggregator {
  private readonly bucket: Bucket;
  private readonly toneSource: ToneSource;
  private readonly keep: (entry: InsightEntry) => boolean;
  private readonly byState = new Map<string, Accumulator>();
  private readonly byRole = new Map<string, Accumulator>();
  private readonly cells = new Map<string, Accumulator>();
  private readonly periods = new Map<number, string>();
  private posts = 0;
  private postsInMatrix = 0;

  constructor(options: InsightOptions = {}) {
    this.bucket = options.bucket ?? 'month';
    this.toneSource = options.toneSource ?? 'automatic';
    this.keep = insightPredicate(options.filter);
  }

  /** The period of a time; periods repeat, so one Date per distinct day, not per post. */
  period(time: number): string {
    const day = Math.floor(time / DAY);
    let period = this.periods.get(day);
    if (period === undefined) this.periods.set(day, (period = periodOf(time, this.bucket)));
    return period;
  }

  add(e: InsightEntry): void {
    if (!this.keep(e)) return;
    this.posts++;
    const { tone, coded } = effectiveTone(e, this.toneSource);
    const period = this.period(e.date);
    if (e.country) addTo(bump(this.byState, e.country + SEP + period), tone, coded);
    if (e.role) addTo(bump(this.byRole, e.role + SEP + period), tone, coded);
    if (!e.country) return;
    let counted = false;
    for (const spokenOf of e.mentions) {
      // A state naming itself ("the US and France") is not the speaker speaking of another state.
      if (spokenOf === e.country) continue;
      addTo(bump(this.cells, e.country + SEP + spokenOf), tone, coded);
      counted = true;
    }
    if (counted) this.postsInMatrix++;
  }

  result(): Insights {
    const series: SeriesRow[] = [];
    for (const [group, map] of [['state', this.byState], ['role', this.byRole]] as const) {
      for (const [k, acc] of [...map].sort(byKey)) {
        const [key, period] = k.split(SEP) as [string, string];
        series.push({ group, key, period, ...figure(acc) });
      }
    }
    const matrix: MatrixCell[] = [...this.cells].sort(byKey).map(([k, acc]) => {
      const [speaker, spokenOf] = k.split(SEP) as [string, string];
      return { speaker, spokenOf, ...figure(acc) };
    });
    return { bucket: this.bucket, toneSource: this.toneSource, posts: this.posts, postsInMatrix: this.postsInMatrix, series, matrix };
  }
}

/** A about B and B about A, period by period (rows sorted by direction, then period). */
export class PairAggregator {
  private readonly aggregator: InsightAggregator;
  private readonly toneSource: ToneSource;
  private readonly keep: (entry: InsightEntry) => boolean;
  private readonly rows = new Map<string, Accumulator>();

  constructor(
    readonly a: string,
    readonly b: string,
    options: InsightOptions = {},
  ) {
    this.aggregator = new InsightAggregator(options);
    this.toneSource = options.toneSource ?? 'automatic';
    this.keep = insightPredicate(options.filter);
  }

  add(e: InsightEntry): void {
    const to = e.country === this.a ? this.b : e.country === this.b ? this.a : null;
    if (!to || to === e.country || !e.mentions.includes(to) || !this.keep(e)) return;
    const { tone, coded } = effectiveTone(e, this.toneSource);
    addTo(bump(this.rows, e.country + SEP + to + SEP + this.aggregator.period(e.date)), tone, coded);
  }

  result(): PairRow[] {
    return [...this.rows].sort(byKey).map(([k, acc]) => {
      const [from, to, period] = k.split(SEP) as [string, string, string];
      return { from, to, period, ...figure(acc) };
    });
  }
}

export function aggregate(entries: Iterable<InsightEntry>, options: InsightOptions = {}): Insights {
  const aggregator = new InsightAggregator(options);
  for (const e of entries) aggregator.add(e);
  return aggregator.result();
}

export function pairSeries(entries: Iterable<InsightEntry>, a: string, b: string, options: InsightOptions = {}): PairRow[] {
  const pair = new PairAggregator(a, b, options);
  for (const e of entries) pair.add(e);
  return pair.result();
}

/** Tone ids in the order figures list them. */
export const FIGURE_TONES: readonly ToneOrUnknown[] = [...TONE_IDS, 'unknown'];

/** A mean score in words, so that no figure depends on colour alone. */
export function describeScore(mean: number | null): string {
  if (mean === null) return 'no known tone';
  if (mean >= 0.5) return 'cooperative';
  if (mean >= 0.15) return 'leaning cooperative';
  if (mean > -0.15) return 'neutral or mixed';
  if (mean > -0.5) return 'leaning confrontational';
  return 'confrontational';
}
