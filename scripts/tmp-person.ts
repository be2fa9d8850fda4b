import { readFileSync } from 'node:fs';
import { Directory, identifyAccount } from '../utils/core/accounts';
import { fold } from '../utils/core/text/fold';
import { words } from '../utils/core/accounts/text';
const d = Directory.fromFile(JSON.parse(readFileSync('utils/core/accounts/directory.json','utf8')));
const key = (s: string) => words(fold(s ?? '')).filter((w) => !/^\d+$/.test(w)).join(' ');
const byName = new Map<string, any[]>();
for (const e of d.entries) { if (e.tier === 'user') continue; const k = key(e.name); if (!k) continue; (byName.get(k) ?? byName.set(k, []).get(k)!).push(e); }
const sets = ['/work/shared/data/accounts-dev.jsonl','scripts/eval/heldout/accounts.jsonl','scripts/eval/heldout/accounts-hard.jsonl','scripts/eval/heldout/accounts-hard2.jsonl','scripts/eval/heldout/accounts-hard3.jsonl','scripts/eval/heldout/accounts-hard4.jsonl'];
for (const f of sets) {
  let tp = 0, fp = 0;
  for (const l of readFileSync(f,'utf8').split('\n').filter(Boolean)) {
    const a = JSON.parse(l); const id = identifyAccount(a, d);
    if (!id.official || id.basis !== 'inferred' || a.badge === 'grey') continue;
    const hits = (byName.get(key(a.name)) ?? []).filter((e) => (e.country ?? null) === id.country && (e.org ?? null) === id.org && e.handle.toLowerCase() !== a.handle.toLowerCase());
    if (!hits.length) continue;
    a.expect.official ? tp++ : fp++;
    console.log(' ', a.expect.official ? 'TP' : 'FP', a.id, a.handle, '|', a.name, id.role, '->', hits.map((e) => e.handle + ':' + e.role + ':' + e.tier).join(','));
  }
  console.log(f.split('/').pop(), { tp, fp });
}
