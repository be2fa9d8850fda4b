// Which pool texts, as the bio of an embassy, get refused; prints the count and the reasons' kinds.
import { readFileSync, readdirSync } from 'node:fs';
import { inferAccount } from '../utils/core/accounts';
const dir = '/work/shared/data/tone-pool/';
let n = 0; const refused: string[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) for (const l of readFileSync(dir + f, 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(l); const text = String(r.text ?? '').slice(0, 600); n++;
  const id = inferAccount({ platform: 'x', handle: 'EmbTest', name: 'Embassy of France in Kenya', bio: 'Official account. ' + text, badge: 'none' });
  if (!id.official) refused.push(r.id + '\t' + id.reasons[0]);
}
console.log(n, refused.length);
console.log(refused.join('\n'));
