import { readFileSync } from 'node:fs';
import { Directory, identifyAccount } from '../utils/core/accounts';
const d = Directory.fromFile(JSON.parse(readFileSync('utils/core/accounts/directory.json','utf8')));
const sets = ['/work/shared/data/accounts-dev.jsonl','scripts/eval/heldout/accounts.jsonl','scripts/eval/heldout/accounts-hard.jsonl','scripts/eval/heldout/accounts-hard2.jsonl'];
for (const f of sets) {
  const c = { tp: 0, fp: 0, tpClaim: 0, fpClaim: 0, tpGrey: 0, fpNoGreyNoClaim: 0 };
  for (const l of readFileSync(f,'utf8').split('\n').filter(Boolean)) {
    const a = JSON.parse(l);
    const id = identifyAccount(a, d);
    if (!id.official || id.basis !== 'inferred') continue;
    const gold = a.expect.official;
    gold ? c.tp++ : c.fp++;
    if (a.badge === 'grey') { if (gold) c.tpGrey++; continue; }
    const same = d.entries.filter((e) => e.platform === a.platform && e.role === id.role && (e.country ?? null) === id.country && (e.org ?? null) === id.org && (!id.host || !e.host || e.host === id.host));
    if (same.length) { gold ? c.tpClaim++ : c.fpClaim++; if (gold) console.log('  TP claim', a.id, a.handle, a.badge, id.role, id.country ?? id.org, id.host, '->', same.slice(0,3).map(e=>e.handle+':'+e.tier).join(',')); }
    else if (!gold) { c.fpNoGreyNoClaim++; console.log('  FP no claim', a.id, a.handle, a.badge, id.role, id.country ?? id.org, id.host); }
  }
  console.log(f, c);
}
