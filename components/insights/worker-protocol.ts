// Messages between the insights page and its aggregation worker.
import type { Insights, InsightOptions, PairRow } from '../../utils/core/insights/aggregate';

export type WorkerRequest =
  | { type: 'query'; id: number; options: InsightOptions; pair: [string, string] | null; reload: boolean }
  | { type: 'cell'; id: number; options: InsightOptions; speaker: string; spokenOf: string };

export type WorkerReply =
  | { type: 'progress'; loaded: number }
  | { type: 'result'; id: number; insights: Insights; pair: PairRow[] | null; posts: number; loadMs: number; aggregateMs: number }
  | { type: 'cell'; id: number; keys: string[] }
  | { type: 'error'; id: number; message: string };
