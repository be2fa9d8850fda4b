// The insights' aggregation, off the page's thread: it reads IndexedDB itself (the extension's origin),
// keeps the entries between queries, and answers each filter change with fresh aggregates.
import { DiploLensDB } from '../../utils/db/database';
import { loadInsightEntries, MentionCacheDB } from '../../utils/db/insights';
import { aggregate, insightPredicate, pairSeries, type InsightEntry } from '../../utils/core/insights/aggregate';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const db = new DiploLensDB();
const cache = new MentionCacheDB();
let entries: Promise<InsightEntry[]> | null = null;
let loadMs = 0;

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

function load(reload: boolean): Promise<InsightEntry[]> {
  if (!entries || reload) {
    const started = performance.now();
    entries = loadInsightEntries(db, cache, (loaded) => post({ type: 'progress', loaded })).then((all) => {
      loadMs = performance.now() - started;
      return all;
    });
    entries.catch(() => (entries = null));
  }
  return entries;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'query') {
      const all = await load(request.reload);
      const started = performance.now();
      const insights = aggregate(all, request.options);
      const pair = request.pair ? pairSeries(all, request.pair[0], request.pair[1], request.options) : null;
      post({ type: 'result', id: request.id, insights, pair, posts: all.length, loadMs, aggregateMs: performance.now() - started });
    } else {
      const all = await load(false);
      const keep = insightPredicate(request.options.filter);
      const keys = all.filter((e) => e.country === request.speaker && e.mentions.includes(request.spokenOf) && keep(e)).map((e) => e.key);
      post({ type: 'cell', id: request.id, keys });
    }
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
