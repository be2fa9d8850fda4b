import { readFileSync } from 'node:fs';
import { Directory, identifyAccount } from '../utils/core/accounts';
const d = Directory.fromFile(JSON.parse(readFileSync('utils/core/accounts/directory.json','utf8')));
const sets = ['/work/shared/data/accounts-dev.jsonl','scripts/eval/heldout/accounts.jsonl','scripts/eval/heldout/accounts-hard.jsonl','scripts/eval/heldout/accounts-hard2.jsonl'];
const HOSTED = new Set(['embassy','consulate','mission','ambassador']);
for (const tiers of [['sourced'], ['sourced','unconfirmed']]) for (const f of sets) {
  const c = { tpClaim: 0, fpClaim: 0 };
  for (const l of readFileSync(f,'utf8').split('\n').filter(Boolean)) {
    const a = JSON.parse(l);
    const id = identifyAccount(a, d);
    if (!id.official || id.basis !== 'inferred' || a.badge === 'grey') continue;
    const gold = a.expect.official;
    const same = d.entries.filter((e) => tiers.includes(e.tier ?? 'unconfirmed') && e.platform === a.platform && e.role === id.role && (e.country ?? null) === id.country && (e.org ?? null) === id.org && (!HOSTED.has(id.role!) || (id.host && e.host === id.host)));
    if (same.length) { gold ? c.tpClaim++ : c.fpClaim++; console.log(' ', gold ? 'TP' : 'FP', a.id, a.handle, id.role, id.country ?? id.org, id.host, '->', same.slice(0,3).map(e=>e.handle+':'+e.tier).join(',')); }
  }
  console.log(tiers.join('+'), f.split('/').pop(), c);
}
