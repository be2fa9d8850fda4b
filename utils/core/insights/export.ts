// The insights aggregates as files: CSV (UTF-8 with BOM, formula-like cells guarded, as the library's
// export) and JSON (the figures with the definitions they rest on).
import Papa from 'papaparse';
import { BOM, FORMULA_LIKE } from '../library/export';
import { FIGURE_TONES, TONE_SCORE, type Insights, type MatrixCell, type PairRow, type SeriesRow, type ToneFigure } from './aggregate';

export const INSIGHTS_FORMAT = 'diplolens-insights';
export const INSIGHTS_FORMAT_VERSION = 1;

const FIGURE_COLUMNS = ['posts', 'scored', 'coded', ...FIGURE_TONES, 'meanScore'] as const;
export const SERIES_COLUMNS = ['group', 'key', 'period', ...FIGURE_COLUMNS];
export const MATRIX_COLUMNS = ['speaker', 'spokenOf', ...FIGURE_COLUMNS];
export const PAIR_COLUMNS = ['from', 'to', 'period', ...FIGURE_COLUMNS];

type Row = SeriesRow | MatrixCell | PairRow | (ToneFigure & Record<string, unknown>);

/** Rows as CSV with a header; a mean with no scored post is an empty cell. */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const data = rows.map((row) => columns.map((c) => {
    const value = (row as unknown as Record<string, unknown>)[c];
    if (value === null || value === undefined) return '';
    return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(4)) : value;
  }));
  return BOM + Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', escapeFormulae: FORMULA_LIKE }) + '\r\n';
}

export function insightsJson(insights: Insights, pair: PairRow[] | null, generatedAt: Date): string {
  return JSON.stringify(
    {
      format: INSIGHTS_FORMAT,
      formatVersion: INSIGHTS_FORMAT_VERSION,
      generatedAt: generatedAt.toISOString(),
      toneScore: TONE_SCORE,
      ...insights,
      ...(pair ? { pair } : {}),
    },
    null,
    1,
  ) + '\n';
}
