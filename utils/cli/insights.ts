// `diplolens insights`: the library's NDJSON export on stdin, the insights aggregates on stdout, with
// the same core code as the insights page. Lines are read and aggregated one at a time, so a corpus
// larger than memory goes through.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { bundledDirectory } from '../core/accounts/bundled-directory';
import { InsightAggregator, PairAggregator, type Bucket, type InsightFilter, type ToneSource } from '../core/insights/aggregate';
import { accountStates, mentionCodes, toInsightEntry } from '../core/insights/entries';
import { MATRIX_COLUMNS, PAIR_COLUMNS, SERIES_COLUMNS, insightsJson, toCsv } from '../core/insights/export';
import { validatePost } from '../core/library/import';
import { isCountryCode } from '../core/countries';
import { PLATFORMS, ROLE_IDS, type Basis, type Platform, type Role } from '../core/model';

export const INSIGHTS_USAGE = `  insights  reads the library's NDJSON export, writes the insights aggregates
            --format json|csv     (json: everything; csv: one table, see --table)
            --table series|matrix|pair          (csv only; default matrix)
            --bucket month|week   --tone automatic|coded (coding wins where it exists)
            --pair US,RU          (A about B and B about A; needed for --table pair)
            filters as in the library: --from 2025-01-01 --to 2025-12-31 --country US
            --role embassy --platform x --tag crisis --basis directory --text "words"`;

class UsageError extends Error {}

interface Parsed {
  format: 'json' | 'csv';
  table: 'series' | 'matrix' | 'pair';
  bucket: Bucket;
  toneSource: ToneSource;
  pair: [string, string] | null;
  filter: InsightFilter;
}

function dateArg(value: string, name: string, endOfDay: boolean): number {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? value + (endOfDay ? 'T23:59:59.999Z' : 'T00:00:00Z') : value);
  if (!Number.isFinite(time)) throw new UsageError(`--${name} must be a date (YYYY-MM-DD) or an ISO 8601 time`);
  return time;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function parseInsightArgs(args: string[]): Parsed {
  const parsed: Parsed = { format: 'json', table: 'matrix', bucket: 'month', toneSource: 'automatic', pair: null, filter: {} };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const name = flag.replace(/^--/, '');
    const value = args[++i];
    if (!flag.startsWith('--') || value === undefined) throw new UsageError(`expected --option value, got "${flag}"`);
    switch (name) {
      case 'format': parsed.format = oneOf(value, ['json', 'csv'] as const, name); break;
      case 'table': parsed.table = oneOf(value, ['series', 'matrix', 'pair'] as const, name); break;
      case 'bucket': parsed.bucket = oneOf(value, ['month', 'week'] as const, name); break;
      case 'tone': parsed.toneSource = oneOf(value, ['automatic', 'coded'] as const, name); break;
      case 'pair': {
        const codes = value.toUpperCase().split(',');
        if (codes.length !== 2 || !codes.every(isCountryCode) || codes[0] === codes[1]) throw new UsageError('--pair must be two different alpha-2 codes, e.g. US,RU');
        parsed.pair = [codes[0]!, codes[1]!];
        break;
      }
      case 'from': parsed.filter.from = dateArg(value, name, false); break;
      case 'to': parsed.filter.to = dateArg(value, name, true); break;
      case 'country': {
        if (!isCountryCode(value.toUpperCase())) throw new UsageError('--country must be an alpha-2 code');
        parsed.filter.country = value.toUpperCase();
        break;
      }
      case 'role': parsed.filter.role = oneOf(value, ROLE_IDS, name) as Role; break;
      case 'platform': parsed.filter.platform = oneOf(value, PLATFORMS, name) as Platform; break;
      case 'basis': parsed.filter.basis = oneOf(value, ['directory', 'inferred', 'user'] as const, name) as Basis; break;
      case 'tag': parsed.filter.tag = value; break;
      case 'text': parsed.filter.text = value; break;
      default: throw new UsageError(`unknown option "${flag}"`);
    }
  }
  if (parsed.format === 'csv' && parsed.table === 'pair' && !parsed.pair) throw new UsageError('--table pair needs --pair A,B');
  return parsed;
}

export async function insightsCommand(args: string[], stdin: Readable, stdout: Writable, stderr: Writable): Promise<number> {
  let options: Parsed;
  try {
    options = parseInsightArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`diplolens insights: ${error.message}\n`);
    return 2;
  }
  const { filter, bucket, toneSource } = options;
  const aggregator = new InsightAggregator({ filter, bucket, toneSource });
  const pair = options.pair ? new PairAggregator(options.pair[0], options.pair[1], { filter, bucket, toneSource }) : null;
  const accountState = accountStates(bundledDirectory());
  let lineNumber = 0;
  let bad = 0;
  for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      bad++;
      stderr.write(`diplolens insights: line ${lineNumber}: not valid JSON (${(error as Error).message})\n`);
      continue;
    }
    const checked = validatePost(raw);
    if (!checked.ok) {
      bad++;
      stderr.write(`diplolens insights: line ${lineNumber}: ${checked.reason}\n`);
      continue;
    }
    const entry = toInsightEntry(checked.post, mentionCodes(checked.post, accountState));
    aggregator.add(entry);
    pair?.add(entry);
  }
  const insights = aggregator.result();
  if (options.format === 'json') stdout.write(insightsJson(insights, pair?.result() ?? null, new Date()));
  else if (options.table === 'series') stdout.write(toCsv(insights.series, SERIES_COLUMNS));
  else if (options.table === 'matrix') stdout.write(toCsv(insights.matrix, MATRIX_COLUMNS));
  else stdout.write(toCsv(pair!.result(), PAIR_COLUMNS));
  return bad > 0 ? 1 : 0;
}
