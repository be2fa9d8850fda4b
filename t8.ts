import { syntheticPost } from './scripts/bench/synthetic-posts';
import { mentionCodes, accountStates, toInsightEntry } from './utils/core/insights/entries';
import { bundledDirectory } from './utils/core/accounts/bundled-directory';
import { aggregate, pairSeries } from './utils/core/insights/aggregate';
const st = accountStates(bundledDirectory());
const posts = Array.from({ length: 20000 }, (_, i) => syntheticPost(i));
mentionCodes(posts[0]!, st);
let t = performance.now();
const entries = posts.map((p) => toInsightEntry(p, mentionCodes(p, st)));
console.log('detect per post ms', (performance.now() - t) / posts.length);
const big = Array.from({ length: 100000 }, (_, i) => entries[i % entries.length]!);
for (let k = 0; k < 3; k++) { t = performance.now(); const r = aggregate(big, { bucket: 'week' }); console.log('aggregate 100k ms', performance.now() - t, r.matrix.length, r.series.length); }
t = performance.now(); pairSeries(big, 'US', 'CN'); console.log('pair 100k', performance.now() - t);
